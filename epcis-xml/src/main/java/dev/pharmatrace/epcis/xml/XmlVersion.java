package dev.pharmatrace.epcis.xml;

/** The EPCIS XML syntaxes this module reads and writes. */
public enum XmlVersion {
  /** EPCIS 1.2 ({@code urn:epcglobal:epcis:xsd:1}); also read for documents declaring schemaVersion 1.0 or 1.1. */
  V1_2("1.2", EpcisXmlNamespaces.EPCIS_1_2, EpcisXmlNamespaces.EPCIS_QUERY_1_2,
      EpcisXmlNamespaces.EPCIS_MASTER_DATA_1_2),
  /** EPCIS 2.0 ({@code urn:epcglobal:epcis:xsd:2}). */
  V2_0("2.0", EpcisXmlNamespaces.EPCIS_2_0, EpcisXmlNamespaces.EPCIS_QUERY_2_0,
      EpcisXmlNamespaces.EPCIS_MASTER_DATA_2_0);

  private final String schemaVersion;
  private final String namespace;
  private final String queryNamespace;
  private final String masterDataNamespace;

  XmlVersion(String schemaVersion, String namespace, String queryNamespace, String masterDataNamespace) {
    this.schemaVersion = schemaVersion;
    this.namespace = namespace;
    this.queryNamespace = queryNamespace;
    this.masterDataNamespace = masterDataNamespace;
  }

  /** The {@code schemaVersion} this syntax writes. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** The core namespace. */
  public String namespace() {
    return namespace;
  }

  /** The query namespace. */
  public String queryNamespace() {
    return queryNamespace;
  }

  /** The master-data namespace. */
  public String masterDataNamespace() {
    return masterDataNamespace;
  }

  /** The version for a command-line spelling: {@code 1.2} or {@code 2.0} (also {@code 1}, {@code 2}). */
  public static XmlVersion parse(String value) {
    return switch (value.strip()) {
      case "1.2", "1", "1.x" -> V1_2;
      case "2.0", "2", "2.0.0" -> V2_0;
      default -> throw new IllegalArgumentException("unknown EPCIS version '" + value + "': use 1.2 or 2.0");
    };
  }
}
