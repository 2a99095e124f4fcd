package dev.pharmatrace.epcis.rules;

import dev.pharmatrace.epcis.model.report.Severity;
import java.util.Objects;

/**
 * One business rule of the catalogue ({@link Rules#all()}): a stable id that findings carry, the severity it has
 * unless a {@link Profile} says otherwise, the group it belongs to, a one-line title and an explanation for the
 * people who fix the data.
 *
 * @param id the stable rule id, e.g. {@code TRACE-TWO-PARENTS}; part of the API, never renamed
 * @param defaultSeverity the severity of its findings unless a profile overrides it
 * @param group the group: {@code EPCIS}, {@code CBV}, {@code Identifiers}, {@code Traceability} or {@code DSCSA}
 * @param title what the rule checks, in one line
 * @param explanation why it matters and how to fix the data
 */
public record Rule(String id, Severity defaultSeverity, String group, String title, String explanation) {
  /** Validates the parts. */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(explanation, "explanation");
  }
}
