package dev.pharmatrace.epcis.model.gs1.internal;

import dev.pharmatrace.epcis.model.gs1.AiElement;
import dev.pharmatrace.epcis.model.gs1.ApplicationIdentifier;
import dev.pharmatrace.epcis.model.gs1.IdentifierRule;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses GS1 element strings in bracketed form {@code (01)...(21)...} or in the raw form a scanner transmits
 * ({@code 01...21...<GS>17...}), each optionally preceded by a GS1 symbology identifier.
 */
public final class ElementStringParser {

    /** ASCII 29, the group separator that stands for FNC1 in transmitted data. */
    public static final char GS = 29;

    private static final List<String> SYMBOLOGY_IDS = List.of("]d2", "]C1", "]Q3", "]e0", "]J1");

    private ElementStringParser() {
    }

    /** Result of a parse: the elements and where each started in the input. */
    public record Result(List<AiElement> elements, int[] positions) {
    }

    /**
     * Parses an element string.
     *
     * @param s the input
     * @return the elements and their positions
     * @throws InvalidIdentifierException on any violation
     */
    public static Result parse(String s) {
        if (s.isEmpty()) {
            throw new InvalidIdentifierException(IdentifierRule.GS1_ELEMENT_SYNTAX, s, "", 0, "empty element string");
        }
        int i = 0;
        if (s.charAt(0) == ']') {
            String sym = s.length() >= 3 ? s.substring(0, 3) : s;
            if (!SYMBOLOGY_IDS.contains(sym)) {
                throw new InvalidIdentifierException(IdentifierRule.GS1_ELEMENT_SYNTAX, s, sym, 0,
                        "'" + sym + "' is not a GS1 symbology identifier (expected one of " + SYMBOLOGY_IDS + ")");
            }
            i = 3;
        }
        while (i < s.length() && s.charAt(i) == GS) {
            i++; // FNC1 in first position may be transmitted as GS
        }
        if (i >= s.length()) {
            throw new InvalidIdentifierException(IdentifierRule.GS1_ELEMENT_SYNTAX, s, "", i, "no element after the prefix");
        }
        return s.charAt(i) == '(' ? parseBracketed(s, i) : parseRaw(s, i);
    }

    private static Result parseRaw(String s, int start) {
        List<AiElement> out = new ArrayList<>();
        List<Integer> pos = new ArrayList<>();
        int n = s.length();
        int i = start;
        while (i < n) {
            char c = s.charAt(i);
            if (c == GS) {
                i++;
                continue;
            }
            ApplicationIdentifier ai = AiTable.match(s, i);
            if (ai == null) {
                throw unknownAi(s, i);
            }
            int vs = i + ai.code().length();
            int gs = s.indexOf(GS, vs);
            int ve;
            if (ai.isFixedLength()) {
                ve = vs + ai.maxLength();
                int available = (gs < 0 ? n : gs) - vs;
                if (available < ai.maxLength()) {
                    int end = vs + available;
                    Problem p = AiValidator.validate(ai, s.substring(vs, end));
                    if (p != null && p.rule() != IdentifierRule.GS1_LENGTH) {
                        throw p.toException(s, vs);
                    }
                    throw new InvalidIdentifierException(IdentifierRule.GS1_LENGTH, s, s.substring(vs, end), vs,
                            "AI (" + ai.code() + ") " + ai.title() + " needs exactly " + ai.maxLength()
                                    + " characters, only " + available + " before " + (gs < 0 ? "the end" : "<GS>"));
                }
            } else {
                ve = gs < 0 ? n : gs;
            }
            String value = s.substring(vs, ve);
            Problem p = AiValidator.validate(ai, value);
            if (p != null) {
                throw p.toException(s, vs);
            }
            out.add(new AiElement(ai.code(), value));
            pos.add(i);
            i = ve;
            if (i < n) {
                if (s.charAt(i) == GS) {
                    i++;
                } else if (ai.requiresFnc1()) {
                    throw new InvalidIdentifierException(IdentifierRule.GS1_SEPARATOR, s, s.substring(i,
                            Math.min(n, i + 4)), i, "AI (" + ai.code() + ") " + ai.title()
                                    + " is not of predefined length: an FNC1 (<GS>) must follow it before the next AI");
                }
            }
        }
        return result(out, pos);
    }

    private static Result parseBracketed(String s, int start) {
        List<AiElement> out = new ArrayList<>();
        List<Integer> pos = new ArrayList<>();
        int n = s.length();
        int i = start;
        while (i < n) {
            if (s.charAt(i) != '(') {
                throw new InvalidIdentifierException(IdentifierRule.GS1_ELEMENT_SYNTAX, s, s.substring(i, i + 1), i,
                        "expected '(' starting an AI");
            }
            int close = s.indexOf(')', i);
            String code = close < 0 ? s.substring(i + 1) : s.substring(i + 1, close);
            if (close < 0 || code.length() < 2 || code.length() > 4 || !isDigits(code)) {
                String part = close < 0 ? s.substring(i) : s.substring(i, close + 1);
                throw new InvalidIdentifierException(IdentifierRule.GS1_ELEMENT_SYNTAX, s, part, i,
                        "an AI in brackets is 2 to 4 digits, e.g. (01)");
            }
            ApplicationIdentifier ai = AiTable.get(code);
            if (ai == null) {
                throw new InvalidIdentifierException(IdentifierRule.GS1_UNKNOWN_AI, s, code, i + 1,
                        "Application Identifier (" + code + ") is not in the AI table");
            }
            int vs = close + 1;
            StringBuilder value = new StringBuilder();
            List<Integer> map = new ArrayList<>();
            int j = vs;
            while (j < n) {
                char c = s.charAt(j);
                if (c == '\\' && j + 1 < n && s.charAt(j + 1) == '(') {
                    map.add(j);
                    value.append('(');
                    j += 2;
                    continue;
                }
                if (c == '(' && startsAi(s, j)) {
                    break;
                }
                map.add(j);
                value.append(c);
                j++;
            }
            map.add(j);
            int[] m = map.stream().mapToInt(Integer::intValue).toArray();
            Problem p = AiValidator.validate(ai, value.toString());
            if (p != null) {
                throw p.toException(s, m);
            }
            out.add(new AiElement(code, value.toString()));
            pos.add(i);
            i = j;
        }
        return result(out, pos);
    }

    private static boolean startsAi(String s, int j) {
        int close = s.indexOf(')', j);
        if (close < 0 || close - j - 1 < 2 || close - j - 1 > 4) {
            return false;
        }
        return isDigits(s.substring(j + 1, close));
    }

    private static boolean isDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static InvalidIdentifierException unknownAi(String s, int i) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
            return new InvalidIdentifierException(IdentifierRule.GS1_ELEMENT_SYNTAX, s, s.substring(i, i + 1), i,
                    "expected an AI (digits), found '" + AiValidator.printable(s.charAt(i)) + "'");
        }
        int end = i;
        while (end < s.length() && end < i + 4 && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        String part = s.substring(i, end);
        return new InvalidIdentifierException(IdentifierRule.GS1_UNKNOWN_AI, s, part, i,
                "no Application Identifier of the AI table starts with '" + part + "'");
    }

    private static Result result(List<AiElement> out, List<Integer> pos) {
        return new Result(List.copyOf(out), pos.stream().mapToInt(Integer::intValue).toArray());
    }
}
