package dev.pharmatrace.epcis.model.gs1;

import java.util.List;
import java.util.Optional;

/**
 * The GS1 keys that can be the primary key of a GS1 Digital Link URI, with their key qualifiers in the order the
 * GS1 Digital Link standard gives, and where their GS1 Company Prefix sits.
 */
public enum Gs1KeyType {
    /** Serial Shipping Container Code, AI 00 (EPC scheme sscc). */
    SSCC("00", 1, 17),
    /** Global Trade Item Number, AI 01 (sgtin, lgtin, upui); qualifiers 22, 10, 21 or, alternatively, 235. */
    GTIN("01", 1, 13, List.of("22", "10", "21"), List.of("235")),
    /** Global Document Type Identifier, AI 253 (gdti). */
    GDTI("253", 0, 12),
    /** Global Coupon Number, AI 255 (sgcn). */
    GCN("255", 0, 12),
    /** Global Identification Number for Consignment, AI 401 (ginc). */
    GINC("401", 0, -1),
    /** Global Shipment Identification Number, AI 402 (gsin). */
    GSIN("402", 0, 16),
    /** Global Location Number of a physical location, AI 414 (sgln); qualifier 254 or, alternatively, 7040. */
    GLN("414", 0, 12, List.of("254"), List.of("7040")),
    /** GLN of the invoicing party, AI 415; qualifier 8020. No EPC scheme. */
    PAY_TO_GLN("415", 0, 12, List.of("8020")),
    /** Party GLN, AI 417 (pgln); qualifier 7040. */
    PARTY_GLN("417", 0, 12, List.of("7040")),
    /** Global Returnable Asset Identifier, AI 8003 (grai). */
    GRAI("8003", 1, 13),
    /** Global Individual Asset Identifier, AI 8004 (giai); qualifier 7040. */
    GIAI("8004", 0, -1, List.of("7040")),
    /** Individual Trade Item Piece, AI 8006 (itip); qualifiers 22, 10, 21. */
    ITIP("8006", 1, 13, List.of("22", "10", "21")),
    /** Component / Part Identifier, AI 8010 (cpi); qualifier 8011. */
    CPID("8010", 0, -1, List.of("8011")),
    /** Global Model Number, AI 8013. No EPC scheme. */
    GMN("8013", 0, -1),
    /** Global Service Relation Number of the provider, AI 8017 (gsrnp); qualifier 8019. */
    GSRN_PROVIDER("8017", 0, 17, List.of("8019")),
    /** Global Service Relation Number of the recipient, AI 8018 (gsrn); qualifier 8019. */
    GSRN_RECIPIENT("8018", 0, 17, List.of("8019"));

    private final String ai;
    private final int prefixOffset;
    private final int prefixRegionEnd;
    private final List<List<String>> qualifierSequences;

    @SafeVarargs
    Gs1KeyType(String ai, int prefixOffset, int prefixRegionEnd, List<String>... sequences) {
        this.ai = ai;
        this.prefixOffset = prefixOffset;
        this.prefixRegionEnd = prefixRegionEnd;
        this.qualifierSequences = List.of(sequences);
    }

    /**
     * Returns the AI of the key.
     *
     * @return e.g. {@code "01"}
     */
    public String ai() {
        return ai;
    }

    /**
     * Returns the alternative sequences of key qualifiers, each in Digital Link path order. A Digital Link uses
     * an ordered subset of one sequence, e.g. for GTIN {@code 22/10/21}, {@code 10/21}, {@code 21} or {@code 235}.
     *
     * @return the sequences (empty if the key takes no qualifier)
     */
    public List<List<String>> qualifierSequences() {
        return qualifierSequences;
    }

    /**
     * Tells whether an AI is a key qualifier of this key (in any sequence).
     *
     * @param qualifierAi an AI
     * @return true if it may follow this key in a Digital Link path
     */
    public boolean isQualifier(String qualifierAi) {
        for (List<String> seq : qualifierSequences) {
            if (seq.contains(qualifierAi)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the index in the key value where the GS1 Company Prefix starts: 1 for GTIN, SSCC, GRAI and ITIP
     * (after the indicator digit, extension digit or leading zero), else 0.
     *
     * @return the offset
     */
    public int companyPrefixOffset() {
        return prefixOffset;
    }

    /**
     * Returns the digits of a key value that hold the GS1 Company Prefix and the reference after it: from
     * {@link #companyPrefixOffset()} up to (excluding) the check digit, or for GIAI, GINC, CPID and GMN the leading
     * run of digits. This is the string a {@link CompanyPrefixProvider} is asked about.
     *
     * @param keyValue the value of the key AI, e.g. a 14-digit GTIN
     * @return e.g. {@code "0614141123458"} minus the check digit, i.e. {@code "061414112345"} for GTIN
     *     {@code 80614141123458}
     */
    public String companyPrefixDigits(String keyValue) {
        if (prefixRegionEnd >= 0) {
            int end = Math.min(prefixRegionEnd, keyValue.length());
            return keyValue.substring(Math.min(prefixOffset, end), end);
        }
        int end = prefixOffset;
        while (end < keyValue.length() && keyValue.charAt(end) >= '0' && keyValue.charAt(end) <= '9') {
            end++;
        }
        return keyValue.substring(prefixOffset, end);
    }

    /**
     * Finds the key type of an AI.
     *
     * @param ai AI digits
     * @return the key type, or empty if the AI is not a Digital Link primary key
     */
    public static Optional<Gs1KeyType> forAi(String ai) {
        for (Gs1KeyType t : values()) {
            if (t.ai.equals(ai)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
