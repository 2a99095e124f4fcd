package dev.pharmatrace.epcis.model.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A GLN with optional extension (AI 414 + optional AI 254), the EPC of a location (read point, business
 * location). In the EPC URI an absent extension is written {@code 0}.
 *
 * @param gln the GLN
 * @param extension the GLN extension component, or null for none; never {@code "0"}
 */
public record Sgln(Gln gln, String extension) {

    /**
     * Validates the extension.
     *
     * @param gln the GLN
     * @param extension the GLN extension component, or null for none; never {@code "0"}
     * @throws InvalidIdentifierException with {@code GS1-LENGTH}/{@code GS1-CHARSET}, or
     *     {@code EPC-NOT-REPRESENTABLE} for extension {@code "0"} (reserved for "none")
     */
    public Sgln {
        Objects.requireNonNull(gln, "gln");
        if (extension != null) {
            new AiElement("254", extension);
            if (extension.equals("0")) {
                throw new InvalidIdentifierException(IdentifierRule.EPC_NOT_REPRESENTABLE, extension, extension, 0,
                        "GLN extension '0' means 'no extension' in an SGLN; use null");
            }
        }
    }

    /**
     * Reads an SGLN from {@code urn:epc:id:sgln:...}.
     *
     * @param uri the EPC URI
     * @return the SGLN (extension null when the URI has {@code 0})
     * @throws InvalidIdentifierException if the URI is invalid or not an SGLN
     */
    public static Sgln fromEpcUri(String uri) {
        Gs1Identifier id = Sgtin.requireScheme(uri, EpcUriKind.PURE_IDENTITY, EpcScheme.SGLN).toGs1Identifier();
        return new Sgln(new Gln(id.primaryKey().value()), id.value("254").orElse(null));
    }

    /**
     * Returns the extension if any.
     *
     * @return the extension or empty
     */
    public Optional<String> extensionValue() {
        return Optional.ofNullable(extension);
    }

    /**
     * Returns the identifier {@code (414)<gln>[(254)<extension>]}.
     *
     * @return the identifier
     */
    public Gs1Identifier toIdentifier() {
        List<AiElement> e = new ArrayList<>();
        e.add(new AiElement("414", gln.value()));
        if (extension != null) {
            e.add(new AiElement("254", extension));
        }
        return Gs1Identifier.of(e);
    }

    /**
     * Returns the EPC URI.
     *
     * @param provider company prefix lengths
     * @return {@code urn:epc:id:sgln:...}
     * @throws InvalidIdentifierException with {@code GCP-LENGTH-UNKNOWN} if the length is unknown
     */
    public EpcUri toEpcUri(CompanyPrefixProvider provider) {
        return EpcUri.from(toIdentifier(), provider);
    }

    /**
     * Returns the canonical Digital Link.
     *
     * @return {@code https://id.gs1.org/414/<gln>[/254/<extension>]}
     */
    public DigitalLink toDigitalLink() {
        return toIdentifier().toDigitalLink();
    }
}
