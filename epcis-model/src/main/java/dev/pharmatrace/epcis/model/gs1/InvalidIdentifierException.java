package dev.pharmatrace.epcis.model.gs1;

import java.util.Objects;

/**
 * Thrown when an identifier breaks a rule. Carries the {@link IdentifierRule rule}, the whole input, the offending
 * part of it and, where meaningful, the index of that part in the input.
 *
 * <p>The message has the form {@code [GS1-CHECK-DIGIT] <explanation> (offending part '<part>' at index <n> of
 * '<input>')}; control characters such as the FNC1 separator (ASCII 29) are shown as {@code <GS>}.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The violated rule. */
    private final IdentifierRule rule;
    /** The whole input. */
    private final String input;
    /** The offending part of the input. */
    private final String offendingPart;
    /** Index of the offending part in the input, or -1. */
    private final int position;
    /** Explanation without rule code. */
    private final String detail;

    /**
     * Creates an exception.
     *
     * @param rule the violated rule
     * @param input the whole input that was being read
     * @param offendingPart the part of the input that breaks the rule (may be empty, e.g. for a missing component)
     * @param position index of {@code offendingPart} in {@code input}, or -1 when not meaningful
     * @param detail human-readable explanation, without the rule code
     */
    public InvalidIdentifierException(IdentifierRule rule, String input, String offendingPart, int position,
            String detail) {
        super(format(rule, input, offendingPart, position, detail));
        this.rule = Objects.requireNonNull(rule, "rule");
        this.input = input == null ? "" : input;
        this.offendingPart = offendingPart == null ? "" : offendingPart;
        this.position = position < 0 ? -1 : position;
        this.detail = detail == null ? "" : detail;
    }

    /**
     * Returns a copy of this exception for a larger input that contains the original input at {@code offset}.
     *
     * @param outerInput the larger input
     * @param offset index of this exception's input within {@code outerInput}, or -1 if unknown
     * @return an exception with the same rule, offending part and detail, positioned in {@code outerInput}
     */
    public InvalidIdentifierException relocate(String outerInput, int offset) {
        int pos;
        if (offset >= 0 && position >= 0) {
            pos = offset + position;
        } else if (!offendingPart.isEmpty() && outerInput != null) {
            pos = outerInput.indexOf(offendingPart);
        } else {
            pos = -1;
        }
        InvalidIdentifierException e = new InvalidIdentifierException(rule, outerInput, offendingPart, pos, detail);
        e.initCause(this);
        return e;
    }

    /**
     * Returns the violated rule.
     *
     * @return the rule; {@code rule().code()} is its stable code
     */
    public IdentifierRule rule() {
        return rule;
    }

    /**
     * Returns the stable code of the violated rule.
     *
     * @return e.g. {@code "GS1-CHECK-DIGIT"}
     */
    public String ruleCode() {
        return rule.code();
    }

    /**
     * Returns the whole input that was being read.
     *
     * @return the input, never null
     */
    public String input() {
        return input;
    }

    /**
     * Returns the offending part of the input.
     *
     * @return the offending substring (may be empty when something is missing), never null
     */
    public String offendingPart() {
        return offendingPart;
    }

    /**
     * Returns the index of the offending part in the input.
     *
     * @return a zero-based index, or -1 when not meaningful
     */
    public int position() {
        return position;
    }

    /**
     * Returns the explanation without rule code, input and position.
     *
     * @return the human-readable detail
     */
    public String detail() {
        return detail;
    }

    private static String format(IdentifierRule rule, String input, String part, int position, String detail) {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(rule == null ? "?" : rule.code()).append("] ").append(detail);
        sb.append(" (offending part '").append(visible(part)).append('\'');
        if (position >= 0) {
            sb.append(" at index ").append(position);
        }
        sb.append(" of '").append(visible(input)).append("')");
        return sb.toString();
    }

    private static String visible(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 29) {
                sb.append("<GS>");
            } else if (c < 32 || c == 127) {
                sb.append(String.format("<0x%02X>", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
