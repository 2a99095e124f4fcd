package dev.pharmatrace.epcis.model.gs1;

import java.util.Objects;
import java.util.Optional;

/**
 * A string recognised by {@link Identifiers#parse(String)}: its form, the input as given, and typed views.
 *
 * <p>For an EPC pattern without GS1 key (e.g. {@code urn:epc:idpat:sgtin:0614141.*.*}) only the EPC view exists
 * and conversions to the other forms fail with {@code EPC-NOT-REPRESENTABLE}. Equality is by form and input.
 */
public final class ParsedIdentifier {

    private final IdentifierForm form;
    private final String input;
    private final EpcUri epcUri;
    private final DigitalLink digitalLink;
    private final ElementString elementString;
    private final Gs1Identifier identifier;

    ParsedIdentifier(IdentifierForm form, String input, EpcUri epcUri, DigitalLink digitalLink,
            ElementString elementString, Gs1Identifier identifier) {
        this.form = Objects.requireNonNull(form, "form");
        this.input = Objects.requireNonNull(input, "input");
        this.epcUri = epcUri;
        this.digitalLink = digitalLink;
        this.elementString = elementString;
        this.identifier = identifier;
    }

    /**
     * Returns the detected form.
     *
     * @return the form
     */
    public IdentifierForm form() {
        return form;
    }

    /**
     * Returns the input exactly as given (before trimming).
     *
     * @return the input
     */
    public String input() {
        return input;
    }

    /**
     * Returns the common representation.
     *
     * @return the identifier, or empty for an EPC pattern without GS1 key
     */
    public Optional<Gs1Identifier> identifier() {
        return Optional.ofNullable(identifier);
    }

    /**
     * Returns the parsed EPC URI when the input was one.
     *
     * @return the EPC URI or empty
     */
    public Optional<EpcUri> epcUri() {
        return Optional.ofNullable(epcUri);
    }

    /**
     * Returns the parsed Digital Link when the input was one.
     *
     * @return the Digital Link or empty
     */
    public Optional<DigitalLink> digitalLink() {
        return Optional.ofNullable(digitalLink);
    }

    /**
     * Returns the parsed element string when the input was one.
     *
     * @return the element string or empty
     */
    public Optional<ElementString> elementString() {
        return Optional.ofNullable(elementString);
    }

    /**
     * Converts to an EPC URI. An EPC URI input converts to itself (canonical form).
     *
     * @param provider source of company prefix lengths, asked only if the input does not carry the length
     * @return the EPC URI
     * @throws InvalidIdentifierException with {@code GCP-LENGTH-UNKNOWN}, {@code GCP-LENGTH-INVALID} or
     *     {@code EPC-NOT-REPRESENTABLE}
     */
    public EpcUri toEpcUri(CompanyPrefixProvider provider) {
        if (epcUri != null) {
            return epcUri;
        }
        try {
            return EpcUri.from(requireIdentifier(), provider);
        } catch (InvalidIdentifierException e) {
            throw relocated(e);
        }
    }

    /**
     * Converts to the canonical Digital Link ({@code https://id.gs1.org/...}).
     *
     * @return the Digital Link
     * @throws InvalidIdentifierException with {@code EPC-NOT-REPRESENTABLE} for a pattern without key
     */
    public DigitalLink toDigitalLink() {
        return requireIdentifier().toDigitalLink();
    }

    /**
     * Converts to an element string (key, qualifiers, data attributes).
     *
     * @return the element string
     * @throws InvalidIdentifierException with {@code EPC-NOT-REPRESENTABLE} for a pattern without key
     */
    public ElementString toElementString() {
        return requireIdentifier().toElementString();
    }

    /**
     * Converts to a form and renders it: canonical EPC URI, canonical Digital Link, or bracketed element string.
     *
     * @param target the form
     * @param provider source of company prefix lengths (used for {@link IdentifierForm#EPC_URI} only)
     * @return the converted string
     * @throws InvalidIdentifierException if the conversion is impossible
     */
    public String to(IdentifierForm target, CompanyPrefixProvider provider) {
        return switch (target) {
            case EPC_URI -> toEpcUri(provider).toString();
            case DIGITAL_LINK -> toDigitalLink().toUri();
            case ELEMENT_STRING -> toElementString().toHumanReadable();
        };
    }

    /**
     * Describes the identifier in one line, e.g. for {@code epcis id check}.
     *
     * @return e.g. {@code "EPC URI, sgtin: (01)80614141123458(21)400, company prefix length 7"}
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(switch (form) {
            case EPC_URI -> "EPC URI";
            case DIGITAL_LINK -> "GS1 Digital Link";
            case ELEMENT_STRING -> "GS1 element string";
        });
        if (epcUri != null) {
            sb.append(", ").append(epcUri.kind() == EpcUriKind.PURE_IDENTITY ? "" : epcUri.kind().name()
                    .toLowerCase(java.util.Locale.ROOT) + " ").append(epcUri.scheme().uriName());
        }
        if (identifier != null) {
            sb.append(": ").append(identifier.keyType().name()).append(' ').append(identifier);
            identifier.companyPrefixLength().ifPresent(l -> sb.append(", company prefix length ").append(l));
        } else {
            sb.append(": no single GS1 key");
        }
        return sb.toString();
    }

    private Gs1Identifier requireIdentifier() {
        if (identifier == null) {
            throw new InvalidIdentifierException(IdentifierRule.EPC_NOT_REPRESENTABLE, input, input.trim(),
                    input.indexOf(input.trim()), "this EPC pattern has no GS1 key, so no Digital Link or element string");
        }
        return identifier;
    }

    private InvalidIdentifierException relocated(InvalidIdentifierException e) {
        if (e.input().equals(input)) {
            return e;
        }
        String part = e.offendingPart();
        int pos = part.isEmpty() ? -1 : input.indexOf(part);
        InvalidIdentifierException r = new InvalidIdentifierException(e.rule(), input, part, pos, e.detail());
        r.initCause(e);
        return r;
    }

    /**
     * Compares form and input.
     *
     * @param o another object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ParsedIdentifier p && form == p.form && input.equals(p.input);
    }

    /**
     * Returns a hash of form and input.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(form, input);
    }

    /**
     * Returns {@link #describe()}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return describe();
    }
}
