package dev.pharmatrace.epcis.model.gs1.internal;

import dev.pharmatrace.epcis.model.gs1.IdentifierRule;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;

/**
 * A rule violation found in a value, located relative to the value; turned into an
 * {@link InvalidIdentifierException} by the caller, which knows where the value sits in the whole input.
 *
 * @param rule the violated rule
 * @param offset index of the offending part within the value
 * @param length length of the offending part
 * @param message explanation
 */
public record Problem(IdentifierRule rule, int offset, int length, String message) {

    /**
     * Converts to an exception for a value that appears verbatim in {@code input} at {@code base}.
     *
     * @param input the whole input
     * @param base index of the value in the input
     * @return the exception
     */
    public InvalidIdentifierException toException(String input, int base) {
        int from = clamp(base + offset, input.length());
        int to = clamp(base + offset + length, input.length());
        return new InvalidIdentifierException(rule, input, input.substring(from, Math.max(from, to)), from, message);
    }

    /**
     * Converts to an exception for a value that was decoded from {@code input} (percent-escapes, padding).
     *
     * @param input the whole input
     * @param map for each index of the value, the index of its first raw character in the input; one extra
     *     trailing entry gives the input index just after the value
     * @return the exception
     */
    public InvalidIdentifierException toException(String input, int[] map) {
        int o = Math.max(0, Math.min(offset, map.length - 1));
        int e = Math.max(o, Math.min(offset + length, map.length - 1));
        int from = clamp(map[o], input.length());
        int to = clamp(map[e], input.length());
        if (to <= from && length > 0) {
            to = clamp(from + 1, input.length());
        }
        return new InvalidIdentifierException(rule, input, input.substring(from, Math.max(from, to)), from, message);
    }

    private static int clamp(int i, int max) {
        return Math.max(0, Math.min(i, max));
    }
}
