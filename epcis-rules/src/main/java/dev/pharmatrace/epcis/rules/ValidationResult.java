package dev.pharmatrace.epcis.rules;

import dev.pharmatrace.epcis.model.report.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What a validation found: all findings (document order, header findings first), the rebuilt packing hierarchy, and
 * how many events were checked.
 *
 * @param findings every finding, errors and warnings
 * @param hierarchy the packing hierarchy after the last event
 * @param events the number of events checked
 */
public record ValidationResult(List<Finding> findings, Hierarchy hierarchy, long events) {
  /** Copies the findings. */
  public ValidationResult {
    findings = List.copyOf(findings);
    Objects.requireNonNull(hierarchy, "hierarchy");
  }

  /** Whether no finding is an error (warnings allowed). */
  public boolean valid() {
    return findings.stream().noneMatch(Finding::isError);
  }
}
