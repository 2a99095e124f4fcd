package dev.pharmatrace.epcis.model.gs1.internal;

import dev.pharmatrace.epcis.model.gs1.Gs1CharacterSet;
import dev.pharmatrace.epcis.model.gs1.IdentifierRule;

/**
 * Percent-encoding for EPC URIs (GS1 Tag Data Standard) and GS1 Digital Link URIs, with a map from decoded
 * positions back to raw positions for error reporting.
 */
public final class PercentCodec {

    /** Characters of set 82 that an EPC URI must escape (TDS): {@code " % & / < > ?}. */
    private static final String EPC_MUST_ESCAPE = "\"%&/<>?";
    /** Characters an EPC URI may carry unescaped besides letters and digits (TDS). */
    private static final String EPC_PLAIN_SYMBOLS = "!'()*+,-.:;=_";
    /** RFC 3986 unreserved characters besides letters and digits. */
    private static final String URI_UNRESERVED_SYMBOLS = "-._~";
    /** RFC 3986 sub-delims plus ':' and '@' (allowed raw in a path segment). */
    private static final String URI_PCHAR_SYMBOLS = "!$&'()*+,;=:@";

    private PercentCodec() {
    }

    /** A decoded string and the raw index of each decoded character (plus a trailing end index). */
    public record Decoded(String value, int[] map) {
    }

    /** Outcome of decoding: a value or a problem located in the raw string. */
    public record Outcome(Decoded decoded, Problem problem) {
    }

    /**
     * Escapes a set-82 value for an EPC URI component.
     *
     * @param value decoded value
     * @return the escaped form, e.g. {@code A%2FB} for {@code A/B}
     */
    public static String escapeEpc(String value) {
        return escape(value, EPC_MUST_ESCAPE);
    }

    /**
     * Escapes a set-39 component/part reference for a CPI EPC URI ({@code #} and {@code /}).
     *
     * @param value decoded value
     * @return the escaped form
     */
    public static String escapeCpi(String value) {
        return escape(value, "#/");
    }

    private static String escape(String value, String set) {
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (set.indexOf(c) >= 0) {
                if (sb == null) {
                    sb = new StringBuilder(value.length() + 8).append(value, 0, i);
                }
                sb.append('%').append(hex(c >> 4)).append(hex(c & 15));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? value : sb.toString();
    }

    /**
     * Decodes an EPC URI component.
     *
     * @param raw the raw component
     * @param set the character set of the decoded value
     * @param cpi true for a CPI component/part reference ({@code %23} and {@code %2F} only)
     * @return the decoded value, or a problem: {@code EPC-ESCAPE} for a malformed escape or a character that must
     *     be escaped, {@code GS1-CHARSET} for a character outside the set
     */
    public static Outcome decodeEpc(String raw, Gs1CharacterSet set, boolean cpi) {
        String mustEscape = cpi ? "#/" : EPC_MUST_ESCAPE;
        StringBuilder sb = new StringBuilder(raw.length());
        int[] map = new int[raw.length() + 1];
        int n = 0;
        for (int i = 0; i < raw.length(); ) {
            char c = raw.charAt(i);
            if (c == '%') {
                int d = decodeHex(raw, i);
                if (d < 0) {
                    return fail(IdentifierRule.EPC_ESCAPE, i, Math.min(3, raw.length() - i),
                            "malformed percent-escape: '%' must be followed by two hex digits");
                }
                char dc = (char) d;
                if (!set.contains(dc)) {
                    return fail(IdentifierRule.GS1_CHARSET, i, 3, "escape " + raw.substring(i, i + 3)
                            + " decodes to '" + AiValidator.printable(dc) + "', not in " + set.title());
                }
                map[n++] = i;
                sb.append(dc);
                i += 3;
                continue;
            }
            if (mustEscape.indexOf(c) >= 0) {
                return fail(IdentifierRule.EPC_ESCAPE, i, 1, "'" + c + "' must be percent-encoded in an EPC URI as %"
                        + hex(c >> 4) + hex(c & 15));
            }
            boolean plain = cpi ? set.contains(c)
                    : set.contains(c) && (Character.isLetterOrDigit(c) || EPC_PLAIN_SYMBOLS.indexOf(c) >= 0);
            if (!plain) {
                return fail(IdentifierRule.GS1_CHARSET, i, 1, "character '" + AiValidator.printable(c)
                        + "' is not allowed here: " + set.title() + " expected");
            }
            map[n++] = i;
            sb.append(c);
            i++;
        }
        map[n] = raw.length();
        return new Outcome(new Decoded(sb.toString(), java.util.Arrays.copyOf(map, n + 1)), null);
    }

    /**
     * Percent-encodes a value for a Digital Link path segment or query value: every character except letters,
     * digits and {@code - . _} is encoded (upper-case hex), as in the GS1 Digital Link URI syntax.
     *
     * @param value decoded value
     * @return the encoded form
     */
    public static String encodeDl(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_') {
                sb.append(c);
            } else if (c < 128) {
                sb.append('%').append(hex(c >> 4)).append(hex(c & 15));
            } else {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(hex((b >> 4) & 15)).append(hex(b & 15));
                }
            }
        }
        return sb.toString();
    }

    /**
     * Tells whether a raw character may appear unencoded in a URI path or query (RFC 3986 pchar, '/', '?').
     *
     * @param c the character
     * @return true if legal
     */
    public static boolean isUriChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || URI_UNRESERVED_SYMBOLS.indexOf(c) >= 0 || URI_PCHAR_SYMBOLS.indexOf(c) >= 0 || c == '/' || c == '?'
                || c == '%';
    }

    /**
     * Percent-decodes a Digital Link path segment or query value (bytes as ISO-8859-1; anything above ASCII is
     * rejected later by the character-set check).
     *
     * @param raw raw text
     * @return decoded value or a {@code DL-SYNTAX} problem for a malformed escape
     */
    public static Outcome decodeDl(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int[] map = new int[raw.length() + 1];
        int n = 0;
        for (int i = 0; i < raw.length(); ) {
            char c = raw.charAt(i);
            if (c == '%') {
                int d = decodeHex(raw, i);
                if (d < 0) {
                    return fail(IdentifierRule.DL_SYNTAX, i, Math.min(3, raw.length() - i),
                            "malformed percent-encoding: '%' must be followed by two hex digits");
                }
                map[n++] = i;
                sb.append((char) d);
                i += 3;
            } else {
                map[n++] = i;
                sb.append(c);
                i++;
            }
        }
        map[n] = raw.length();
        return new Outcome(new Decoded(sb.toString(), java.util.Arrays.copyOf(map, n + 1)), null);
    }

    private static Outcome fail(IdentifierRule rule, int offset, int length, String msg) {
        return new Outcome(null, new Problem(rule, offset, length, msg));
    }

    private static int decodeHex(String s, int i) {
        if (i + 2 >= s.length()) {
            return -1;
        }
        int h = hexValue(s.charAt(i + 1));
        int l = hexValue(s.charAt(i + 2));
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static char hex(int v) {
        return "0123456789ABCDEF".charAt(v & 15);
    }
}
