package dev.pharmatrace.epcis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The most common command line, {@code epcis validate [-q] [--profile NAME] [--format text|json] FILE...}, read
 * without building picocli's model: on a small file, picocli's start (about 170 classes through the old bytecode
 * verifier, its annotations read by reflection) is most of the command's time. Only a narrow grammar is taken here,
 * whose meaning picocli's is proven to agree with ({@code QuickValidateTest} parses the same argument lists both
 * ways); anything else, including every mistake, help and version request and {@code @}argument files, returns null
 * and goes through picocli as before. The command object, and so the validation, output and exit codes, are the
 * same.
 */
final class QuickValidate {
  private QuickValidate() {}

  /**
   * The validate command these arguments configure, or null when they are not in the quick grammar: the word
   * {@code validate} first; then, in any order, {@code -q}/{@code --quiet}, {@code --verbose}, {@code --profile NAME}
   * or {@code --profile=NAME} and {@code --format text|json} (each at most once; a value is a plain word) and at
   * least one file that neither starts with {@code -} or {@code @} nor is empty.
   */
  static ValidateCommand parse(String[] args) {
    if (args.length < 2 || !args[0].equals("validate")) {
      return null;
    }
    ValidateCommand c = new ValidateCommand();
    List<String> files = new ArrayList<>();
    String profile = null;
    String format = null;
    boolean quiet = false;
    boolean verbose = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      String value = null;
      String option = a;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        option = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      switch (option) {
        case "-q":
        case "--quiet":
          if (quiet || value != null) {
            return null;
          }
          quiet = true;
          break;
        case "--verbose":
          if (verbose || value != null) {
            return null;
          }
          verbose = true;
          break;
        case "--profile":
        case "--format":
          if (value == null) {
            if (i + 1 == args.length) {
              return null;
            }
            value = args[++i];
          }
          if (!plainWord(value)) {
            return null;
          }
          if (option.equals("--profile")) {
            if (profile != null) {
              return null;
            }
            profile = value;
          } else {
            if (format != null) {
              return null;
            }
            format = value;
          }
          break;
        default:
          if (!plainFile(a)) {
            return null;
          }
          files.add(a);
      }
    }
    if (files.isEmpty()) {
      return null;
    }
    c.files = files;
    c.profile = profile == null ? "core" : profile;
    c.format = format == null ? "text" : format;
    c.quiet = quiet;
    c.verbose = verbose;
    c.limitOptions = new LimitOptions();
    return c;
  }

  /** A file operand picocli takes as it is: not an option, not an argument file, not empty. */
  private static boolean plainFile(String a) {
    return !a.isEmpty() && a.charAt(0) != '-' && a.charAt(0) != '@';
  }

  /** An option value picocli takes as it is: letters, digits, {@code - _ .}, not starting with {@code -}. */
  private static boolean plainWord(String v) {
    if (v.isEmpty() || v.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '_'
          || ch == '.')) {
        return false;
      }
    }
    return true;
  }

  /** Runs a command {@link #parse} returned, as picocli would with {@link Main#run}'s handlers. */
  static int run(ValidateCommand command, PrintWriter out, PrintWriter err) {
    command.quickOut = out;
    command.quickErr = err;
    try {
      return command.call();
    } catch (Exception e) {
      return Main.executionFailure(e, err, command.verbose);
    }
  }
}
