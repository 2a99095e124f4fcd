package dev.pharmatrace.epcis.model.cbv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CBV 2.0 business step: the business process step an event records (e.g. commissioning, packing, shipping).
 *
 * <p>Obtain values with {@link #of(String)} (any spelling) or use the constants. See {@link CbvValue} for
 * spellings and equality.
 */
public final class BizStep extends CbvValue {
  private static final Map<String, BizStep> STANDARD = new LinkedHashMap<>();

  /** {@code accepting}. */
  public static final BizStep ACCEPTING = standard("accepting");
  /** {@code arriving}. */
  public static final BizStep ARRIVING = standard("arriving");
  /** {@code assembling}. */
  public static final BizStep ASSEMBLING = standard("assembling");
  /** {@code collecting}. */
  public static final BizStep COLLECTING = standard("collecting");
  /** {@code commissioning}. */
  public static final BizStep COMMISSIONING = standard("commissioning");
  /** {@code consigning}. */
  public static final BizStep CONSIGNING = standard("consigning");
  /** {@code creating_class_instance}. */
  public static final BizStep CREATING_CLASS_INSTANCE = standard("creating_class_instance");
  /** {@code cycle_counting}. */
  public static final BizStep CYCLE_COUNTING = standard("cycle_counting");
  /** {@code decommissioning}. */
  public static final BizStep DECOMMISSIONING = standard("decommissioning");
  /** {@code departing}. */
  public static final BizStep DEPARTING = standard("departing");
  /** {@code destroying}. */
  public static final BizStep DESTROYING = standard("destroying");
  /** {@code disassembling}. */
  public static final BizStep DISASSEMBLING = standard("disassembling");
  /** {@code dispensing}. */
  public static final BizStep DISPENSING = standard("dispensing");
  /** {@code encoding}. */
  public static final BizStep ENCODING = standard("encoding");
  /** {@code entering_exiting}. */
  public static final BizStep ENTERING_EXITING = standard("entering_exiting");
  /** {@code holding}. */
  public static final BizStep HOLDING = standard("holding");
  /** {@code inspecting}. */
  public static final BizStep INSPECTING = standard("inspecting");
  /** {@code installing}. */
  public static final BizStep INSTALLING = standard("installing");
  /** {@code killing}. */
  public static final BizStep KILLING = standard("killing");
  /** {@code loading}. */
  public static final BizStep LOADING = standard("loading");
  /** {@code other}. */
  public static final BizStep OTHER = standard("other");
  /** {@code packing}. */
  public static final BizStep PACKING = standard("packing");
  /** {@code picking}. */
  public static final BizStep PICKING = standard("picking");
  /** {@code receiving}. */
  public static final BizStep RECEIVING = standard("receiving");
  /** {@code removing}. */
  public static final BizStep REMOVING = standard("removing");
  /** {@code repackaging}. */
  public static final BizStep REPACKAGING = standard("repackaging");
  /** {@code repairing}. */
  public static final BizStep REPAIRING = standard("repairing");
  /** {@code replacing}. */
  public static final BizStep REPLACING = standard("replacing");
  /** {@code reserving}. */
  public static final BizStep RESERVING = standard("reserving");
  /** {@code retail_selling}. */
  public static final BizStep RETAIL_SELLING = standard("retail_selling");
  /** {@code shipping}. */
  public static final BizStep SHIPPING = standard("shipping");
  /** {@code staging_outbound}. */
  public static final BizStep STAGING_OUTBOUND = standard("staging_outbound");
  /** {@code stock_taking}. */
  public static final BizStep STOCK_TAKING = standard("stock_taking");
  /** {@code stocking}. */
  public static final BizStep STOCKING = standard("stocking");
  /** {@code storing}. */
  public static final BizStep STORING = standard("storing");
  /** {@code transporting}. */
  public static final BizStep TRANSPORTING = standard("transporting");
  /** {@code unloading}. */
  public static final BizStep UNLOADING = standard("unloading");
  /** {@code unpacking}. */
  public static final BizStep UNPACKING = standard("unpacking");
  /** {@code void_shipping}. */
  public static final BizStep VOID_SHIPPING = standard("void_shipping");
  /** {@code sensor_reporting}. */
  public static final BizStep SENSOR_REPORTING = standard("sensor_reporting");
  /** {@code sampling}. */
  public static final BizStep SAMPLING = standard("sampling");

  private BizStep(String word, String asGiven, CbvForm form) {
    super(CbvVocabulary.BIZ_STEP, word, asGiven, form);
  }

  private static BizStep standard(String word) {
    BizStep value = new BizStep(word, word, CbvForm.BARE_WORD);
    STANDARD.put(word, value);
    return value;
  }

  /**
   * The value for any spelling: bare word, URN, Web URI, compact IRI, or a custom URI.
   *
   * @throws IllegalArgumentException if {@code value} is null or blank (rule CBV-EMPTY)
   */
  public static BizStep of(String value) {
    Parsed parsed = parse(CbvVocabulary.BIZ_STEP, STANDARD, value);
    if (parsed.form() == CbvForm.BARE_WORD) {
      return STANDARD.get(parsed.word());
    }
    return new BizStep(parsed.word(), parsed.asGiven(), parsed.form());
  }

  /** The standard values of this vocabulary, in the order of the CBV 2.0 schema. */
  public static List<BizStep> standardValues() {
    return List.copyOf(STANDARD.values());
  }
}
