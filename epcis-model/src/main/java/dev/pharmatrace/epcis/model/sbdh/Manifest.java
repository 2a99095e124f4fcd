package dev.pharmatrace.epcis.model.sbdh;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.List;

/**
 * The SBDH {@code Manifest}.
 *
 * @param numberOfItems the declared number of items, as written
 * @param items the items, in order
 */
public record Manifest(String numberOfItems, List<ManifestItem> items) {
  /** Copies the list. */
  public Manifest {
    items = Checks.copy(items, "ManifestItem");
  }
}
