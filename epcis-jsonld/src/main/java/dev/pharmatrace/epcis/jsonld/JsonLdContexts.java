package dev.pharmatrace.epcis.jsonld;

/** Well-known JSON-LD context URLs and media types of EPCIS 2.0. */
public final class JsonLdContexts {
  private JsonLdContexts() {}

  /** The ratified EPCIS 2.0 context. */
  public static final String EPCIS_2_0_0 = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
  /** The unversioned EPCIS context URL some implementations write. */
  public static final String EPCIS_UNVERSIONED = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld";
  /** The development copy of the EPCIS context on GitHub Pages. */
  public static final String EPCIS_GITHUB = "https://gs1.github.io/EPCIS/epcis-context.jsonld";
  /** Media type of JSON-LD. */
  public static final String MEDIA_TYPE_JSON_LD = "application/ld+json";
  /** Media type of plain JSON. */
  public static final String MEDIA_TYPE_JSON = "application/json";
}
