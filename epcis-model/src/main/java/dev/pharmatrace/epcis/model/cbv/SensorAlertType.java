package dev.pharmatrace.epcis.model.cbv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sensor alert type of the GS1 Web vocabulary (ALARM_CONDITION, ERROR_CONDITION), used by {@code sensorReport/@exception}.
 *
 * <p>Obtain values with {@link #of(String)} (any spelling) or use the constants. See {@link CbvValue} for
 * spellings and equality.
 */
public final class SensorAlertType extends CbvValue {
  private static final Map<String, SensorAlertType> STANDARD = new LinkedHashMap<>();

  /** {@code ALARM_CONDITION}. */
  public static final SensorAlertType ALARM_CONDITION = standard("ALARM_CONDITION");
  /** {@code ERROR_CONDITION}. */
  public static final SensorAlertType ERROR_CONDITION = standard("ERROR_CONDITION");

  private SensorAlertType(String word, String asGiven, CbvForm form) {
    super(CbvVocabulary.SENSOR_ALERT_TYPE, word, asGiven, form);
  }

  private static SensorAlertType standard(String word) {
    SensorAlertType value = new SensorAlertType(word, word, CbvForm.BARE_WORD);
    STANDARD.put(word, value);
    return value;
  }

  /**
   * The value for any spelling: bare word, URN, Web URI, compact IRI, or a custom URI.
   *
   * @throws IllegalArgumentException if {@code value} is null or blank (rule CBV-EMPTY)
   */
  public static SensorAlertType of(String value) {
    Parsed parsed = parse(CbvVocabulary.SENSOR_ALERT_TYPE, STANDARD, value);
    if (parsed.form() == CbvForm.BARE_WORD) {
      return STANDARD.get(parsed.word());
    }
    return new SensorAlertType(parsed.word(), parsed.asGiven(), parsed.form());
  }

  /** The standard values of this vocabulary, in the order of the CBV 2.0 schema. */
  public static List<SensorAlertType> standardValues() {
    return List.copyOf(STANDARD.values());
  }
}
