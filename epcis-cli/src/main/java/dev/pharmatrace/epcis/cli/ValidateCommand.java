package dev.pharmatrace.epcis.cli;

import dev.pharmatrace.epcis.cli.internal.Inputs;
import dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator;
import dev.pharmatrace.epcis.model.hash.EventHashChecker;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code epcis validate FILE... [--profile NAME] [--format text|json]}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate EPCIS documents (1.2 XML, 2.0 XML or JSON-LD, detected). Prints one line per finding: "
        + "FILE:LINE:COL: error|warning RULE-ID: message.",
    footer = {"", "Profiles: schema (schema only; a duplicate JSON key is a warning), core (schema + reading the",
        "document, which refuses duplicate JSON keys; declared hash eventIDs are verified (EVENT-HASH-MISMATCH) and",
        "repeated events reported (EVENT-DUPLICATE): the default).",
        "Exit codes: 0 valid (warnings allowed), 1 invalid, 2 usage or I/O error.", "",
        "Examples:", "  epcis validate shipment.xml", "  epcis validate --profile schema --format json a.xml b.jsonld"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to validate; - for stdin.")
  List<String> files;

  @Option(names = "--profile", defaultValue = "core", description = "schema | core (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--format", defaultValue = "text", description = "text | json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--verbose", description = "Show stack traces of unexpected errors.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!profile.equals("schema") && !profile.equals("core")) {
      err.println("unknown profile '" + profile + "': use schema or core (the dscsa profile arrives with the "
          + "business-rule validation)");
      return ExitCodes.USAGE_OR_IO;
    }
    if (!format.equals("text") && !format.equals("json")) {
      err.println("unknown format '" + format + "': use text or json");
      return ExitCodes.USAGE_OR_IO;
    }
    int exit = ExitCodes.OK;
    List<String> reports = new ArrayList<>();
    for (String file : files) {
      List<Finding> findings = new ArrayList<>();
      boolean ioError = false;
      try {
        findings.addAll(validate(file));
      } catch (EpcisException e) {
        findings.addAll(e.findings());
        ioError = e.finding().ruleId().equals("IO");
      }
      boolean valid = findings.stream().noneMatch(Finding::isError);
      if (ioError) {
        exit = ExitCodes.USAGE_OR_IO;
      } else if (!valid && exit == ExitCodes.OK) {
        exit = ExitCodes.INVALID;
      }
      if (format.equals("text")) {
        findings.forEach(out::println);
      } else {
        reports.add(JsonReport.file(file, valid, findings));
      }
    }
    if (format.equals("json")) {
      out.println(JsonReport.document(reports, exit == ExitCodes.OK));
    }
    out.flush();
    return exit;
  }

  private List<Finding> validate(String file) {
    List<Finding> findings = new ArrayList<>();
    String systemId = file.equals("-") ? "<stdin>" : file;
    java.nio.file.Path temp = null;
    try {
      String name = file;
      if (file.equals("-")) {
        temp = java.nio.file.Files.createTempFile("epcis-stdin", ".tmp");
        java.nio.file.Files.copy(System.in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        name = temp.toString();
      }
      try (InputStream in = Inputs.open(name)) {
        Inputs.Syntax syntax = Inputs.detect(in, systemId);
        List<Finding> schema = syntax == Inputs.Syntax.XML
            ? EpcisSchemaValidator.create().validate(in, systemId)
            : EpcisJsonSchemaValidator.create().validate(in, systemId);
        for (Finding f : schema) {
          // a duplicate JSON key is not a schema matter (JSON Schema sees the last value): the schema profile
          // reports it as a warning and keeps the official verdict; the core profile refuses the document
          findings.add(f.ruleId().equals("JSON-DUPLICATE-KEY") && f.isError()
              ? Finding.warning(f.ruleId(), f.message(), f.location()) : f);
        }
      }
      if (profile.equals("core") && findings.stream().noneMatch(Finding::isError)) {
        // read the document: what the schema cannot say (unreadable values), and the reader's warnings
        try (Inputs.EventSource events = Inputs.events(name, systemId)) {
          // declared hash eventIDs that do not match the content (error), repeated events (warning)
          EventHashChecker.Session hashes = EventHashChecker.create().newSession(systemId);
          while (events.hasNext()) {
            findings.addAll(hashes.check(events.next()));
          }
          findings.addAll(events.warnings());
        } catch (EpcisException e) {
          findings.addAll(e.findings());
        }
      }
      return findings;
    } catch (java.io.IOException e) {
      throw new EpcisException(Finding.error("IO", "cannot read: " + e.getMessage(),
          SourceLocation.of(systemId, 0, 0)), e);
    } finally {
      if (temp != null) {
        try {
          java.nio.file.Files.deleteIfExists(temp);
        } catch (java.io.IOException ignored) {
          // a temporary file
        }
      }
    }
  }
}
