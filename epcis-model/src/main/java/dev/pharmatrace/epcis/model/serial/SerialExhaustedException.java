package dev.pharmatrace.epcis.model.serial;

import java.util.Objects;

/**
 * Thrown when serials cannot be issued for a GTIN: the planned volume is used up
 * ({@link SerialRule#SERIAL_VOLUME_EXCEEDED}) or no free serial is found ({@link SerialRule#SERIAL_SPACE_EXHAUSTED}).
 */
public final class SerialExhaustedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The violated rule. */
    private final SerialRule rule;
    /** The GTIN concerned. */
    private final String gtin;

    /**
     * Creates an exception.
     *
     * @param rule the rule
     * @param gtin the GTIN concerned (the offending part)
     * @param detail explanation
     */
    public SerialExhaustedException(SerialRule rule, String gtin, String detail) {
        super("[" + rule.code() + "] " + detail + " (offending part '" + gtin + "')");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.gtin = gtin;
    }

    /**
     * Returns the rule.
     *
     * @return the rule
     */
    public SerialRule rule() {
        return rule;
    }

    /**
     * Returns the GTIN concerned.
     *
     * @return the 14-digit GTIN
     */
    public String gtin() {
        return gtin;
    }
}
