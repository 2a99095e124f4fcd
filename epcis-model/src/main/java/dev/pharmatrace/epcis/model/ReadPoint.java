package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.List;

/**
 * The {@code readPoint} of an event: where the event was observed (e.g. a packaging line's SGLN), with its extensions.
 *
 * @param id the location identifier, as given
 * @param extensions extension elements inside the readPoint, in order
 */
public record ReadPoint(String id, List<Extension> extensions) {
  /** Validates the identifier and copies the list. */
  public ReadPoint {
    Checks.requiredText(id, "readPoint id");
    extensions = Checks.copy(extensions, "extensions");
  }

  /** A readPoint without extensions. */
  public static ReadPoint of(String id) {
    return new ReadPoint(id, List.of());
  }
}
