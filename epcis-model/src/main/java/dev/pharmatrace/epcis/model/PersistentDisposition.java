package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.List;

/**
 * A persistent disposition change (EPCIS 2.0): dispositions that stay in force across later events until unset.
 *
 * @param set dispositions set by this event
 * @param unset dispositions unset by this event
 */
public record PersistentDisposition(List<Disposition> set, List<Disposition> unset) {
  /** Copies the lists. */
  public PersistentDisposition {
    set = Checks.copy(set, "set");
    unset = Checks.copy(unset, "unset");
  }
}
