package dev.pharmatrace.epcis.model;

/** The kinds of EPCIS document. */
public enum DocumentType {
  /** {@code EPCISDocument}: events sent from one party to another (capture, shipment notices). */
  EPCIS_DOCUMENT("EPCISDocument"),
  /** {@code EPCISQueryDocument}: the results of a query. */
  EPCIS_QUERY_DOCUMENT("EPCISQueryDocument"),
  /** {@code EPCISMasterDataDocument}: master data only. */
  EPCIS_MASTER_DATA_DOCUMENT("EPCISMasterDataDocument");

  private final String localName;

  DocumentType(String localName) {
    this.localName = localName;
  }

  /** The root element / JSON-LD {@code type} name. */
  public String localName() {
    return localName;
  }
}
