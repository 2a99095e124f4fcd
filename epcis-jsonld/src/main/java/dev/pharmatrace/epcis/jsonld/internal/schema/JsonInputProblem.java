package dev.pharmatrace.epcis.jsonld.internal.schema;

/**
 * Why a JSON document could not be turned into a tree: not well-formed, a duplicate member name, a limit exceeded,
 * or an I/O error. Carries the finding's rule id and the position (1-based; 0 when unknown).
 */
public final class JsonInputProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final String ruleId;
  private final long line;
  private final long column;
  private final String pointer;

  /**
   * A problem.
   *
   * @param ruleId the rule id of the finding, e.g. {@code JSON-SYNTAX}
   * @param message what is wrong, for a person
   * @param line the line, 0 when unknown
   * @param column the column, 0 when unknown
   * @param pointer the JSON pointer of where the reader was, or null when unknown
   */
  public JsonInputProblem(String ruleId, String message, long line, long column, String pointer) {
    super(message, null, false, false);
    this.ruleId = ruleId;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.pointer = pointer;
  }

  /**
   * The JSON pointer of where the reader was (e.g. the duplicate member), or null when unknown.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The rule id of the finding.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * The line, 0 when unknown.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * The column, 0 when unknown.
   *
   * @return the column
   */
  public long column() {
    return column;
  }
}
