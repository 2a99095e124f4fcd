package dev.pharmatrace.epcis.model.gs1;

import dev.pharmatrace.epcis.model.gs1.internal.AiPairing;
import dev.pharmatrace.epcis.model.gs1.internal.ElementStringParser;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A GS1 element string: a sequence of AI elements as carried by a GS1 DataMatrix, GS1-128, GS1 QR Code or GS1
 * DataBar symbol.
 *
 * <p>{@link #parse(String)} reads
 * <ul>
 *   <li>the bracketed human-readable form {@code (01)09506000134352(17)201225(10)ABC(21)123}; a literal
 *       {@code (} inside data is written {@code \(};</li>
 *   <li>the raw form a scanner transmits, {@code 01095060001343521720122510ABC<GS>21123}, where FNC1 is ASCII 29
 *       (GS) and AIs of predefined length (00, 01, 02, 11-20, 31-36, 41n) need no separator;</li>
 *   <li>either form preceded by a GS1 symbology identifier {@code ]d2} (DataMatrix), {@code ]C1} (GS1-128),
 *       {@code ]Q3} (QR Code), {@code ]e0} (DataBar) or {@code ]J1} (DotCode).</li>
 * </ul>
 * Every value is validated against the AI table (length, character set, check digit, dates); unknown AIs are
 * rejected with the AI named; no AI may repeat; required and excluded AI pairings are enforced.
 *
 * @param elements the elements in order
 */
public record ElementString(List<AiElement> elements) {

    /** The FNC1 separator as transmitted by scanners: ASCII 29 (GS). */
    public static final char FNC1 = ElementStringParser.GS;

    /**
     * Validates the elements: at least one, no duplicate AI, pairings respected.
     *
     * @param elements the elements in order
     * @throws InvalidIdentifierException with {@code GS1-ELEMENT-SYNTAX}, {@code GS1-DUPLICATE-AI} or
     *     {@code GS1-AI-PAIRING}
     */
    public ElementString {
        elements = List.copyOf(elements);
        String hri = elements.stream().map(AiElement::toString).collect(Collectors.joining());
        if (elements.isEmpty()) {
            throw new InvalidIdentifierException(IdentifierRule.GS1_ELEMENT_SYNTAX, "", "", 0, "no element");
        }
        AiPairing.check(elements, hri, null);
    }

    /**
     * Parses an element string in bracketed or raw (FNC1) form, with or without symbology identifier.
     *
     * @param s the input
     * @return the element string
     * @throws InvalidIdentifierException naming the rule and locating the offending part in {@code s}
     */
    public static ElementString parse(String s) {
        ElementStringParser.Result r = ElementStringParser.parse(s);
        AiPairing.check(r.elements(), s, r.positions());
        return new ElementString(r.elements());
    }

    /**
     * Creates an element string from elements.
     *
     * @param elements the elements in order
     * @return the element string
     */
    public static ElementString of(List<AiElement> elements) {
        return new ElementString(elements);
    }

    /**
     * Creates an element string from elements.
     *
     * @param elements the elements in order
     * @return the element string
     */
    public static ElementString of(AiElement... elements) {
        return new ElementString(Arrays.asList(elements));
    }

    /**
     * Returns the value of an AI if present.
     *
     * @param ai AI digits
     * @return the value or empty
     */
    public Optional<String> value(String ai) {
        return elements.stream().filter(e -> e.ai().equals(ai)).map(AiElement::value).findFirst();
    }

    /**
     * Returns the bracketed human-readable form; {@code (} inside data is escaped as {@code \(}.
     *
     * @return e.g. {@code (01)09506000134352(17)201225(10)ABC(21)123}
     */
    public String toHumanReadable() {
        StringBuilder sb = new StringBuilder();
        for (AiElement e : elements) {
            sb.append('(').append(e.ai()).append(')').append(e.value().replace("(", "\\("));
        }
        return sb.toString();
    }

    /**
     * Returns the raw data as encoded in a symbol and transmitted by a scanner, without symbology identifier:
     * AIs and values concatenated, with an FNC1 (ASCII 29) after every element that is not of predefined length
     * and not last.
     *
     * @return the FNC1 form
     */
    public String toFnc1String() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            AiElement e = elements.get(i);
            sb.append(e.ai()).append(e.value());
            if (i < elements.size() - 1 && e.definition().requiresFnc1()) {
                sb.append(FNC1);
            }
        }
        return sb.toString();
    }

    /**
     * Returns the FNC1 form preceded by a symbology identifier, as a scanner with symbology identifiers
     * enabled transmits it.
     *
     * @param symbologyIdentifier e.g. {@code "]d2"} for GS1 DataMatrix
     * @return the transmitted data
     */
    public String toFnc1String(String symbologyIdentifier) {
        return symbologyIdentifier + toFnc1String();
    }

    /**
     * Returns the common representation (primary key, qualifiers, data attributes).
     *
     * @return the identifier
     * @throws InvalidIdentifierException with {@code GS1-NO-PRIMARY-KEY} or {@code GS1-MULTIPLE-KEYS}
     */
    public Gs1Identifier toGs1Identifier() {
        return Gs1Identifier.of(elements);
    }

    /**
     * Returns the bracketed human-readable form.
     *
     * @return see {@link #toHumanReadable()}
     */
    @Override
    public String toString() {
        return toHumanReadable();
    }
}
