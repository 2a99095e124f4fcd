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
    subcommands = {ValidateCommand.class, ConvertCommand.class, IdCommand.class, GenerateCommand.class,
        HashCommand.class, DemoCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
    footer = {"", "Examples:", "  epcis demo", "  epcis validate shipment.xml", "  epcis convert shipment.xml --to jsonld -o shipment.jsonld",
        "  epcis id check \"(01)00361234567890(21)100001\"", "  epcis hash shipment.xml", "",
        "Exit codes: 0 valid/success, 1 invalid input, 2 usage or I/O error."})
public final class Main {
  private Main() {}

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
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
    });
    cmd.setParameterExceptionHandler((e, badArgs) -> {
      // a usage error: one line naming the problem and where to look, never the whole usage text
      String path = commandPath(e.getCommandLine());
      err.println(e.getMessage() + " (see 'epcis" + (path.isEmpty() ? "" : " " + path) + " --help')");
      return ExitCodes.USAGE_OR_IO;
    });
    try {
      return cmd.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("error: out of memory. EPCIS documents are read and written streaming; this input needs more "
          + "than the " + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap (e.g. schema validation of a large "
          + "JSON document holds it in memory): run java with a larger -Xmx");
      return ExitCodes.USAGE_OR_IO;
    } catch (StackOverflowError e) {
      err.println("error: the input nests too deeply to process (stack overflow)");
      return ExitCodes.INVALID;
    }
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
