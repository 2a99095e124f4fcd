package dev.pharmatrace.epcis.model.report;

/** How serious a finding is. */
public enum Severity {
  /** The document is invalid or cannot be processed as it is. */
  ERROR,
  /** The document is usable, but bends the standard or a partner's expectations. */
  WARNING;

  /** Lower-case name, as printed in reports ({@code error}, {@code warning}). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
