package dev.pharmatrace.epcis.model.cbv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CBV 2.0 source/destination type: owning_party, possessing_party or location.
 *
 * <p>Obtain values with {@link #of(String)} (any spelling) or use the constants. See {@link CbvValue} for
 * spellings and equality.
 */
public final class SourceDestType extends CbvValue {
  private static final Map<String, SourceDestType> STANDARD = new LinkedHashMap<>();

  /** {@code owning_party}. */
  public static final SourceDestType OWNING_PARTY = standard("owning_party");
  /** {@code possessing_party}. */
  public static final SourceDestType POSSESSING_PARTY = standard("possessing_party");
  /** {@code location}. */
  public static final SourceDestType LOCATION = standard("location");

  private SourceDestType(String word, String asGiven, CbvForm form) {
    super(CbvVocabulary.SOURCE_DEST_TYPE, word, asGiven, form);
  }

  private static SourceDestType standard(String word) {
    SourceDestType value = new SourceDestType(word, word, CbvForm.BARE_WORD);
    STANDARD.put(word, value);
    return value;
  }

  /**
   * The value for any spelling: bare word, URN, Web URI, compact IRI, or a custom URI.
   *
   * @throws IllegalArgumentException if {@code value} is null or blank (rule CBV-EMPTY)
   */
  public static SourceDestType of(String value) {
    Parsed parsed = parse(CbvVocabulary.SOURCE_DEST_TYPE, STANDARD, value);
    if (parsed.form() == CbvForm.BARE_WORD) {
      return STANDARD.get(parsed.word());
    }
    return new SourceDestType(parsed.word(), parsed.asGiven(), parsed.form());
  }

  /** The standard values of this vocabulary, in the order of the CBV 2.0 schema. */
  public static List<SourceDestType> standardValues() {
    return List.copyOf(STANDARD.values());
  }
}
