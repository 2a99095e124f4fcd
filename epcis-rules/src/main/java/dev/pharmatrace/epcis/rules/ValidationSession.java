package dev.pharmatrace.epcis.rules;

import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.report.SourceLocation;

/**
 * The validation of one document, fed event by event in document order ({@link Validator#start}). Memory does not
 * grow with the number of events; it grows with the number of distinct identifiers (a compact index of a few dozen
 * bytes per identifier, see {@code docs/rules.md}). Not thread-safe: one session per document and thread.
 */
public interface ValidationSession {
  /**
   * Checks the next event.
   *
   * @param event the event
   * @param where where the event starts in the input (line/column or JSON pointer), or null when unknown; findings
   *     add the event index and field
   */
  void accept(EpcisEvent event, SourceLocation where);

  /**
   * Runs the document-level checks that need every event and returns all findings. Call once, after the last event.
   *
   * @return the result
   */
  ValidationResult finish();
}
