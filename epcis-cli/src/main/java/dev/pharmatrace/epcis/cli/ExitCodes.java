package dev.pharmatrace.epcis.cli;

/** The exit codes of the {@code epcis} command: a contract that users' scripts rely on. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Success; for {@code validate}, the input is valid (warnings allowed). */
  public static final int OK = 0;
  /** The input is invalid (e.g. {@code validate} found errors, {@code id check} found a bad identifier). */
  public static final int INVALID = 1;
  /** Usage or I/O error: unknown option, missing file, unreadable input. */
  public static final int USAGE_OR_IO = 2;
}
