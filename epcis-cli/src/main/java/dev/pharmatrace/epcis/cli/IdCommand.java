package dev.pharmatrace.epcis.cli;

import dev.pharmatrace.epcis.model.gs1.CompanyPrefixProvider;
import dev.pharmatrace.epcis.model.gs1.IdentifierForm;
import dev.pharmatrace.epcis.model.gs1.Identifiers;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code epcis id check VALUE...} and {@code epcis id convert VALUE --to urn|dl|ai [--gcp-length N]}. */
@Command(name = "id", mixinStandardHelpOptions = true,
    description = "Check and convert GS1 identifiers: EPC URIs, GS1 Digital Links, element strings as scanned.",
    subcommands = {IdCommand.Check.class, IdCommand.Convert.class},
    footer = {"", "Examples:", "  epcis id check urn:epc:id:sgtin:0614141.107346.2017 \"(01)00361234567890(21)1\"",
        "  epcis id convert \"(01)00361234567890(21)100001\" --to dl"})
final class IdCommand {

  /** {@code id check VALUE...}. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Check each value; print OK or the rule it breaks. Exit 0 if all are valid, 1 if any is not.",
      footer = {"", "Examples:", "  epcis id check urn:epc:id:sgtin:0614141.107346.2017 \"(01)00361234567890(21)1\""})
  static final class Check implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "VALUE")
    List<String> values;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      int exit = ExitCodes.OK;
      for (String v : values) {
        try {
          out.println(v + ": OK " + Identifiers.parse(v).describe());
        } catch (InvalidIdentifierException e) {
          out.println(v + ": INVALID " + e.getMessage());
          exit = ExitCodes.INVALID;
        }
      }
      return exit;
    }
  }

  /** {@code id convert VALUE --to urn|dl|ai [--gcp-length N]}. */
  @Command(name = "convert", mixinStandardHelpOptions = true,
      description = "Convert an identifier to an EPC URI (urn), a GS1 Digital Link (dl) or an element string (ai).",
      footer = {"", "Examples:", "  epcis id convert \"(01)00361234567890(21)100001\" --to urn --gcp-length 7",
          "  epcis id convert urn:epc:id:sscc:0361234.0000000001 --to dl"})
  static final class Convert implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VALUE")
    String value;

    @Option(names = "--to", required = true, description = "urn | dl | ai")
    String to;

    @Option(names = "--gcp-length", paramLabel = "N",
        description = "GS1 company prefix length, needed to write an EPC URI from a Digital Link or element string.")
    Integer gcpLength;

    @Override
    public Integer call() {
      IdentifierForm form;
      try {
        form = IdentifierForm.fromCliName(to);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("unknown form '" + to + "': use urn, dl or ai");
        return ExitCodes.USAGE_OR_IO;
      }
      CompanyPrefixProvider provider = gcpLength == null ? CompanyPrefixProvider.none()
          : CompanyPrefixProvider.fixed(gcpLength);
      try {
        spec.commandLine().getOut().println(Identifiers.convert(value, form, provider));
        return ExitCodes.OK;
      } catch (InvalidIdentifierException e) {
        spec.commandLine().getErr().println(value + ": " + e.getMessage());
        return ExitCodes.INVALID;
      }
    }
  }
}
