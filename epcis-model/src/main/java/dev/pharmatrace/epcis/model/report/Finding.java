package dev.pharmatrace.epcis.model.report;

import java.util.Objects;

/**
 * One finding of a reader, validator or rule: a stable rule id, a severity, a message a person understands, and
 * where it was found.
 *
 * <p>A message quotes the values it is about (an identifier, a date, a name). So that a hostile or broken input (a
 * 70,000-character EPC) cannot make a report line of that size, each run of more than {@value #MAX_WORD} characters
 * without white space is shortened to its first and last characters around a note of its length, e.g.
 * {@code urn:epc:id:sgtin:0614141.107346.AAAA...[70,021 characters]...AAAA}; the location still points at the value.
 *
 * @param ruleId the stable identifier of the rule, e.g. {@code XSD}, {@code XML-LIMIT-DEPTH}, {@code DSCSA-SBDH-01}
 * @param severity error or warning
 * @param message what is wrong and, where possible, what was expected
 * @param location where
 */
public record Finding(String ruleId, Severity severity, String message, SourceLocation location) {
  /** The longest run of characters without white space that a message keeps whole. */
  public static final int MAX_WORD = 240;

  private static final int HEAD = 160;
  private static final int TAIL = 40;

  /** Validates the parts. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    location = location == null ? SourceLocation.UNKNOWN : location;
    message = shortenLongWords(message);
  }

  private static String shortenLongWords(String message) {
    if (message.length() <= MAX_WORD) {
      return message;
    }
    StringBuilder out = null;
    int done = 0;
    int start = -1;
    for (int i = 0; i <= message.length(); i++) {
      boolean blank = i == message.length() || Character.isWhitespace(message.charAt(i));
      if (!blank && start < 0) {
        start = i;
      } else if (blank && start >= 0) {
        if (i - start > MAX_WORD) {
          int head = start + HEAD - (Character.isHighSurrogate(message.charAt(start + HEAD - 1)) ? 1 : 0);
          int tail = i - TAIL + (Character.isLowSurrogate(message.charAt(i - TAIL)) ? 1 : 0);
          out = out == null ? new StringBuilder(2 * MAX_WORD) : out;
          out.append(message, done, head)
              .append(String.format(java.util.Locale.ROOT, "...[%,d characters]...", i - start))
              .append(message, tail, i);
          done = i;
        }
        start = -1;
      }
    }
    return out == null ? message : out.append(message, done, message.length()).toString();
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
