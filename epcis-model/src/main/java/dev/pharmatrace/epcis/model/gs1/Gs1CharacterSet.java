package dev.pharmatrace.epcis.model.gs1;

/**
 * Character sets of GS1 Application Identifier data (GS1 General Specifications, figures 7.11-1 and 7.11-2).
 */
public enum Gs1CharacterSet {
    /** Digits {@code 0-9} only (format {@code N}). */
    NUMERIC("0123456789", "numeric"),
    /**
     * GS1 AI encodable character set 82 (format {@code X}): digits, upper and lower case letters and the twenty
     * symbols {@code ! " % & ' ( ) * + , - . / : ; < = > ? _}. Used by serial (21), batch (10) and most
     * alphanumeric AIs.
     */
    CSET_82("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "GS1 AI character set 82"),
    /** GS1 AI encodable character set 39 (format {@code Y}): {@code # - /}, digits and upper case letters. Used by CPID (8010). */
    CSET_39("#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "GS1 AI character set 39");

    private final String characters;
    private final String title;
    private final boolean[] table = new boolean[128];

    Gs1CharacterSet(String characters, String title) {
        this.characters = characters;
        this.title = title;
        for (int i = 0; i < characters.length(); i++) {
            table[characters.charAt(i)] = true;
        }
    }

    /**
     * Returns all characters of the set in ascending ASCII order.
     *
     * @return the characters
     */
    public String characters() {
        return characters;
    }

    /**
     * Returns the number of characters in the set (10, 82 or 39).
     *
     * @return the size
     */
    public int size() {
        return characters.length();
    }

    /**
     * Returns a short human-readable name.
     *
     * @return e.g. {@code "GS1 AI character set 82"}
     */
    public String title() {
        return title;
    }

    /**
     * Tells whether a character belongs to this set.
     *
     * @param c a character
     * @return true if {@code c} is in the set
     */
    public boolean contains(char c) {
        return c < 128 && table[c];
    }

    /**
     * Returns the index of the first character of {@code s} that is not in this set.
     *
     * @param s a string
     * @return the index of the first character outside the set, or -1 if all characters belong to the set
     */
    public int indexOfInvalid(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!contains(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Tells whether every character of {@code s} belongs to this set.
     *
     * @param s a string
     * @return true if all characters are in the set (also for the empty string)
     */
    public boolean containsAll(CharSequence s) {
        return indexOfInvalid(s) < 0;
    }
}
