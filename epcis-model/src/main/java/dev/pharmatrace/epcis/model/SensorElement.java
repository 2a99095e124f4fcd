package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A sensor element (EPCIS 2.0 {@code sensorElement}): optional metadata, one or more reports, and extensions.
 *
 * @param metadata the sensor metadata, or null
 * @param reports the sensor reports, in order (EPCIS requires at least one; validation reports an empty list)
 * @param extensions extension elements of the sensor element, in order
 */
public record SensorElement(
    SensorMetadata metadata, List<SensorReport> reports, List<Extension> extensions) {
  /** Copies the lists. */
  public SensorElement {
    reports = Checks.copy(reports, "reports");
    extensions = Checks.copy(extensions, "extensions");
  }

  /** A sensor element without extensions. */
  public static SensorElement of(SensorMetadata metadata, List<SensorReport> reports) {
    return new SensorElement(metadata, reports, List.of());
  }

  /** The metadata, if any. */
  public Optional<SensorMetadata> metadataValue() {
    return Optional.ofNullable(metadata);
  }
}
