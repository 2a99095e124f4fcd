package dev.pharmatrace.epcis.connectors;

/** HTTP header names of the EPCIS 2.0 REST bindings, as partners' capture interfaces send and expect them. */
public final class EpcisHttpHeaders {
  private EpcisHttpHeaders() {}

  /** The EPCIS version of a request or response, e.g. {@code 2.0.0}. */
  public static final String EPCIS_VERSION = "GS1-EPCIS-Version";
  /** The CBV version of a request or response. */
  public static final String CBV_VERSION = "GS1-CBV-Version";
  /** {@code rollback} (default), {@code proceed} or {@code all}. */
  public static final String CAPTURE_ERROR_BEHAVIOUR = "GS1-Capture-Error-Behaviour";
  /** Extension namespaces, as {@code prefix=namespace} pairs. */
  public static final String EXTENSIONS = "GS1-Extensions";
  /** The most events a capture call accepts. */
  public static final String CAPTURE_LIMIT = "GS1-EPCIS-Capture-Limit";
  /** The largest capture body accepted, in bytes. */
  public static final String CAPTURE_FILE_SIZE_LIMIT = "GS1-EPCIS-Capture-File-Size-Limit";
  /** The identifier format a client prefers: {@code Always_GS1_Digital_Link}, {@code Always_EPC_URN}, ... */
  public static final String EPC_FORMAT = "GS1-EPC-Format";
  /** The CBV value format a client prefers in XML: {@code Always_Web_URI}, {@code Always_URN}, ... */
  public static final String CBV_XML_FORMAT = "GS1-CBV-XML-Format";
}
