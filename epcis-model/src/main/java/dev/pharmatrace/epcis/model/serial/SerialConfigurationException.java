package dev.pharmatrace.epcis.model.serial;

import java.util.Objects;

/**
 * Thrown when a serial number generator or alphabet is configured in breach of a {@link SerialRule}.
 */
public final class SerialConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The violated rule. */
    private final SerialRule rule;
    /** The offending setting or value. */
    private final String offendingPart;

    /**
     * Creates an exception.
     *
     * @param rule the violated rule
     * @param offendingPart the offending setting or value, e.g. {@code "length=6"}
     * @param detail explanation
     */
    public SerialConfigurationException(SerialRule rule, String offendingPart, String detail) {
        super("[" + rule.code() + "] " + detail + " (offending part '" + offendingPart + "')");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.offendingPart = offendingPart;
    }

    /**
     * Returns the violated rule.
     *
     * @return the rule
     */
    public SerialRule rule() {
        return rule;
    }

    /**
     * Returns the offending setting or value.
     *
     * @return the offending part
     */
    public String offendingPart() {
        return offendingPart;
    }
}
