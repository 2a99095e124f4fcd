package dev.pharmatrace.epcis.model.gs1.internal;

import dev.pharmatrace.epcis.model.gs1.AiCheck;
import dev.pharmatrace.epcis.model.gs1.AiComponent;
import dev.pharmatrace.epcis.model.gs1.ApplicationIdentifier;
import dev.pharmatrace.epcis.model.gs1.CheckDigit;
import dev.pharmatrace.epcis.model.gs1.Gs1CharacterSet;
import dev.pharmatrace.epcis.model.gs1.IdentifierRule;
import java.util.List;

/**
 * Validates AI data component by component. Order of checks: character set (anywhere in the value), then
 * length, then check digit, dates and other content rules, so that a stray character is reported as such even
 * when it also makes the value too long.
 */
public final class AiValidator {

    private AiValidator() {
    }

    /**
     * Validates data for an AI.
     *
     * @param ai the AI
     * @param value the data
     * @return the first problem found, or null if the value is valid
     */
    public static Problem validate(ApplicationIdentifier ai, String value) {
        List<AiComponent> comps = ai.components();
        // 1. character set, splitting positionally by maximum component lengths
        int pos = 0;
        for (int i = 0; i < comps.size() && pos < value.length(); i++) {
            AiComponent c = comps.get(i);
            int end = i == comps.size() - 1 ? value.length() : Math.min(value.length(), pos + c.maxLength());
            for (int j = pos; j < end; j++) {
                if (!c.charset().contains(value.charAt(j))) {
                    return new Problem(IdentifierRule.GS1_CHARSET, j, 1, "character '" + printable(value.charAt(j))
                            + "' is not allowed in AI (" + ai.code() + ") " + ai.title() + ": " + c.charset().title()
                            + " expected");
                }
            }
            pos = end;
        }
        // 2. length
        if (value.length() < ai.minLength() || value.length() > ai.maxLength()) {
            String expected = ai.isFixedLength() ? "exactly " + ai.maxLength()
                    : ai.minLength() + " to " + ai.maxLength();
            if (value.length() > ai.maxLength()) {
                return new Problem(IdentifierRule.GS1_LENGTH, ai.maxLength(), value.length() - ai.maxLength(),
                        "AI (" + ai.code() + ") " + ai.title() + " has " + value.length() + " characters, "
                                + expected + " allowed (format " + ai.format() + ")");
            }
            return new Problem(IdentifierRule.GS1_LENGTH, 0, value.length(), "AI (" + ai.code() + ") " + ai.title()
                    + " has " + value.length() + " characters, " + expected + " required (format " + ai.format() + ")");
        }
        // 3. components: lengths of inner components and content rules
        pos = 0;
        for (AiComponent c : comps) {
            int remaining = value.length() - pos;
            if (remaining == 0) {
                if (c.optional()) {
                    break;
                }
                return new Problem(IdentifierRule.GS1_LENGTH, pos, 0, "AI (" + ai.code() + ") misses component "
                        + c.format());
            }
            int len = c.isFixedLength() ? c.maxLength() : Math.min(remaining, c.maxLength());
            if (len > remaining) {
                return new Problem(IdentifierRule.GS1_LENGTH, pos, remaining, "AI (" + ai.code() + ") component "
                        + c.format() + " needs " + len + " characters, has " + remaining);
            }
            Problem p = checkComponent(ai, c, value, pos, len);
            if (p != null) {
                return p;
            }
            pos += len;
        }
        if (pos != value.length()) {
            return new Problem(IdentifierRule.GS1_LENGTH, pos, value.length() - pos, "AI (" + ai.code()
                    + ") has extra characters (format " + ai.format() + ")");
        }
        return null;
    }

    private static Problem checkComponent(ApplicationIdentifier ai, AiComponent c, String value, int pos, int len) {
        String s = value.substring(pos, pos + len);
        for (AiCheck check : c.checks()) {
            switch (check) {
                case CHECK_DIGIT -> {
                    int expected = CheckDigit.compute(s.substring(0, s.length() - 1));
                    char actual = s.charAt(s.length() - 1);
                    if (actual - '0' != expected) {
                        return new Problem(IdentifierRule.GS1_CHECK_DIGIT, pos + len - 1, 1, "check digit of AI ("
                                + ai.code() + ") " + ai.title() + " " + s + " is " + actual + ", expected " + expected);
                    }
                }
                case DATE_YYMMDD, DATE_YYMMD0, DATE_YYMMDDHH -> {
                    String err = Dates.checkDate(s, check == AiCheck.DATE_YYMMD0);
                    if (err == null && check == AiCheck.DATE_YYMMDDHH) {
                        err = Dates.checkHour(s.substring(6, 8));
                    }
                    if (err != null) {
                        return new Problem(IdentifierRule.GS1_DATE, pos, len, "AI (" + ai.code() + ") " + ai.title()
                                + ": " + s + " " + err);
                    }
                }
                case TIME_HHMM -> {
                    String err = Dates.checkTime(s);
                    if (err != null) {
                        return new Problem(IdentifierRule.GS1_DATE, pos, len, "AI (" + ai.code() + ") " + ai.title()
                                + ": " + s + " " + err);
                    }
                }
                case ZERO -> {
                    if (!s.equals("0")) {
                        return new Problem(IdentifierRule.GS1_FORMAT, pos, len, "AI (" + ai.code()
                                + ") must start with the digit 0, found " + s);
                    }
                }
                case PIECE_OF_TOTAL -> {
                    int piece = Integer.parseInt(s.substring(0, 2));
                    int total = Integer.parseInt(s.substring(2, 4));
                    if (piece < 1 || total < 1 || piece > total) {
                        return new Problem(IdentifierRule.GS1_FORMAT, pos, len, "AI (" + ai.code() + ") piece " + piece
                                + " of total " + total + ": need 1 <= piece <= total");
                    }
                }
                case NO_ZERO_PREFIX -> {
                    if (s.length() > 1 && s.charAt(0) == '0') {
                        return new Problem(IdentifierRule.GS1_FORMAT, pos, 1, "AI (" + ai.code()
                                + ") must not have a leading zero: " + s);
                    }
                }
                default -> throw new IllegalStateException("unhandled check " + check);
            }
        }
        return null;
    }

    /**
     * Returns a character in a form fit for a message.
     *
     * @param c a character
     * @return the character, or a hex code for control and non-ASCII characters
     */
    public static String printable(char c) {
        if (c == 29) {
            return "<GS>";
        }
        if (c < 32 || c >= 127) {
            return String.format("U+%04X", (int) c);
        }
        return String.valueOf(c);
    }

    /**
     * Validates that {@code s} is non-empty and entirely in {@code set}.
     *
     * @param s a string
     * @param set the character set
     * @param what name of the thing being checked, for the message
     * @return a problem or null
     */
    public static Problem checkCharset(String s, Gs1CharacterSet set, String what) {
        int bad = set.indexOfInvalid(s);
        if (bad >= 0) {
            return new Problem(IdentifierRule.GS1_CHARSET, bad, 1, "character '" + printable(s.charAt(bad))
                    + "' is not allowed in " + what + ": " + set.title() + " expected");
        }
        return null;
    }
}
