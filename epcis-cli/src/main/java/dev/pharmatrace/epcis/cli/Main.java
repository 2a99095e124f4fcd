package dev.pharmatrace.epcis.cli;

import dev.pharmatrace.epcis.model.report.EpcisException;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code epcis} command: {@code java -jar epcis-cli/target/epcis.jar COMMAND}. Exit codes are {@link ExitCodes}:
 * 0 success, 1 invalid input, 2 usage or I/O error. User errors never print a stack trace unless {@code --verbose}.
 */
@Command(name = "epcis", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Validate, convert and inspect EPCIS documents (EPCIS 1.2 XML, 2.0 XML, 2.0 JSON-LD).",
    footer = {"", "Examples:", "  epcis demo", "  epcis validate shipment.xml", "  epcis convert shipment.xml --to jsonld -o shipment.jsonld",
        "  epcis id check \"(01)00361234567890(21)100001\"", "  epcis hash shipment.xml", "",
        "Exit codes: 0 valid/success, 1 invalid input, 2 usage or I/O error."})
public final class Main {
  private Main() {}

  /**
   * The subcommands, in the order the usage lists them. Registered in code, not in {@code @Command(subcommands)}: a
   * command line naming one of ours builds only that one's model (picocli reads each command's annotations by
   * reflection, a good part of a small file's {@code validate} time); help, completion and anything else get them
   * all. (A switch rather than a map of constructor references: each lambda would be a class spun at startup.)
   */
  static final java.util.List<String> COMMANDS = java.util.List.of("validate", "convert", "id", "generate", "hash",
      "demo");

  private static Object newCommand(String name) {
    switch (name) {
      case "validate":
        return new ValidateCommand();
      case "convert":
        return new ConvertCommand();
      case "id":
        return new IdCommand();
      case "generate":
        return new GenerateCommand();
      case "hash":
        return new HashCommand();
      case "demo":
        return new DemoCommand();
      default:
        return null;
    }
  }

  /** The main command with the subcommands {@code args} can reach. */
  static CommandLine commandLine(String[] args) {
    CommandLine cmd = new CommandLine(new Main());
    String first = "";
    for (String a : args) {
      if (!a.startsWith("-")) {
        first = a;
        break;
      }
    }
    Object only = newCommand(first);
    if (only != null) {
      cmd.addSubcommand(first, only);
      return cmd;
    }
    for (String name : COMMANDS) {
      cmd.addSubcommand(name, newCommand(name));
    }
    cmd.addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
    cmd.addSubcommand("help", new CommandLine.HelpCommand());
    return cmd;
  }

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    dev.pharmatrace.epcis.cli.internal.SchemaPreload.start(args);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given output streams; returns the exit code. The common {@code validate} command
   * lines skip picocli's model ({@link QuickValidate}), everything else goes through picocli.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    try {
      ValidateCommand quick = QuickValidate.parse(args);
      return quick != null ? QuickValidate.run(quick, out, err) : runPicocli(args, out, err);
    } catch (OutOfMemoryError e) {
      err.println("error: out of memory. EPCIS documents are read and written streaming; this input needs more "
          + "than the " + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap (e.g. the traceability index of "
          + "validate holds about 35 bytes per identifier, 35 MB per million): run java with a larger -Xmx");
      return ExitCodes.USAGE_OR_IO;
    } catch (StackOverflowError e) {
      err.println("error: the input nests too deeply to process (stack overflow)");
      return ExitCodes.INVALID;
    }
  }

  /** What a command's exception becomes: the finding of a user error, else one line (a trace with --verbose). */
  static int executionFailure(Exception e, PrintWriter err, boolean verbose) {
    if (e instanceof EpcisException x) {
      err.println(x.finding());
      if (verbose) {
        e.printStackTrace(err);
      }
      return x.finding().ruleId().equals("IO") ? ExitCodes.USAGE_OR_IO : ExitCodes.INVALID;
    }
    err.println("error: " + e);
    if (verbose) {
      e.printStackTrace(err);
    } else {
      err.println("(run with --verbose for details)");
    }
    return ExitCodes.USAGE_OR_IO;
  }

  /** Runs the command line through picocli (every command line that {@link QuickValidate} does not take). */
  static int runPicocli(String[] args, PrintWriter out, PrintWriter err) {
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    CommandLine cmd = commandLine(args);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> executionFailure(e, err, verbose));
    cmd.setParameterExceptionHandler((e, badArgs) -> {
      // a usage error: one line naming the problem and where to look, never the whole usage text
      String path = commandPath(e.getCommandLine());
      err.println(e.getMessage() + " (see 'epcis" + (path.isEmpty() ? "" : " " + path) + " --help')");
      return ExitCodes.USAGE_OR_IO;
    });
    return cmd.execute(args);
  }

  private static String commandPath(CommandLine c) {
    StringBuilder path = new StringBuilder();
    for (CommandLine at = c; at != null && at.getParent() != null; at = at.getParent()) {
      path.insert(0, at.getCommandName() + (path.length() == 0 ? "" : " "));
    }
    return path.toString();
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"epcis " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (Java " + System.getProperty(
          "java.version") + ")"};
    }
  }
}
