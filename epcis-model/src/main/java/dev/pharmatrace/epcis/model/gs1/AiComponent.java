package dev.pharmatrace.epcis.model.gs1;

import java.util.List;
import java.util.Objects;

/**
 * One component of an Application Identifier's data field, e.g. the {@code N13} GDTI key and the optional
 * {@code X..17} serial component of AI 253.
 *
 * @param charset the character set of the component
 * @param minLength minimum number of characters (equal to {@code maxLength} for a fixed-length component)
 * @param maxLength maximum number of characters
 * @param optional whether the component may be absent (only the trailing components of an AI are optional)
 * @param checks content rules that apply to the component
 */
public record AiComponent(Gs1CharacterSet charset, int minLength, int maxLength, boolean optional, List<AiCheck> checks) {

    /**
     * Validates and copies the arguments.
     *
     * @param charset the character set of the component
     * @param minLength minimum number of characters (equal to {@code maxLength} for a fixed-length component)
     * @param maxLength maximum number of characters
     * @param optional whether the component may be absent (only the trailing components of an AI are optional)
     * @param checks content rules that apply to the component
     * @throws IllegalArgumentException if lengths are inconsistent
     */
    public AiComponent {
        Objects.requireNonNull(charset, "charset");
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("bad component lengths " + minLength + ".." + maxLength);
        }
        checks = List.copyOf(checks);
    }

    /**
     * Tells whether the component has a fixed length.
     *
     * @return true if {@code minLength == maxLength}
     */
    public boolean isFixedLength() {
        return minLength == maxLength;
    }

    /**
     * Returns the GS1 General Specifications notation of the component: {@code N14}, {@code X..20}, {@code [N..12]}.
     *
     * @return the format notation
     */
    public String format() {
        String type = switch (charset) {
            case NUMERIC -> "N";
            case CSET_82 -> "X";
            case CSET_39 -> "Y";
        };
        String f = type + (isFixedLength() ? String.valueOf(maxLength) : ".." + maxLength);
        return optional ? "[" + f + "]" : f;
    }
}
