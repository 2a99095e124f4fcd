package dev.pharmatrace.epcis.model.cbv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CBV 2.0 error reason for an error declaration: did_not_occur or incorrect_data.
 *
 * <p>Obtain values with {@link #of(String)} (any spelling) or use the constants. See {@link CbvValue} for
 * spellings and equality.
 */
public final class ErrorReason extends CbvValue {
  private static final Map<String, ErrorReason> STANDARD = new LinkedHashMap<>();

  /** {@code did_not_occur}. */
  public static final ErrorReason DID_NOT_OCCUR = standard("did_not_occur");
  /** {@code incorrect_data}. */
  public static final ErrorReason INCORRECT_DATA = standard("incorrect_data");

  private ErrorReason(String word, String asGiven, CbvForm form) {
    super(CbvVocabulary.ERROR_REASON, word, asGiven, form);
  }

  private static ErrorReason standard(String word) {
    ErrorReason value = new ErrorReason(word, word, CbvForm.BARE_WORD);
    STANDARD.put(word, value);
    return value;
  }

  /**
   * The value for any spelling: bare word, URN, Web URI, compact IRI, or a custom URI.
   *
   * @throws IllegalArgumentException if {@code value} is null or blank (rule CBV-EMPTY)
   */
  public static ErrorReason of(String value) {
    Parsed parsed = parse(CbvVocabulary.ERROR_REASON, STANDARD, value);
    if (parsed.form() == CbvForm.BARE_WORD) {
      return STANDARD.get(parsed.word());
    }
    return new ErrorReason(parsed.word(), parsed.asGiven(), parsed.form());
  }

  /** The standard values of this vocabulary, in the order of the CBV 2.0 schema. */
  public static List<ErrorReason> standardValues() {
    return List.copyOf(STANDARD.values());
  }
}
