package dev.pharmatrace.epcis.model.gs1;

import java.util.Locale;
import java.util.Objects;

/**
 * Facade: detects the form of an identifier string and converts between forms. Intended for the command line
 * ({@code epcis id check VALUE}, {@code epcis id convert VALUE --to urn|dl|ai [--gcp-length N]}) and for code
 * that receives identifiers in any form.
 *
 * <p>Detection: {@code urn:} &rarr; EPC URI; {@code http://} or {@code https://} (any case) &rarr; Digital Link;
 * {@code (}, {@code ]} (symbology identifier), a digit or ASCII 29 &rarr; element string; anything else fails with
 * {@code ID-UNRECOGNISED}. Leading and trailing whitespace is ignored (padded values occur in real files);
 * error positions refer to the untrimmed input.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * Detects the form of a string and parses it.
     *
     * @param value an EPC URI, Digital Link URI or element string
     * @return the parsed identifier
     * @throws InvalidIdentifierException naming the violated rule
     */
    public static ParsedIdentifier parse(String value) {
        Objects.requireNonNull(value, "value");
        String s = value.strip();
        int offset = value.indexOf(s);
        try {
            if (s.isEmpty()) {
                throw new InvalidIdentifierException(IdentifierRule.ID_UNRECOGNISED, s, "", 0, "empty identifier");
            }
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.startsWith("urn:")) {
                EpcUri epc = EpcUri.parse(s);
                Gs1Identifier id = null;
                if (!epc.hasWildcard() || isConvertible(epc)) {
                    id = epc.toGs1Identifier();
                }
                return new ParsedIdentifier(IdentifierForm.EPC_URI, value, epc, null, null, id);
            }
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                DigitalLink dl = DigitalLink.parse(s);
                return new ParsedIdentifier(IdentifierForm.DIGITAL_LINK, value, null, dl, null, dl.identifier());
            }
            char c = s.charAt(0);
            if (c == '(' || c == ']' || c == ElementString.FNC1 || (c >= '0' && c <= '9')) {
                ElementString es = ElementString.parse(s);
                return new ParsedIdentifier(IdentifierForm.ELEMENT_STRING, value, null, null, es, es.toGs1Identifier());
            }
            throw new InvalidIdentifierException(IdentifierRule.ID_UNRECOGNISED, s, s.substring(0, Math.min(8,
                    s.length())), 0, "not an EPC URI (urn:epc:...), GS1 Digital Link (http(s)://...) or element "
                            + "string ((01)... or 01...)");
        } catch (InvalidIdentifierException e) {
            if (offset == 0 && s.length() == value.length()) {
                throw e;
            }
            throw e.relocate(value, offset);
        }
    }

    /**
     * Parses a string and converts it to a form.
     *
     * @param value an identifier in any form
     * @param target the wanted form
     * @param provider company prefix lengths for conversions to EPC URI (ignored otherwise)
     * @return the canonical EPC URI, canonical Digital Link or bracketed element string
     * @throws InvalidIdentifierException naming the violated rule
     */
    public static String convert(String value, IdentifierForm target, CompanyPrefixProvider provider) {
        return parse(value).to(target, provider);
    }

    /**
     * Parses a string and converts it to a form, without company prefix provider: conversion of a Digital Link or
     * element string to an EPC URI then fails with {@code GCP-LENGTH-UNKNOWN}.
     *
     * @param value an identifier in any form
     * @param target the wanted form
     * @return the converted string
     * @throws InvalidIdentifierException naming the violated rule
     */
    public static String convert(String value, IdentifierForm target) {
        return convert(value, target, CompanyPrefixProvider.none());
    }

    /**
     * Tells whether a string is a valid identifier in any form.
     *
     * @param value a string
     * @return true if {@link #parse(String)} accepts it
     */
    public static boolean isValid(String value) {
        try {
            parse(value);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    private static boolean isConvertible(EpcUri epc) {
        try {
            epc.toGs1Identifier();
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }
}
