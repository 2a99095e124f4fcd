package dev.pharmatrace.epcis.xml;

/**
 * How CBV values (business steps, dispositions, ...) are spelled in EPCIS 2.0 XML output. EPCIS 1.2 output always
 * uses URNs, the only form 1.2 knows.
 */
public enum CbvXmlForm {
  /** Keep the spelling read (URN or Web URI); bare words and compact IRIs (from JSON-LD) become URNs. */
  AS_GIVEN,
  /** Always {@code urn:epcglobal:cbv:…}. */
  URN,
  /** Always {@code https://ref.gs1.org/cbv/…}. */
  WEB_URI
}
