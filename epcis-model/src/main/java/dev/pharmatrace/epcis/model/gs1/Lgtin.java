package dev.pharmatrace.epcis.model.gs1;

import java.util.Objects;

/**
 * A GTIN with batch/lot (AI 01 + AI 10): the EPC class {@code urn:epc:class:lgtin:...} used for quantity
 * elements and ILMD.
 *
 * @param gtin the GTIN
 * @param lot the batch/lot, 1 to 20 characters of GS1 AI character set 82
 */
public record Lgtin(Gtin gtin, String lot) {

    /**
     * Validates the lot.
     *
     * @param gtin the GTIN
     * @param lot the batch/lot, 1 to 20 characters of GS1 AI character set 82
     * @throws InvalidIdentifierException with {@code GS1-LENGTH} or {@code GS1-CHARSET}
     */
    public Lgtin {
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(lot, "lot");
        new AiElement("10", lot);
    }

    /**
     * Reads an LGTIN from {@code urn:epc:class:lgtin:...}.
     *
     * @param uri the EPC class URI
     * @return the LGTIN
     * @throws InvalidIdentifierException if the URI is invalid or not an LGTIN
     */
    public static Lgtin fromEpcUri(String uri) {
        Gs1Identifier id = Sgtin.requireScheme(uri, EpcUriKind.CLASS, EpcScheme.LGTIN).toGs1Identifier();
        return new Lgtin(new Gtin(id.primaryKey().value()), id.value("10").orElseThrow());
    }

    /**
     * Returns the identifier {@code (01)<gtin>(10)<lot>}.
     *
     * @return the identifier
     */
    public Gs1Identifier toIdentifier() {
        return Gs1Identifier.of(new AiElement("01", gtin.value()), new AiElement("10", lot));
    }

    /**
     * Returns the EPC class URI.
     *
     * @param provider company prefix lengths
     * @return {@code urn:epc:class:lgtin:...}
     * @throws InvalidIdentifierException with {@code GCP-LENGTH-UNKNOWN} if the length is unknown
     */
    public EpcUri toEpcUri(CompanyPrefixProvider provider) {
        return EpcUri.from(toIdentifier(), provider);
    }

    /**
     * Returns the canonical Digital Link.
     *
     * @return {@code https://id.gs1.org/01/<gtin>/10/<lot>}
     */
    public DigitalLink toDigitalLink() {
        return toIdentifier().toDigitalLink();
    }
}
