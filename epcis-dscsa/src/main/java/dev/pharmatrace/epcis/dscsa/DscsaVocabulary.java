package dev.pharmatrace.epcis.dscsa;

import dev.pharmatrace.epcis.model.QualifiedName;

/**
 * The names DSCSA EPCIS documents use beyond EPCIS itself, as the GS1 US guideline "Applying GS1 Standards for
 * DSCSA and Traceability" and its examples spell them: CBV master-data attributes of the product ({@code EPCClass})
 * and location vocabularies, the CBV master-data elements carrying lot and expiry in the commissioning ILMD, and the
 * GS1 US healthcare header elements (guideline version, transaction statement).
 */
public final class DscsaVocabulary {
  private DscsaVocabulary() {}

  /**
   * The CBV master-data namespace as DSCSA documents (EPCIS 1.2 XML) declare it, without a trailing colon: the
   * namespace of the ILMD elements {@code cbvmda:lotNumber} and {@code cbvmda:itemExpirationDate}.
   */
  public static final String CBVMDA_NAMESPACE = "urn:epcglobal:cbv:mda";
  /**
   * The CBV master-data namespace of EPCIS 2.0 (the standard JSON-LD context's {@code cbvmda} prefix, with a trailing
   * colon); used for the ILMD of EPCIS 2.0 documents.
   */
  public static final String CBVMDA_NAMESPACE_2_0 = "urn:epcglobal:cbv:mda:";
  /** The usual prefix of the CBV master-data namespace. */
  public static final String CBVMDA_PREFIX = "cbvmda";
  /** How master-data attribute identifiers start: {@code urn:epcglobal:cbv:mda#} + attribute name. */
  public static final String ATTRIBUTE_PREFIX = "urn:epcglobal:cbv:mda#";

  /** The GS1 US healthcare namespace of the DSCSA header elements. */
  public static final String GS1USHC_NAMESPACE = "http://epcis.gs1us.org/hc/ns";
  /** The usual prefix of the GS1 US healthcare namespace. */
  public static final String GS1USHC_PREFIX = "gs1ushc";

  /** ILMD element name of the lot number, in the 1.2 (DSCSA) form of the namespace. */
  public static final QualifiedName LOT_NUMBER = QualifiedName.of(CBVMDA_NAMESPACE, "lotNumber", CBVMDA_PREFIX);
  /** ILMD element name of the expiry date ({@code xs:date}), in the 1.2 (DSCSA) form of the namespace. */
  public static final QualifiedName ITEM_EXPIRATION_DATE =
      QualifiedName.of(CBVMDA_NAMESPACE, "itemExpirationDate", CBVMDA_PREFIX);

  /** Header element: the version of the GS1 US guideline the document follows. */
  public static final QualifiedName GUIDELINE_VERSION =
      QualifiedName.of(GS1USHC_NAMESPACE, "guidelineVersion", GS1USHC_PREFIX);
  /** Header element holding the DSCSA transaction statement. */
  public static final QualifiedName TRANSACTION_STATEMENT =
      QualifiedName.of(GS1USHC_NAMESPACE, "dscsaTransactionStatement", GS1USHC_PREFIX);
  /** Child of the transaction statement: {@code true} when the seller affirms the statement. */
  public static final QualifiedName AFFIRM_TRANSACTION_STATEMENT =
      QualifiedName.of(GS1USHC_NAMESPACE, "affirmTransactionStatement", GS1USHC_PREFIX);
  /** Child of the transaction statement: the legal notice text. */
  public static final QualifiedName LEGAL_NOTICE = QualifiedName.of(GS1USHC_NAMESPACE, "legalNotice", GS1USHC_PREFIX);

  /** The guideline version written by default. */
  public static final String DEFAULT_GUIDELINE_VERSION = "GS1 US DSCSA R1.3";
  /** The legal notice written by default (as in the GS1 US examples). */
  public static final String DEFAULT_LEGAL_NOTICE =
      "Seller has complied with each applicable subsection of FDCA Sec. 581(27)(A)-(G).";

  // product (EPCClass) master data

  /** Product attribute: an additional identification of the trade item, for DSCSA the NDC. */
  public static final String ADDITIONAL_TRADE_ITEM_IDENTIFICATION = ATTRIBUTE_PREFIX
      + "additionalTradeItemIdentification";
  /** Product attribute: the type of {@link #ADDITIONAL_TRADE_ITEM_IDENTIFICATION}, e.g. {@link #NDC_TYPE_CODE}. */
  public static final String ADDITIONAL_TRADE_ITEM_IDENTIFICATION_TYPE_CODE = ATTRIBUTE_PREFIX
      + "additionalTradeItemIdentificationTypeCode";
  /** Product attribute: the proprietary or established name of the drug. */
  public static final String REGULATED_PRODUCT_NAME = ATTRIBUTE_PREFIX + "regulatedProductName";
  /** Product attribute: the manufacturer's name. */
  public static final String MANUFACTURER_OF_TRADE_ITEM_PARTY_NAME = ATTRIBUTE_PREFIX
      + "manufacturerOfTradeItemPartyName";
  /** Product attribute: the dosage form (e.g. {@code TABLET}). */
  public static final String DOSAGE_FORM_TYPE = ATTRIBUTE_PREFIX + "dosageFormType";
  /** Product attribute: the strength (e.g. {@code 10 mg}). */
  public static final String STRENGTH_DESCRIPTION = ATTRIBUTE_PREFIX + "strengthDescription";
  /** Product attribute: the container size (e.g. {@code 30 tablets}). */
  public static final String NET_CONTENT_DESCRIPTION = ATTRIBUTE_PREFIX + "netContentDescription";

  /**
   * The type code of an NDC in {@link #ADDITIONAL_TRADE_ITEM_IDENTIFICATION_TYPE_CODE}, as the GS1 US DSCSA
   * guideline uses it: the NDC written in its hyphenated 10-digit form.
   */
  public static final String NDC_TYPE_CODE = "US_FDA_NDC";

  // location master data

  /** Location attribute: the party's or site's name. */
  public static final String NAME = ATTRIBUTE_PREFIX + "name";
  /** Location attribute: the first street address line. */
  public static final String STREET_ADDRESS_ONE = ATTRIBUTE_PREFIX + "streetAddressOne";
  /** Location attribute: the second street address line. */
  public static final String STREET_ADDRESS_TWO = ATTRIBUTE_PREFIX + "streetAddressTwo";
  /** Location attribute: the city. */
  public static final String CITY = ATTRIBUTE_PREFIX + "city";
  /** Location attribute: the state or region (US: two-letter code). */
  public static final String STATE = ATTRIBUTE_PREFIX + "state";
  /** Location attribute: the postal code. */
  public static final String POSTAL_CODE = ATTRIBUTE_PREFIX + "postalCode";
  /** Location attribute: the ISO 3166-1 alpha-2 country code. */
  public static final String COUNTRY_CODE = ATTRIBUTE_PREFIX + "countryCode";

  /** The ILMD lot-number name in the given CBV master-data namespace ({@link #CBVMDA_NAMESPACE} or the 2.0 one). */
  public static QualifiedName lotNumber(String cbvmdaNamespace) {
    return QualifiedName.of(cbvmdaNamespace, "lotNumber", CBVMDA_PREFIX);
  }

  /** The ILMD expiry name in the given CBV master-data namespace ({@link #CBVMDA_NAMESPACE} or the 2.0 one). */
  public static QualifiedName itemExpirationDate(String cbvmdaNamespace) {
    return QualifiedName.of(cbvmdaNamespace, "itemExpirationDate", CBVMDA_PREFIX);
  }
}
