package dev.pharmatrace.epcis.model.gs1;

import java.util.Objects;

/**
 * A Global Trade Item Number, always held as 14 digits (GTIN-8, -12 and -13 are padded with leading zeros).
 *
 * @param value the 14-digit GTIN with valid check digit
 */
public record Gtin(String value) {

    /**
     * Normalises and validates.
     *
     * @param value the 14-digit GTIN with valid check digit
     * @throws InvalidIdentifierException with {@code GS1-LENGTH}, {@code GS1-CHARSET} or {@code GS1-CHECK-DIGIT}
     */
    public Gtin {
        Objects.requireNonNull(value, "value");
        if ((value.length() == 8 || value.length() == 12 || value.length() == 13)
                && Gs1CharacterSet.NUMERIC.containsAll(value)) {
            value = "0".repeat(14 - value.length()) + value;
        }
        new AiElement("01", value);
    }

    /**
     * Creates a GTIN from 8, 12, 13 or 14 digits.
     *
     * @param digits the GTIN
     * @return the GTIN as 14 digits
     * @throws InvalidIdentifierException if invalid
     */
    public static Gtin of(String digits) {
        return new Gtin(digits);
    }

    /**
     * Returns the GTIN of an EPC pattern {@code urn:epc:idpat:sgtin:GCP.IREF.*}.
     *
     * @param patternUri the pattern URI
     * @return the GTIN
     * @throws InvalidIdentifierException if the URI is not such a pattern
     */
    public static Gtin fromEpcPattern(String patternUri) {
        EpcUri epc = EpcUri.parse(patternUri);
        if (epc.kind() != EpcUriKind.PATTERN || epc.scheme() != EpcScheme.SGTIN || epc.components().get(1).equals("*")
                || !epc.components().get(2).equals("*")) {
            throw new InvalidIdentifierException(IdentifierRule.EPC_NOT_REPRESENTABLE, patternUri, patternUri, 0,
                    "expected an SGTIN pattern of one GTIN, urn:epc:idpat:sgtin:<GCP>.<indicator+item ref>.*");
        }
        return new Gtin(epc.toGs1Identifier().primaryKey().value());
    }

    /**
     * Returns the indicator digit (packaging level).
     *
     * @return the first digit
     */
    public char indicator() {
        return value.charAt(0);
    }

    /**
     * Returns the identifier {@code (01)<gtin>}.
     *
     * @return the identifier
     */
    public Gs1Identifier toIdentifier() {
        return Gs1Identifier.of(new AiElement("01", value));
    }

    /**
     * Returns the EPC pattern of all SGTINs of this GTIN, {@code urn:epc:idpat:sgtin:GCP.IREF.*}, as used for
     * EPCClass master data.
     *
     * @param provider company prefix lengths
     * @return the pattern URI
     * @throws InvalidIdentifierException with {@code GCP-LENGTH-UNKNOWN} if the provider does not know the length
     */
    public EpcUri toEpcPattern(CompanyPrefixProvider provider) {
        return EpcUri.from(toIdentifier(), provider);
    }

    /**
     * Returns the class-level Digital Link {@code https://id.gs1.org/01/<gtin>}.
     *
     * @return the Digital Link
     */
    public DigitalLink toDigitalLink() {
        return toIdentifier().toDigitalLink();
    }

    /**
     * Returns the serialised GTIN with this serial.
     *
     * @param serial the serial (AI 21)
     * @return the SGTIN
     */
    public Sgtin withSerial(String serial) {
        return new Sgtin(this, serial);
    }

    /**
     * Returns the GTIN + lot with this lot.
     *
     * @param lot the batch/lot (AI 10)
     * @return the LGTIN
     */
    public Lgtin withLot(String lot) {
        return new Lgtin(this, lot);
    }

    /**
     * Returns the 14 digits.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
