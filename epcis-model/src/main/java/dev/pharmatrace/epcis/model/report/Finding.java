package dev.pharmatrace.epcis.model.report;

import java.util.Objects;

/**
 * One finding of a reader, validator or rule: a stable rule id, a severity, a message a person understands, and
 * where it was found.
 *
 * @param ruleId the stable identifier of the rule, e.g. {@code XSD}, {@code XML-LIMIT-DEPTH}, {@code DSCSA-SBDH-01}
 * @param severity error or warning
 * @param message what is wrong and, where possible, what was expected
 * @param location where
 */
public record Finding(String ruleId, Severity severity, String message, SourceLocation location) {
  /** Validates the parts. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  /** An error. */
  public static Finding error(String ruleId, String message, SourceLocation location) {
    return new Finding(ruleId, Severity.ERROR, message, location);
  }

  /** A warning. */
  public static Finding warning(String ruleId, String message, SourceLocation location) {
    return new Finding(ruleId, Severity.WARNING, message, location);
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The CLI's text form: {@code FILE:LINE:COL: error|warning RULE-ID: message}. */
  @Override
  public String toString() {
    return location + ": " + severity.label() + " " + ruleId + ": " + message;
  }
}
