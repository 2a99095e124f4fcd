package dev.pharmatrace.epcis.model.serial;

import dev.pharmatrace.epcis.model.gs1.Gs1CharacterSet;
import java.util.Arrays;

/**
 * The characters serials are drawn from: an ordered set of at least two distinct characters of GS1 AI character
 * set 82 (the characters allowed in AI 21). Immutable; equality by characters.
 */
public final class SerialAlphabet {

    /** Digits {@code 0-9} (10 characters). */
    public static final SerialAlphabet NUMERIC = new SerialAlphabet("0123456789");
    /** Digits and upper-case letters (36 characters). */
    public static final SerialAlphabet UPPER_ALPHANUMERIC = new SerialAlphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    /** Digits, upper- and lower-case letters (62 characters). */
    public static final SerialAlphabet ALPHANUMERIC = new SerialAlphabet(
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    /**
     * The default: digits 2-9 and upper-case letters without I and O (32 characters, 5 bits each). Nothing a
     * person reading a pack could confuse (0/O, 1/I/l, upper/lower case), nothing that needs escaping in an EPC
     * URI or Digital Link.
     */
    public static final SerialAlphabet UNAMBIGUOUS = new SerialAlphabet("23456789ABCDEFGHJKLMNPQRSTUVWXYZ");

    private final String characters;
    private final int[] index = new int[128];

    private SerialAlphabet(String characters) {
        if (characters.length() < 2) {
            throw new SerialConfigurationException(SerialRule.SERIAL_ALPHABET, characters,
                    "an alphabet needs at least two characters");
        }
        Arrays.fill(index, -1);
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            if (!Gs1CharacterSet.CSET_82.contains(c)) {
                throw new SerialConfigurationException(SerialRule.SERIAL_ALPHABET, String.valueOf(c),
                        "character '" + c + "' is not in GS1 AI character set 82 (allowed in AI 21)");
            }
            if (index[c] >= 0) {
                throw new SerialConfigurationException(SerialRule.SERIAL_ALPHABET, String.valueOf(c),
                        "character '" + c + "' occurs twice in the alphabet");
            }
            index[c] = i;
        }
        this.characters = characters;
    }

    /**
     * Creates an alphabet.
     *
     * @param characters distinct characters of GS1 AI character set 82, at least two
     * @return the alphabet
     * @throws SerialConfigurationException with {@link SerialRule#SERIAL_ALPHABET}
     */
    public static SerialAlphabet of(String characters) {
        return new SerialAlphabet(characters);
    }

    /**
     * Returns the characters in order.
     *
     * @return the characters
     */
    public String characters() {
        return characters;
    }

    /**
     * Returns the number of characters.
     *
     * @return the size, 2..82
     */
    public int size() {
        return characters.length();
    }

    /**
     * Returns the character at an index.
     *
     * @param i index, 0..size-1
     * @return the character
     */
    public char charAt(int i) {
        return characters.charAt(i);
    }

    /**
     * Returns the index of a character.
     *
     * @param c a character
     * @return its index, or -1 if not in the alphabet
     */
    public int indexOf(char c) {
        return c < 128 ? index[c] : -1;
    }

    /**
     * Tells whether every character of a string is in the alphabet.
     *
     * @param s a string
     * @return true if so
     */
    public boolean containsAll(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a serial from this alphabet may need percent-encoding in an EPC URI or Digital Link.
     *
     * @return true if the alphabet holds a character other than letters, digits, {@code -}, {@code .} and {@code _}
     */
    public boolean needsUriEscaping() {
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '.' && c != '_') {
                return true;
            }
        }
        return false;
    }

    /**
     * Compares characters.
     *
     * @param o another object
     * @return true if both alphabets have the same characters in the same order
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SerialAlphabet a && characters.equals(a.characters);
    }

    /**
     * Returns the hash code of the characters.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return characters.hashCode();
    }

    /**
     * Returns the characters.
     *
     * @return the characters
     */
    @Override
    public String toString() {
        return characters;
    }
}
