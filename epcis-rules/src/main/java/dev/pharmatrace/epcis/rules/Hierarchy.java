package dev.pharmatrace.epcis.rules;

import java.util.List;
import java.util.Optional;

/**
 * The packing hierarchy (pallet → case → item) rebuilt from a document's aggregation events, as it stands after the
 * last event: {@code ADD} packs children into a parent, {@code DELETE} unpacks them. Identifiers are the EPCs as
 * written in the document.
 */
public interface Hierarchy {
  /** Top-level containers: identifiers that have children and no parent, in first-seen order. */
  List<String> roots();

  /** The children of an identifier, in packing order (empty if none or unknown). */
  List<String> children(String id);

  /** The parent of an identifier, if it is packed. */
  Optional<String> parent(String id);

  /** How many distinct identifiers the document names in commissioning, packing and shipping. */
  long size();
}
