package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.List;

/**
 * The {@code bizLocation} of an event: where the objects are expected to be after the event (e.g. a warehouse SGLN), with its extensions.
 *
 * @param id the location identifier, as given
 * @param extensions extension elements inside the bizLocation, in order
 */
public record BizLocation(String id, List<Extension> extensions) {
  /** Validates the identifier and copies the list. */
  public BizLocation {
    Checks.requiredText(id, "bizLocation id");
    extensions = Checks.copy(extensions, "extensions");
  }

  /** A bizLocation without extensions. */
  public static BizLocation of(String id) {
    return new BizLocation(id, List.of());
  }
}
