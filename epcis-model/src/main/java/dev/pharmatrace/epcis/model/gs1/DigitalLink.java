package dev.pharmatrace.epcis.model.gs1;

import dev.pharmatrace.epcis.model.gs1.internal.DigitalLinkParser;
import dev.pharmatrace.epcis.model.gs1.internal.PercentCodec;
import java.util.List;
import java.util.Objects;

/**
 * A GS1 Digital Link URI (uncompressed form): a stem (scheme, domain and optional path prefix), the primary key
 * and its qualifiers as path segments, and data attributes as query parameters, e.g.
 * {@code https://example.com/some/path/01/09506000134352/10/ABC/21/123?17=201225}.
 *
 * <p>Parsing accepts any http or https domain and path prefix, GTIN-8/12/13 (normalised to 14 digits) and
 * percent-encoded values; it rejects qualifiers out of order or placed in the query, unknown AIs and invalid
 * values (check digits, lengths, character sets). Query parameters whose name is not numeric (e.g.
 * {@code linkType}) are kept in {@link #otherQueryParameters()} but are not part of the identifier; a fragment
 * is ignored.
 *
 * <p>Output percent-encodes every character except letters, digits and {@code - . _}; GTINs are written with
 * 14 digits. {@link #toCanonical()} moves the link to {@value #CANONICAL_STEM} and drops non-GS1 parameters.
 *
 * @param stem scheme, domain and optional path prefix, without trailing slash, e.g. {@code https://id.gs1.org}
 * @param identifier the identifier
 * @param otherQueryParameters raw query parameters that are not GS1 AIs, in order
 */
public record DigitalLink(String stem, Gs1Identifier identifier, List<String> otherQueryParameters) {

    /** The stem of the canonical GS1 Digital Link: GS1's resolver. */
    public static final String CANONICAL_STEM = "https://id.gs1.org";

    /**
     * Validates the stem and copies the parameters.
     *
     * @param stem scheme, domain and optional path prefix, without trailing slash, e.g. {@code https://id.gs1.org}
     * @param identifier the identifier
     * @param otherQueryParameters raw query parameters that are not GS1 AIs, in order
     * @throws InvalidIdentifierException with {@code DL-SYNTAX} if the stem is not an http(s) URI without query
     *     and fragment
     */
    public DigitalLink {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(identifier, "identifier");
        while (stem.endsWith("/")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        String lower = stem.toLowerCase(java.util.Locale.ROOT);
        int authStart = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (authStart < 0 || stem.length() == authStart || stem.indexOf('?') >= 0 || stem.indexOf('#') >= 0
                || stem.charAt(authStart) == '/') {
            throw new InvalidIdentifierException(IdentifierRule.DL_SYNTAX, stem, stem, 0,
                    "a Digital Link stem is http(s)://domain[/path] without query or fragment");
        }
        otherQueryParameters = List.copyOf(otherQueryParameters);
    }

    /**
     * Parses a Digital Link URI.
     *
     * @param uri the URI
     * @return the Digital Link
     * @throws InvalidIdentifierException naming the rule ({@code DL-SYNTAX}, {@code DL-NO-PRIMARY-KEY},
     *     {@code DL-QUALIFIER-ORDER}, {@code GS1-CHECK-DIGIT}, {@code GS1-LENGTH}, {@code GS1-CHARSET},
     *     {@code GS1-UNKNOWN-AI}, ...) and locating the offending part in {@code uri}
     */
    public static DigitalLink parse(String uri) {
        return DigitalLinkParser.parse(uri);
    }

    /**
     * Returns the canonical Digital Link of an identifier, on {@value #CANONICAL_STEM}.
     *
     * @param identifier the identifier
     * @return the Digital Link
     */
    public static DigitalLink of(Gs1Identifier identifier) {
        return new DigitalLink(CANONICAL_STEM, identifier, List.of());
    }

    /**
     * Returns the Digital Link of an identifier on another domain and path prefix.
     *
     * @param stem e.g. {@code https://example.com/some/path}
     * @param identifier the identifier
     * @return the Digital Link
     */
    public static DigitalLink of(String stem, Gs1Identifier identifier) {
        return new DigitalLink(stem, identifier, List.of());
    }

    /**
     * Returns this link moved to {@value #CANONICAL_STEM}, without non-GS1 query parameters.
     *
     * @return the canonical Digital Link
     */
    public DigitalLink toCanonical() {
        return of(identifier);
    }

    /**
     * Tells whether this link is in canonical form.
     *
     * @return true if on {@value #CANONICAL_STEM} without non-GS1 query parameters
     */
    public boolean isCanonical() {
        return stem.equals(CANONICAL_STEM) && otherQueryParameters.isEmpty();
    }

    /**
     * Returns the URI.
     *
     * @return e.g. {@code https://id.gs1.org/01/09506000134352/21/123?17=201225}
     */
    public String toUri() {
        StringBuilder sb = new StringBuilder(stem);
        for (AiElement e : identifier.keyElements()) {
            sb.append('/').append(e.ai()).append('/').append(PercentCodec.encodeDl(e.value()));
        }
        char sep = '?';
        for (AiElement e : identifier.dataAttributes()) {
            sb.append(sep).append(e.ai()).append('=').append(PercentCodec.encodeDl(e.value()));
            sep = '&';
        }
        for (String p : otherQueryParameters) {
            sb.append(sep).append(p);
            sep = '&';
        }
        return sb.toString();
    }

    /**
     * Returns the URI.
     *
     * @return see {@link #toUri()}
     */
    @Override
    public String toString() {
        return toUri();
    }
}
