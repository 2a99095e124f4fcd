package dev.pharmatrace.epcis.model.cbv;

import java.util.Optional;

/**
 * The CBV 2.0 vocabularies this library knows, with the prefixes of their three spellings.
 *
 * <p>A standard value has a bare word (JSON-LD form, e.g. {@code shipping}), a URN ({@code
 * urn:epcglobal:cbv:bizstep:shipping}, the EPCIS 1.2 XML form) and a Web URI ({@code
 * https://ref.gs1.org/cbv/BizStep-shipping}, accepted in EPCIS 2.0 XML). Sensor vocabularies have no URN form:
 * their terms live in the GS1 Web vocabulary ({@code https://gs1.org/voc/Temperature}).
 */
public enum CbvVocabulary {
  /** Business steps ({@code bizStep}). */
  BIZ_STEP("bizstep", "https://ref.gs1.org/cbv/BizStep-", "cbv:BizStep-"),
  /** Dispositions ({@code disposition}, {@code persistentDisposition}). */
  DISPOSITION("disp", "https://ref.gs1.org/cbv/Disp-", "cbv:Disp-"),
  /** Business transaction types (the {@code type} of a {@code bizTransaction}). */
  BIZ_TRANSACTION_TYPE("btt", "https://ref.gs1.org/cbv/BTT-", "cbv:BTT-"),
  /** Source and destination types (the {@code type} of a {@code source} or {@code destination}). */
  SOURCE_DEST_TYPE("sdt", "https://ref.gs1.org/cbv/SDT-", "cbv:SDT-"),
  /** Error reasons ({@code errorDeclaration/reason}). */
  ERROR_REASON("er", "https://ref.gs1.org/cbv/ER-", "cbv:ER-"),
  /** Sensor measurement types ({@code sensorReport/@type}). */
  MEASUREMENT_TYPE(null, "https://gs1.org/voc/", "gs1:"),
  /** Sensor alert types ({@code sensorReport/@exception}). */
  SENSOR_ALERT_TYPE(null, "https://gs1.org/voc/", "gs1:"),
  /** Sensor value components ({@code sensorReport/@component}). */
  COMPONENT(null, "https://ref.gs1.org/cbv/Comp-", "cbv:Comp-");

  private final String urnKey;
  private final String webPrefix;
  private final String curiePrefix;

  CbvVocabulary(String urnKey, String webPrefix, String curiePrefix) {
    this.urnKey = urnKey;
    this.webPrefix = webPrefix;
    this.curiePrefix = curiePrefix;
  }

  /** The URN prefix, e.g. {@code urn:epcglobal:cbv:bizstep:}; empty for vocabularies without a URN form. */
  public Optional<String> urnPrefix() {
    return urnKey == null ? Optional.empty() : Optional.of("urn:epcglobal:cbv:" + urnKey + ":");
  }

  /** The Web URI prefix, e.g. {@code https://ref.gs1.org/cbv/BizStep-}. */
  public String webUriPrefix() {
    return webPrefix;
  }

  /** The compact IRI (CURIE) prefix used by the EPCIS JSON-LD context, e.g. {@code cbv:BizStep-}. */
  public String curiePrefix() {
    return curiePrefix;
  }
}
