package dev.pharmatrace.epcis.model.gs1;

import java.util.Optional;

/**
 * EPC schemes of the GS1 Tag Data Standard that correspond to GS1 keys, with the GS1 key behind each and the
 * partition rule: the number of digits of GS1 Company Prefix plus reference.
 */
public enum EpcScheme {
    /** Serialised GTIN: {@code CompanyPrefix.IndicatorItemRef.Serial}; GCP + indicator/item reference = 13 digits. AIs 01 + 21. */
    SGTIN("sgtin", Gs1KeyType.GTIN, 13, 3),
    /** SSCC: {@code CompanyPrefix.ExtensionSerialRef}; 17 digits. AI 00. */
    SSCC("sscc", Gs1KeyType.SSCC, 17, 2),
    /** GLN with extension: {@code CompanyPrefix.LocationRef.Extension}; 12 digits; extension {@code 0} = none. AIs 414 (+ 254). */
    SGLN("sgln", Gs1KeyType.GLN, 12, 3),
    /** GRAI: {@code CompanyPrefix.AssetType.Serial}; 12 digits. AI 8003. */
    GRAI("grai", Gs1KeyType.GRAI, 12, 3),
    /** GIAI: {@code CompanyPrefix.IndividualAssetRef}; at most 30 characters in all. AI 8004. */
    GIAI("giai", Gs1KeyType.GIAI, -1, 2),
    /** GSRN of a recipient: {@code CompanyPrefix.ServiceRef}; 17 digits. AI 8018. */
    GSRN("gsrn", Gs1KeyType.GSRN_RECIPIENT, 17, 2),
    /** GSRN of a provider: {@code CompanyPrefix.ServiceRef}; 17 digits. AI 8017. */
    GSRNP("gsrnp", Gs1KeyType.GSRN_PROVIDER, 17, 2),
    /** GDTI: {@code CompanyPrefix.DocumentType.Serial}; 12 digits. AI 253. */
    GDTI("gdti", Gs1KeyType.GDTI, 12, 3),
    /** Component/part identifier: {@code CompanyPrefix.CPRef.Serial}; at most 30 characters. AIs 8010 + 8011. */
    CPI("cpi", Gs1KeyType.CPID, -1, 3),
    /** Serialised GCN: {@code CompanyPrefix.CouponRef.Serial}; 12 digits. AI 255. */
    SGCN("sgcn", Gs1KeyType.GCN, 12, 3),
    /** GINC: {@code CompanyPrefix.ConsignmentRef}; at most 30 characters. AI 401. */
    GINC("ginc", Gs1KeyType.GINC, -1, 2),
    /** GSIN: {@code CompanyPrefix.ShipperRef}; 16 digits. AI 402. */
    GSIN("gsin", Gs1KeyType.GSIN, 16, 2),
    /** Individual trade item piece: {@code CompanyPrefix.IndicatorItemRef.Piece.Total.Serial}; 13 digits. AIs 8006 + 21. */
    ITIP("itip", Gs1KeyType.ITIP, 13, 5),
    /** Unit pack identifier: {@code CompanyPrefix.IndicatorItemRef.TPX}; 13 digits. AIs 01 + 235. */
    UPUI("upui", Gs1KeyType.GTIN, 13, 3),
    /** Party GLN: {@code CompanyPrefix.PartyRef}; 12 digits. AI 417. */
    PGLN("pgln", Gs1KeyType.PARTY_GLN, 12, 2),
    /** EPC class GTIN + lot ({@code urn:epc:class:lgtin:CompanyPrefix.IndicatorItemRef.Lot}); 13 digits. AIs 01 + 10. */
    LGTIN("lgtin", Gs1KeyType.GTIN, 13, 3);

    private final String uriName;
    private final Gs1KeyType keyType;
    private final int digitSum;
    private final int componentCount;

    EpcScheme(String uriName, Gs1KeyType keyType, int digitSum, int componentCount) {
        this.uriName = uriName;
        this.keyType = keyType;
        this.digitSum = digitSum;
        this.componentCount = componentCount;
    }

    /**
     * Returns the scheme name as written in the URI.
     *
     * @return e.g. {@code "sgtin"}
     */
    public String uriName() {
        return uriName;
    }

    /**
     * Returns the GS1 key type behind the scheme.
     *
     * @return the key type
     */
    public Gs1KeyType keyType() {
        return keyType;
    }

    /**
     * Returns the number of digits of company prefix plus reference that the partition rule demands.
     *
     * @return the digit count, or -1 for GIAI, GINC and CPI (variable, at most 30 characters in all)
     */
    public int partitionDigits() {
        return digitSum;
    }

    /**
     * Returns the number of dot-separated components of the URI body.
     *
     * @return e.g. 3 for sgtin
     */
    public int componentCount() {
        return componentCount;
    }

    /**
     * Tells whether the scheme is used with a kind of URI: {@code lgtin} with {@link EpcUriKind#CLASS} only,
     * every other scheme with {@link EpcUriKind#PURE_IDENTITY} and {@link EpcUriKind#PATTERN}.
     *
     * @param kind a kind
     * @return true if {@code urn:epc:<kind>:<scheme>} exists
     */
    public boolean supports(EpcUriKind kind) {
        return this == LGTIN ? kind == EpcUriKind.CLASS : kind != EpcUriKind.CLASS;
    }

    /**
     * Finds a scheme by URI name for a kind.
     *
     * @param kind the URI kind
     * @param uriName the scheme name, e.g. {@code "sgtin"}
     * @return the scheme, or empty
     */
    public static Optional<EpcScheme> find(EpcUriKind kind, String uriName) {
        for (EpcScheme s : values()) {
            if (s.uriName.equals(uriName) && s.supports(kind)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
