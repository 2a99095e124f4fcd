package dev.pharmatrace.epcis.xml;

/** The XML namespaces of EPCIS 2.0 and 1.2 documents and of the headers and extensions they commonly carry. */
public final class EpcisXmlNamespaces {
  private EpcisXmlNamespaces() {}

  /** EPCIS 2.0 core ({@code EPCISDocument}, events). */
  public static final String EPCIS_2_0 = "urn:epcglobal:epcis:xsd:2";
  /** EPCIS 2.0 query ({@code EPCISQueryDocument}). */
  public static final String EPCIS_QUERY_2_0 = "urn:epcglobal:epcis-query:xsd:2";
  /** EPCIS 2.0 master data ({@code EPCISMasterDataDocument}). */
  public static final String EPCIS_MASTER_DATA_2_0 = "urn:epcglobal:epcis-masterdata:xsd:2";
  /** EPCIS 1.x core. */
  public static final String EPCIS_1_2 = "urn:epcglobal:epcis:xsd:1";
  /** EPCIS 1.x query. */
  public static final String EPCIS_QUERY_1_2 = "urn:epcglobal:epcis-query:xsd:1";
  /** EPCIS 1.x master data. */
  public static final String EPCIS_MASTER_DATA_1_2 = "urn:epcglobal:epcis-masterdata:xsd:1";
  /** EPCglobal base types ({@code epcglobal:Document}). */
  public static final String EPCGLOBAL = "urn:epcglobal:xsd:1";
  /** The Standard Business Document Header. */
  public static final String SBDH = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader";
  /** CBV master-data attributes and ILMD fields as declared in DSCSA documents (no trailing colon). */
  public static final String CBV_MDA = "urn:epcglobal:cbv:mda";
  /** GS1 US healthcare extensions (DSCSA transaction statement, guideline version). */
  public static final String GS1_US_HEALTHCARE = "http://epcis.gs1us.org/hc/ns";
  /** XML Schema instance ({@code xsi:type}, {@code xsi:nil}). */
  public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
}
