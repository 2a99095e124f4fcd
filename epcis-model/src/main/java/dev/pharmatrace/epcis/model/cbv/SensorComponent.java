package dev.pharmatrace.epcis.model.cbv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CBV 2.0 sensor value component (e.g. latitude, x), used by {@code sensorReport/@component}.
 *
 * <p>Obtain values with {@link #of(String)} (any spelling) or use the constants. See {@link CbvValue} for
 * spellings and equality.
 */
public final class SensorComponent extends CbvValue {
  private static final Map<String, SensorComponent> STANDARD = new LinkedHashMap<>();

  /** {@code x}. */
  public static final SensorComponent X = standard("x");
  /** {@code y}. */
  public static final SensorComponent Y = standard("y");
  /** {@code z}. */
  public static final SensorComponent Z = standard("z");
  /** {@code axial_distance}. */
  public static final SensorComponent AXIAL_DISTANCE = standard("axial_distance");
  /** {@code azimuth}. */
  public static final SensorComponent AZIMUTH = standard("azimuth");
  /** {@code height}. */
  public static final SensorComponent HEIGHT = standard("height");
  /** {@code spherical_radius}. */
  public static final SensorComponent SPHERICAL_RADIUS = standard("spherical_radius");
  /** {@code polar_angle}. */
  public static final SensorComponent POLAR_ANGLE = standard("polar_angle");
  /** {@code elevation_angle}. */
  public static final SensorComponent ELEVATION_ANGLE = standard("elevation_angle");
  /** {@code easting}. */
  public static final SensorComponent EASTING = standard("easting");
  /** {@code northing}. */
  public static final SensorComponent NORTHING = standard("northing");
  /** {@code latitude}. */
  public static final SensorComponent LATITUDE = standard("latitude");
  /** {@code longitude}. */
  public static final SensorComponent LONGITUDE = standard("longitude");
  /** {@code altitude}. */
  public static final SensorComponent ALTITUDE = standard("altitude");

  private SensorComponent(String word, String asGiven, CbvForm form) {
    super(CbvVocabulary.COMPONENT, word, asGiven, form);
  }

  private static SensorComponent standard(String word) {
    SensorComponent value = new SensorComponent(word, word, CbvForm.BARE_WORD);
    STANDARD.put(word, value);
    return value;
  }

  /**
   * The value for any spelling: bare word, URN, Web URI, compact IRI, or a custom URI.
   *
   * @throws IllegalArgumentException if {@code value} is null or blank (rule CBV-EMPTY)
   */
  public static SensorComponent of(String value) {
    Parsed parsed = parse(CbvVocabulary.COMPONENT, STANDARD, value);
    if (parsed.form() == CbvForm.BARE_WORD) {
      return STANDARD.get(parsed.word());
    }
    return new SensorComponent(parsed.word(), parsed.asGiven(), parsed.form());
  }

  /** The standard values of this vocabulary, in the order of the CBV 2.0 schema. */
  public static List<SensorComponent> standardValues() {
    return List.copyOf(STANDARD.values());
  }
}
