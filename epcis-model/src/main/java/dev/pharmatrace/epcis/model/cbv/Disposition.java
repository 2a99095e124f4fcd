package dev.pharmatrace.epcis.model.cbv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CBV 2.0 disposition: the business state of the objects after the event (e.g. active, in_transit).
 *
 * <p>Obtain values with {@link #of(String)} (any spelling) or use the constants. See {@link CbvValue} for
 * spellings and equality.
 */
public final class Disposition extends CbvValue {
  private static final Map<String, Disposition> STANDARD = new LinkedHashMap<>();

  /** {@code active}. */
  public static final Disposition ACTIVE = standard("active");
  /** {@code container_closed}. */
  public static final Disposition CONTAINER_CLOSED = standard("container_closed");
  /** {@code damaged}. */
  public static final Disposition DAMAGED = standard("damaged");
  /** {@code destroyed}. */
  public static final Disposition DESTROYED = standard("destroyed");
  /** {@code dispensed}. */
  public static final Disposition DISPENSED = standard("dispensed");
  /** {@code disposed}. */
  public static final Disposition DISPOSED = standard("disposed");
  /** {@code encoded}. */
  public static final Disposition ENCODED = standard("encoded");
  /** {@code expired}. */
  public static final Disposition EXPIRED = standard("expired");
  /** {@code in_progress}. */
  public static final Disposition IN_PROGRESS = standard("in_progress");
  /** {@code in_transit}. */
  public static final Disposition IN_TRANSIT = standard("in_transit");
  /** {@code inactive}. */
  public static final Disposition INACTIVE = standard("inactive");
  /** {@code no_pedigree_match}. */
  public static final Disposition NO_PEDIGREE_MATCH = standard("no_pedigree_match");
  /** {@code non_sellable_other}. */
  public static final Disposition NON_SELLABLE_OTHER = standard("non_sellable_other");
  /** {@code partially_dispensed}. */
  public static final Disposition PARTIALLY_DISPENSED = standard("partially_dispensed");
  /** {@code recalled}. */
  public static final Disposition RECALLED = standard("recalled");
  /** {@code reserved}. */
  public static final Disposition RESERVED = standard("reserved");
  /** {@code retail_sold}. */
  public static final Disposition RETAIL_SOLD = standard("retail_sold");
  /** {@code returned}. */
  public static final Disposition RETURNED = standard("returned");
  /** {@code sellable_accessible}. */
  public static final Disposition SELLABLE_ACCESSIBLE = standard("sellable_accessible");
  /** {@code sellable_not_accessible}. */
  public static final Disposition SELLABLE_NOT_ACCESSIBLE = standard("sellable_not_accessible");
  /** {@code stolen}. */
  public static final Disposition STOLEN = standard("stolen");
  /** {@code unknown}. */
  public static final Disposition UNKNOWN = standard("unknown");
  /** {@code available}. */
  public static final Disposition AVAILABLE = standard("available");
  /** {@code completeness_verified}. */
  public static final Disposition COMPLETENESS_VERIFIED = standard("completeness_verified");
  /** {@code completeness_inferred}. */
  public static final Disposition COMPLETENESS_INFERRED = standard("completeness_inferred");
  /** {@code conformant}. */
  public static final Disposition CONFORMANT = standard("conformant");
  /** {@code container_open}. */
  public static final Disposition CONTAINER_OPEN = standard("container_open");
  /** {@code mismatch_instance}. */
  public static final Disposition MISMATCH_INSTANCE = standard("mismatch_instance");
  /** {@code mismatch_class}. */
  public static final Disposition MISMATCH_CLASS = standard("mismatch_class");
  /** {@code mismatch_quantity}. */
  public static final Disposition MISMATCH_QUANTITY = standard("mismatch_quantity");
  /** {@code needs_replacement}. */
  public static final Disposition NEEDS_REPLACEMENT = standard("needs_replacement");
  /** {@code non_conformant}. */
  public static final Disposition NON_CONFORMANT = standard("non_conformant");
  /** {@code unavailable}. */
  public static final Disposition UNAVAILABLE = standard("unavailable");

  private Disposition(String word, String asGiven, CbvForm form) {
    super(CbvVocabulary.DISPOSITION, word, asGiven, form);
  }

  private static Disposition standard(String word) {
    Disposition value = new Disposition(word, word, CbvForm.BARE_WORD);
    STANDARD.put(word, value);
    return value;
  }

  /**
   * The value for any spelling: bare word, URN, Web URI, compact IRI, or a custom URI.
   *
   * @throws IllegalArgumentException if {@code value} is null or blank (rule CBV-EMPTY)
   */
  public static Disposition of(String value) {
    Parsed parsed = parse(CbvVocabulary.DISPOSITION, STANDARD, value);
    if (parsed.form() == CbvForm.BARE_WORD) {
      return STANDARD.get(parsed.word());
    }
    return new Disposition(parsed.word(), parsed.asGiven(), parsed.form());
  }

  /** The standard values of this vocabulary, in the order of the CBV 2.0 schema. */
  public static List<Disposition> standardValues() {
    return List.copyOf(STANDARD.values());
  }
}
