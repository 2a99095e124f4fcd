package dev.pharmatrace.epcis.model.gs1;

import dev.pharmatrace.epcis.model.gs1.internal.AiPairing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The common parsed representation of a GS1 identifier behind the three forms (EPC URI, Digital Link, element
 * string): a primary key, its key qualifiers in Digital Link order, and data attributes in input order.
 *
 * <p>Example: {@code (01)80614141123458(21)400} has key type {@link Gs1KeyType#GTIN}, primary key
 * {@code (01)80614141123458}, qualifier {@code (21)400} and no data attribute.
 *
 * <p>An identifier may also carry the length of its GS1 Company Prefix when the input stated it (an EPC URI
 * does). That length is a hint for conversion to EPC URIs, not part of the identifier's value: {@link #equals}
 * and {@link #hashCode} ignore it, so {@code urn:epc:id:sgtin:0614141.812345.6789} and
 * {@code https://id.gs1.org/01/80614141123458/21/6789} give equal identifiers.
 */
public final class Gs1Identifier {

    private final Gs1KeyType keyType;
    private final List<AiElement> path;
    private final List<AiElement> attributes;
    private final int companyPrefixLength;

    private Gs1Identifier(Gs1KeyType keyType, List<AiElement> path, List<AiElement> attributes, int gcpLength) {
        this.keyType = keyType;
        this.path = List.copyOf(path);
        this.attributes = List.copyOf(attributes);
        this.companyPrefixLength = gcpLength;
    }

    /**
     * Creates an identifier from elements in any order: exactly one must be a Digital Link primary key; qualifiers
     * of that key are put in Digital Link order; the other elements become data attributes in their given order.
     *
     * @param elements the elements
     * @return the identifier
     * @throws InvalidIdentifierException with {@code GS1-NO-PRIMARY-KEY}, {@code GS1-MULTIPLE-KEYS},
     *     {@code GS1-DUPLICATE-AI} or {@code GS1-AI-PAIRING} (including qualifiers from two alternative
     *     sequences, e.g. 21 with 235)
     */
    public static Gs1Identifier of(List<AiElement> elements) {
        String input = elements.stream().map(AiElement::toString).collect(Collectors.joining());
        AiPairing.check(elements, input, null);
        AiElement key = null;
        for (AiElement e : elements) {
            if (Gs1KeyType.forAi(e.ai()).isPresent()) {
                if (key != null) {
                    throw new InvalidIdentifierException(IdentifierRule.GS1_MULTIPLE_KEYS, input, e.toString(),
                            input.indexOf(e.toString()), "both (" + key.ai() + ") and (" + e.ai()
                                    + ") are primary keys; one identifier has one primary key");
                }
                key = e;
            }
        }
        if (key == null) {
            throw new InvalidIdentifierException(IdentifierRule.GS1_NO_PRIMARY_KEY, input, input, 0,
                    "no GS1 primary key (00, 01, 253, 255, 401, 402, 414, 415, 417, 8003, 8004, 8006, 8010, 8013, "
                            + "8017, 8018)");
        }
        Gs1KeyType type = Gs1KeyType.forAi(key.ai()).orElseThrow();
        List<String> best = List.of();
        int bestCount = 0;
        for (List<String> seq : type.qualifierSequences()) {
            int count = (int) elements.stream().filter(e -> seq.contains(e.ai())).count();
            if (count > bestCount) {
                best = seq;
                bestCount = count;
            }
        }
        List<AiElement> path = new ArrayList<>();
        path.add(key);
        for (String q : best) {
            elements.stream().filter(e -> e.ai().equals(q)).findFirst().ifPresent(path::add);
        }
        List<AiElement> attrs = new ArrayList<>();
        for (AiElement e : elements) {
            if (e == key || path.contains(e)) {
                continue;
            }
            if (type.isQualifier(e.ai())) {
                throw new InvalidIdentifierException(IdentifierRule.GS1_AI_PAIRING, input, e.toString(),
                        input.indexOf(e.toString()), "key qualifier (" + e.ai() + ") cannot be combined with "
                                + best.stream().filter(q -> path.stream().anyMatch(p -> p.ai().equals(q)))
                                        .map(q -> "(" + q + ")").collect(Collectors.joining(", "))
                                + " on key (" + key.ai() + ")");
            }
            attrs.add(e);
        }
        return new Gs1Identifier(type, path, attrs, 0);
    }

    /**
     * Creates an identifier from elements in any order; see {@link #of(List)}.
     *
     * @param elements the elements
     * @return the identifier
     * @throws InvalidIdentifierException as {@link #of(List)}
     */
    public static Gs1Identifier of(AiElement... elements) {
        return of(Arrays.asList(elements));
    }

    /**
     * Returns the type of the primary key.
     *
     * @return e.g. {@link Gs1KeyType#GTIN}
     */
    public Gs1KeyType keyType() {
        return keyType;
    }

    /**
     * Returns the primary key element.
     *
     * @return e.g. {@code (01)80614141123458}
     */
    public AiElement primaryKey() {
        return path.get(0);
    }

    /**
     * Returns the key qualifiers in Digital Link order.
     *
     * @return e.g. {@code [(10)ABC, (21)400]}; empty if none
     */
    public List<AiElement> qualifiers() {
        return path.subList(1, path.size());
    }

    /**
     * Returns the primary key followed by its qualifiers: the Digital Link path.
     *
     * @return the key elements
     */
    public List<AiElement> keyElements() {
        return path;
    }

    /**
     * Returns the data attributes (AIs that are neither the key nor its qualifiers) in input order.
     *
     * @return e.g. {@code [(17)201225]}; empty if none
     */
    public List<AiElement> dataAttributes() {
        return attributes;
    }

    /**
     * Returns all elements: key, qualifiers, then data attributes.
     *
     * @return the elements
     */
    public List<AiElement> elements() {
        List<AiElement> all = new ArrayList<>(path);
        all.addAll(attributes);
        return Collections.unmodifiableList(all);
    }

    /**
     * Returns the value of an AI if present.
     *
     * @param ai AI digits
     * @return the value, or empty
     */
    public Optional<String> value(String ai) {
        for (AiElement e : path) {
            if (e.ai().equals(ai)) {
                return Optional.of(e.value());
            }
        }
        for (AiElement e : attributes) {
            if (e.ai().equals(ai)) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the GS1 Company Prefix length the input carried, if any.
     *
     * @return the length (6..12) or empty
     */
    public OptionalInt companyPrefixLength() {
        return companyPrefixLength == 0 ? OptionalInt.empty() : OptionalInt.of(companyPrefixLength);
    }

    /**
     * Returns a copy that carries a GS1 Company Prefix length.
     *
     * @param length the length, 6..12, fitting the key
     * @return the copy
     * @throws InvalidIdentifierException with {@code GCP-LENGTH-INVALID} if the length does not fit the key
     */
    public Gs1Identifier withCompanyPrefixLength(int length) {
        String digits = keyType.companyPrefixDigits(primaryKey().value());
        if (length < 6 || length > 12 || length > digits.length()) {
            throw new InvalidIdentifierException(IdentifierRule.GCP_LENGTH_INVALID, primaryKey().toString(),
                    primaryKey().value(), -1, "GS1 Company Prefix length " + length + " does not fit key "
                            + primaryKey() + " (6 to 12 digits, at most " + digits.length() + " here)");
        }
        return new Gs1Identifier(keyType, path, attributes, length);
    }

    /**
     * Returns a copy without the GS1 Company Prefix length hint.
     *
     * @return the copy
     */
    public Gs1Identifier withoutCompanyPrefixLength() {
        return new Gs1Identifier(keyType, path, attributes, 0);
    }

    /**
     * Returns a copy without data attributes (e.g. to get the EPC of a Digital Link that carries an expiry date).
     *
     * @return the copy, keeping key, qualifiers and company prefix length
     */
    public Gs1Identifier withoutDataAttributes() {
        return new Gs1Identifier(keyType, path, List.of(), companyPrefixLength);
    }

    /**
     * Returns the element string of this identifier (key, qualifiers, attributes).
     *
     * @return the element string
     */
    public ElementString toElementString() {
        return ElementString.of(elements());
    }

    /**
     * Returns the canonical Digital Link ({@code https://id.gs1.org/...}).
     *
     * @return the Digital Link
     */
    public DigitalLink toDigitalLink() {
        return DigitalLink.of(this);
    }

    /**
     * Returns the EPC URI, using the company prefix length carried by this identifier.
     *
     * @return the EPC URI
     * @throws InvalidIdentifierException with {@code GCP-LENGTH-UNKNOWN} if no length is carried, or
     *     {@code EPC-NOT-REPRESENTABLE}
     */
    public EpcUri toEpcUri() {
        return EpcUri.from(this, CompanyPrefixProvider.none());
    }

    /**
     * Returns the EPC URI; the company prefix length comes from this identifier if it carries one, else from the
     * provider.
     *
     * @param provider source of company prefix lengths
     * @return the EPC URI
     * @throws InvalidIdentifierException with {@code GCP-LENGTH-UNKNOWN}, {@code GCP-LENGTH-INVALID} or
     *     {@code EPC-NOT-REPRESENTABLE}
     */
    public EpcUri toEpcUri(CompanyPrefixProvider provider) {
        return EpcUri.from(this, provider);
    }

    /**
     * Compares key type, key elements and data attributes; ignores the company prefix length hint.
     *
     * @param o another object
     * @return true if equal by value
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Gs1Identifier other && keyType == other.keyType && path.equals(other.path)
                && attributes.equals(other.attributes);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(keyType, path, attributes);
    }

    /**
     * Returns the human-readable element string.
     *
     * @return e.g. {@code (01)80614141123458(21)400}
     */
    @Override
    public String toString() {
        return elements().stream().map(AiElement::toString).collect(Collectors.joining());
    }
}
