package dev.pharmatrace.epcis.model.gs1;

import java.util.Objects;

/**
 * A Global Location Number: 13 digits with valid check digit.
 *
 * @param value the GLN
 */
public record Gln(String value) {

    /**
     * Validates.
     *
     * @param value the GLN
     * @throws InvalidIdentifierException with {@code GS1-LENGTH}, {@code GS1-CHARSET} or {@code GS1-CHECK-DIGIT}
     */
    public Gln {
        Objects.requireNonNull(value, "value");
        new AiElement("414", value);
    }

    /**
     * Creates a GLN.
     *
     * @param digits 13 digits
     * @return the GLN
     */
    public static Gln of(String digits) {
        return new Gln(digits);
    }

    /**
     * Returns the SGLN of this GLN without extension.
     *
     * @return the SGLN
     */
    public Sgln toSgln() {
        return new Sgln(this, null);
    }

    /**
     * Returns the SGLN of this GLN with an extension.
     *
     * @param extension the GLN extension component (AI 254)
     * @return the SGLN
     */
    public Sgln withExtension(String extension) {
        return new Sgln(this, extension);
    }

    /**
     * Returns the 13 digits.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
