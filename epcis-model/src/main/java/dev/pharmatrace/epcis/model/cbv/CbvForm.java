package dev.pharmatrace.epcis.model.cbv;

/** The spelling of a CBV value, as read or as to be written. */
public enum CbvForm {
  /** The bare word, e.g. {@code shipping}: the EPCIS 2.0 JSON-LD form of a standard value. */
  BARE_WORD,
  /** The URN, e.g. {@code urn:epcglobal:cbv:bizstep:shipping}: the EPCIS 1.2 XML form (also valid in 2.0 XML). */
  URN,
  /** The Web URI, e.g. {@code https://ref.gs1.org/cbv/BizStep-shipping}: valid in EPCIS 2.0 XML. */
  WEB_URI,
  /** A compact IRI, e.g. {@code cbv:BizStep-shipping} or {@code gs1:Temperature}. */
  CURIE,
  /** A value outside the standard vocabulary: a user-defined URI (or, leniently read, a bare non-standard word). */
  CUSTOM
}
