package dev.pharmatrace.epcis.model.gs1;

import java.util.Objects;

/**
 * A serialised GTIN: GTIN (AI 01) plus serial (AI 21), the identity of one pharmaceutical pack.
 *
 * @param gtin the GTIN
 * @param serial the serial, 1 to 20 characters of GS1 AI character set 82
 */
public record Sgtin(Gtin gtin, String serial) {

    /**
     * Validates the serial.
     *
     * @param gtin the GTIN
     * @param serial the serial, 1 to 20 characters of GS1 AI character set 82
     * @throws InvalidIdentifierException with {@code GS1-LENGTH} or {@code GS1-CHARSET}
     */
    public Sgtin {
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(serial, "serial");
        new AiElement("21", serial);
    }

    /**
     * Reads an SGTIN from {@code urn:epc:id:sgtin:...}.
     *
     * @param uri the EPC URI
     * @return the SGTIN
     * @throws InvalidIdentifierException if the URI is invalid or not an SGTIN
     */
    public static Sgtin fromEpcUri(String uri) {
        Gs1Identifier id = requireScheme(uri, EpcUriKind.PURE_IDENTITY, EpcScheme.SGTIN).toGs1Identifier();
        return new Sgtin(new Gtin(id.primaryKey().value()), id.value("21").orElseThrow());
    }

    /**
     * Returns the identifier {@code (01)<gtin>(21)<serial>}.
     *
     * @return the identifier
     */
    public Gs1Identifier toIdentifier() {
        return Gs1Identifier.of(new AiElement("01", gtin.value()), new AiElement("21", serial));
    }

    /**
     * Returns the EPC URI.
     *
     * @param provider company prefix lengths
     * @return {@code urn:epc:id:sgtin:...}
     * @throws InvalidIdentifierException with {@code GCP-LENGTH-UNKNOWN} if the length is unknown
     */
    public EpcUri toEpcUri(CompanyPrefixProvider provider) {
        return EpcUri.from(toIdentifier(), provider);
    }

    /**
     * Returns the canonical Digital Link.
     *
     * @return {@code https://id.gs1.org/01/<gtin>/21/<serial>}
     */
    public DigitalLink toDigitalLink() {
        return toIdentifier().toDigitalLink();
    }

    /**
     * Returns the element string.
     *
     * @return {@code (01)<gtin>(21)<serial>}
     */
    public ElementString toElementString() {
        return toIdentifier().toElementString();
    }

    static EpcUri requireScheme(String uri, EpcUriKind kind, EpcScheme scheme) {
        EpcUri epc = EpcUri.parse(uri);
        if (epc.kind() != kind || epc.scheme() != scheme) {
            throw new InvalidIdentifierException(IdentifierRule.EPC_UNKNOWN_SCHEME, uri, epc.scheme().uriName(),
                    uri.indexOf(":" + epc.scheme().uriName() + ":") + 1, "expected " + kind.prefix()
                            + scheme.uriName() + ", found " + epc.kind().prefix() + epc.scheme().uriName());
        }
        return epc;
    }
}
