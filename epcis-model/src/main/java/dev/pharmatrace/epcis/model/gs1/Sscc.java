package dev.pharmatrace.epcis.model.gs1;

import java.util.Objects;

/**
 * A Serial Shipping Container Code: 18 digits with valid check digit.
 *
 * @param value the SSCC
 */
public record Sscc(String value) {

    /**
     * Validates.
     *
     * @param value the SSCC
     * @throws InvalidIdentifierException with {@code GS1-LENGTH}, {@code GS1-CHARSET} or {@code GS1-CHECK-DIGIT}
     */
    public Sscc {
        Objects.requireNonNull(value, "value");
        new AiElement("00", value);
    }

    /**
     * Creates an SSCC.
     *
     * @param digits 18 digits
     * @return the SSCC
     */
    public static Sscc of(String digits) {
        return new Sscc(digits);
    }

    /**
     * Reads an SSCC from {@code urn:epc:id:sscc:...}.
     *
     * @param uri the EPC URI
     * @return the SSCC
     * @throws InvalidIdentifierException if the URI is invalid or not an SSCC
     */
    public static Sscc fromEpcUri(String uri) {
        Gs1Identifier id = Sgtin.requireScheme(uri, EpcUriKind.PURE_IDENTITY, EpcScheme.SSCC).toGs1Identifier();
        return new Sscc(id.primaryKey().value());
    }

    /**
     * Returns the identifier {@code (00)<sscc>}.
     *
     * @return the identifier
     */
    public Gs1Identifier toIdentifier() {
        return Gs1Identifier.of(new AiElement("00", value));
    }

    /**
     * Returns the EPC URI.
     *
     * @param provider company prefix lengths
     * @return {@code urn:epc:id:sscc:...}
     * @throws InvalidIdentifierException with {@code GCP-LENGTH-UNKNOWN} if the length is unknown
     */
    public EpcUri toEpcUri(CompanyPrefixProvider provider) {
        return EpcUri.from(toIdentifier(), provider);
    }

    /**
     * Returns the canonical Digital Link.
     *
     * @return {@code https://id.gs1.org/00/<sscc>}
     */
    public DigitalLink toDigitalLink() {
        return toIdentifier().toDigitalLink();
    }

    /**
     * Returns the 18 digits.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
