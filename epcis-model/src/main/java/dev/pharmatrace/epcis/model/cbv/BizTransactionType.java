package dev.pharmatrace.epcis.model.cbv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CBV 2.0 business transaction type (e.g. po for a purchase order, desadv for a despatch advice).
 *
 * <p>Obtain values with {@link #of(String)} (any spelling) or use the constants. See {@link CbvValue} for
 * spellings and equality.
 */
public final class BizTransactionType extends CbvValue {
  private static final Map<String, BizTransactionType> STANDARD = new LinkedHashMap<>();

  /** {@code bol}. */
  public static final BizTransactionType BOL = standard("bol");
  /** {@code cert}. */
  public static final BizTransactionType CERT = standard("cert");
  /** {@code desadv}. */
  public static final BizTransactionType DESADV = standard("desadv");
  /** {@code inv}. */
  public static final BizTransactionType INV = standard("inv");
  /** {@code pedigree}. */
  public static final BizTransactionType PEDIGREE = standard("pedigree");
  /** {@code po}. */
  public static final BizTransactionType PO = standard("po");
  /** {@code poc}. */
  public static final BizTransactionType POC = standard("poc");
  /** {@code prodorder}. */
  public static final BizTransactionType PRODORDER = standard("prodorder");
  /** {@code recadv}. */
  public static final BizTransactionType RECADV = standard("recadv");
  /** {@code rma}. */
  public static final BizTransactionType RMA = standard("rma");
  /** {@code testprd}. */
  public static final BizTransactionType TESTPRD = standard("testprd");
  /** {@code testres}. */
  public static final BizTransactionType TESTRES = standard("testres");
  /** {@code upevt}. */
  public static final BizTransactionType UPEVT = standard("upevt");

  private BizTransactionType(String word, String asGiven, CbvForm form) {
    super(CbvVocabulary.BIZ_TRANSACTION_TYPE, word, asGiven, form);
  }

  private static BizTransactionType standard(String word) {
    BizTransactionType value = new BizTransactionType(word, word, CbvForm.BARE_WORD);
    STANDARD.put(word, value);
    return value;
  }

  /**
   * The value for any spelling: bare word, URN, Web URI, compact IRI, or a custom URI.
   *
   * @throws IllegalArgumentException if {@code value} is null or blank (rule CBV-EMPTY)
   */
  public static BizTransactionType of(String value) {
    Parsed parsed = parse(CbvVocabulary.BIZ_TRANSACTION_TYPE, STANDARD, value);
    if (parsed.form() == CbvForm.BARE_WORD) {
      return STANDARD.get(parsed.word());
    }
    return new BizTransactionType(parsed.word(), parsed.asGiven(), parsed.form());
  }

  /** The standard values of this vocabulary, in the order of the CBV 2.0 schema. */
  public static List<BizTransactionType> standardValues() {
    return List.copyOf(STANDARD.values());
  }
}
