package dev.pharmatrace.epcis.model.gs1;

/**
 * The rules an identifier can break. Each rule has a stable {@link #code() code} that appears in error messages
 * and is safe to match on in programs, reports and tests; the enum constant names may change, the codes will not.
 */
public enum IdentifierRule {
    /** The mod-10 check digit of a GS1 key (GTIN, GLN, SSCC, GRAI, GDTI, GSRN, GSIN, ...) is wrong. */
    GS1_CHECK_DIGIT("GS1-CHECK-DIGIT", "check digit"),
    /** A value is shorter or longer than its AI (or EPC component) allows. */
    GS1_LENGTH("GS1-LENGTH", "length"),
    /** A character is outside the character set of its AI: numeric, GS1 AI encodable set 82 or set 39. */
    GS1_CHARSET("GS1-CHARSET", "character set"),
    /** A date (YYMMDD, day 00 allowed only where the AI allows it) or time (HHMM) component is not a real date or time. */
    GS1_DATE("GS1-DATE", "date or time"),
    /** A component breaks a format rule of its AI other than length, character set, check digit and date. */
    GS1_FORMAT("GS1-FORMAT", "AI format"),
    /** An Application Identifier is not in the AI table. */
    GS1_UNKNOWN_AI("GS1-UNKNOWN-AI", "unknown Application Identifier"),
    /** The same AI occurs twice. */
    GS1_DUPLICATE_AI("GS1-DUPLICATE-AI", "duplicate Application Identifier"),
    /** An AI lacks an AI it requires, or occurs with an AI it excludes (GS1 General Specifications 4.13). */
    GS1_AI_PAIRING("GS1-AI-PAIRING", "Application Identifier pairing"),
    /** More than one GS1 Digital Link primary key (e.g. both 00 and 01) where one identifier is expected. */
    GS1_MULTIPLE_KEYS("GS1-MULTIPLE-KEYS", "more than one primary key"),
    /** No GS1 primary key where one identifier is expected. */
    GS1_NO_PRIMARY_KEY("GS1-NO-PRIMARY-KEY", "no primary key"),
    /** An element string is malformed: empty, a bad symbology identifier, bad brackets, no AI where one must be. */
    GS1_ELEMENT_SYNTAX("GS1-ELEMENT-SYNTAX", "element string syntax"),
    /** A fixed-length AI that is not of predefined length is followed by data without an FNC1 (GS) separator. */
    GS1_SEPARATOR("GS1-SEPARATOR", "FNC1 separator"),
    /** An EPC URI is malformed: prefix, number of components, empty component, wildcard placement. */
    EPC_URI_SYNTAX("EPC-URI-SYNTAX", "EPC URI syntax"),
    /** The EPC scheme (e.g. {@code sgtin}) is unknown or not allowed for that URI kind. */
    EPC_UNKNOWN_SCHEME("EPC-UNKNOWN-SCHEME", "unknown EPC scheme"),
    /**
     * The GS1 Company Prefix of an EPC URI is not 6 to 12 digits, or company prefix plus reference do not have the
     * number of digits the scheme requires (SGTIN 13, SSCC 17, SGLN 12, ...).
     */
    EPC_PARTITION("EPC-PARTITION", "EPC partition"),
    /** A percent-escape in an EPC URI is malformed, or a character that must be escaped is not. */
    EPC_ESCAPE("EPC-ESCAPE", "EPC URI escaping"),
    /** The identifier has no EPC URI (or no GS1 key) form, e.g. a GTIN with both lot and serial, or a pattern {@code 0614141.*.*}. */
    EPC_NOT_REPRESENTABLE("EPC-NOT-REPRESENTABLE", "not representable"),
    /** A GS1 Digital Link URI is malformed (scheme, authority, percent-encoding, key without value, qualifier in the query). */
    DL_SYNTAX("DL-SYNTAX", "Digital Link syntax"),
    /** No GS1 primary key (01, 00, 414, ...) found in the path of a Digital Link URI. */
    DL_NO_PRIMARY_KEY("DL-NO-PRIMARY-KEY", "Digital Link primary key"),
    /** Key qualifiers of a Digital Link are not in the order the standard gives (e.g. 21 before 10 after 01). */
    DL_QUALIFIER_ORDER("DL-QUALIFIER-ORDER", "Digital Link qualifier order"),
    /** The GS1 Company Prefix length of a key is needed and neither the input nor the provider knows it. */
    GCP_LENGTH_UNKNOWN("GCP-LENGTH-UNKNOWN", "GS1 Company Prefix length unknown"),
    /** A GS1 Company Prefix length is outside 6..12 or does not fit the key. */
    GCP_LENGTH_INVALID("GCP-LENGTH-INVALID", "GS1 Company Prefix length invalid"),
    /** A string is in none of the supported forms (EPC URI, Digital Link, element string). */
    ID_UNRECOGNISED("ID-UNRECOGNISED", "unrecognised identifier form");

    private final String code;
    private final String title;

    IdentifierRule(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /**
     * Returns the stable code of this rule.
     *
     * @return the code, e.g. {@code "GS1-CHECK-DIGIT"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns a short human-readable title.
     *
     * @return the title, e.g. {@code "check digit"}
     */
    public String title() {
        return title;
    }

    /**
     * Finds a rule by its stable code.
     *
     * @param code a code such as {@code "GS1-LENGTH"}
     * @return the rule
     * @throws IllegalArgumentException if no rule has that code
     */
    public static IdentifierRule ofCode(String code) {
        for (IdentifierRule r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no identifier rule with code " + code);
    }
}
