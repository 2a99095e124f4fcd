package dev.pharmatrace.epcis.cli;

import dev.pharmatrace.epcis.cli.internal.InputLimits;
import dev.pharmatrace.epcis.cli.internal.Inputs;
import dev.pharmatrace.epcis.cli.internal.Progress;
import dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.hash.EventHashChecker;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.rules.Hierarchy;
import dev.pharmatrace.epcis.rules.ProfileFiles;
import dev.pharmatrace.epcis.rules.ValidationResult;
import dev.pharmatrace.epcis.rules.ValidationSession;
import dev.pharmatrace.epcis.rules.Validator;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code epcis validate FILE... [--profile NAME] [--profile-file FILE] [--profile-dir DIR] [--format text|json]}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate EPCIS documents (1.2 XML, 2.0 XML or JSON-LD, detected): schema, then business rules. "
        + "Prints one line per finding: FILE:LINE:COL: error|warning RULE-ID: message.",
    footer = {"", "Profiles:",
        "  schema  the schema only (a duplicate JSON key is a warning)",
        "  core    schema, reading (refuses duplicate JSON keys), EPCIS/CBV and",
        "          traceability rules, declared hash eventIDs verified",
        "          (EVENT-HASH-MISMATCH), repeated events (EVENT-DUPLICATE): the default",
        "  dscsa   core and the GS1 US DSCSA rules",
        "  NAME    a partner profile: DIR/NAME.properties with --profile-dir DIR;",
        "          or --profile-file FILE (format and rule ids: docs/rules.md)",
        "Exit codes: 0 valid (warnings allowed), 1 invalid, 2 usage or I/O error.", "",
        "Examples:", "  epcis validate shipment.xml", "  epcis validate --profile dscsa shipment.xml",
        "  epcis validate --profile-file acme.properties --format json shipment.xml",
        "  epcis validate --profile schema --format json a.xml b.jsonld",
        "  epcis validate --limit size=1G --limit depth=200 big.jsonld"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to validate; - for stdin.")
  List<String> files;

  @Option(names = "--profile", defaultValue = "core",
      description = "schema | core | dscsa | a partner profile in --profile-dir (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--profile-file", paramLabel = "FILE",
      description = "A partner profile file (extends=dscsa, RULE-ID=error|warning|off, ...); replaces --profile.")
  Path profileFile;

  @Option(names = "--profile-dir", paramLabel = "DIR", description = "Where --profile NAME finds NAME.properties.")
  Path profileDir;

  @Option(names = "--format", defaultValue = "text", description = "text | json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-q", "--quiet"}, description = "No progress line on stderr (shown for long work when stderr "
      + "is a terminal).")
  boolean quiet;

  @Mixin
  LimitOptions limitOptions;

  @Option(names = "--verbose", description = "Show stack traces of unexpected errors.")
  boolean verbose;

  /** The input limits of this run (from --limit). */
  private InputLimits limits;

  /** Where findings and progress go when the command runs without picocli (see {@link QuickValidate}). */
  PrintWriter quickOut;
  PrintWriter quickErr;

  private PrintWriter out() {
    return spec != null ? spec.commandLine().getOut() : quickOut;
  }

  private PrintWriter err() {
    return spec != null ? spec.commandLine().getErr() : quickErr;
  }

  /** What validating one file gave. */
  private record Outcome(List<Finding> findings, Hierarchy hierarchy) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = out();
    PrintWriter err = err();
    if (!format.equals("text") && !format.equals("json")) {
      err.println("unknown format '" + format + "': use text or json");
      return ExitCodes.USAGE_OR_IO;
    }
    Validator validator = null;
    if (profileFile != null || !profile.equals("schema")) {
      try {
        validator = Validator.of(profileFile != null ? ProfileFiles.load(profileFile)
            : ProfileFiles.named(profile, profileDir));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        err.println(e.getMessage());
        return ExitCodes.USAGE_OR_IO;
      }
    }
    limits = limitOptions.limits();
    String profileName = validator == null ? "schema" : validator.profile().name();
    int exit = ExitCodes.OK;
    // the JSON report names the overall verdict first: the file reports wait in a temporary file, so that a
    // hierarchy of millions of items does not have to fit in memory
    Path reports = format.equals("json") ? Files.createTempFile("epcis-validate", ".json") : null;
    try (Writer json = reports == null ? Writer.nullWriter() : Files.newBufferedWriter(reports,
        StandardCharsets.UTF_8)) {
      for (int i = 0; i < files.size(); i++) {
        String file = files.get(i);
        Outcome outcome;
        boolean ioError = false;
        try {
          outcome = validate(file, validator);
        } catch (EpcisException e) {
          outcome = new Outcome(e.findings(), null);
          ioError = e.finding().ruleId().equals("IO");
        }
        boolean valid = outcome.findings().stream().noneMatch(Finding::isError);
        if (ioError) {
          exit = ExitCodes.USAGE_OR_IO;
        } else if (!valid && exit == ExitCodes.OK) {
          exit = ExitCodes.INVALID;
        }
        if (reports == null) {
          outcome.findings().forEach(out::println);
        } else {
          if (i > 0) {
            json.write(',');
          }
          JsonReport.file(json, file, valid, profileName, outcome.findings(), outcome.hierarchy());
        }
      }
    }
    if (reports != null) {
      try {
        out.print("{\"valid\":" + (exit == ExitCodes.OK) + ",\"files\":[");
        out.flush();
        try (java.io.Reader in = Files.newBufferedReader(reports, StandardCharsets.UTF_8)) {
          in.transferTo(out);
        }
        out.println("]}");
      } finally {
        Files.deleteIfExists(reports);
      }
    }
    out.flush();
    return exit;
  }

  /** JSON files from this size have their events schema-validated on the common pool too. */
  static final long PARALLEL_SCHEMA_MIN_BYTES = 8L << 20;

  /** Runs the rules pass beside the schema pass; daemon threads, so that they never hold the process. */
  private static final java.util.concurrent.Executor BESIDE = task -> {
    Thread t = new Thread(task, "epcis-rules-pass");
    t.setDaemon(true);
    t.start();
  };

  /** What reading the document with the rules found. */
  private record RulesPass(List<Finding> findings, Hierarchy hierarchy) {}

  /**
   * Reads the document: what the schema cannot say (unreadable values), the reader's warnings, declared hash
   * eventIDs that do not match the content (error), repeated events (warning), and the business rules.
   */
  private RulesPass rulesPass(String name, String systemId, Validator validator, boolean silent,
      java.util.function.BooleanSupplier cancelled) {
    List<Finding> findings = new ArrayList<>();
    try (Inputs.EventSource events = Inputs.events(name, systemId, limits); Progress progress = Progress.overBytes(
        err(), "validate " + systemId, events.totalBytes(), events::bytesRead, silent)) {
      ValidationSession session = validator.start(events.document(), systemId);
      EventHashChecker.Session hashes = EventHashChecker.create().newSession(systemId);
      while (events.hasNext() && !cancelled.getAsBoolean()) {
        EpcisEvent event = events.next();
        session.accept(event, events.lastEventLocation().withFile(systemId));
        findings.addAll(hashes.check(event));
        progress.event();
      }
      findings.addAll(events.warnings());
      ValidationResult result = session.finish();
      findings.addAll(result.findings());
      return new RulesPass(findings, result.hierarchy());
    } catch (EpcisException e) {
      findings.addAll(e.findings());
      return new RulesPass(findings, null);
    }
  }

  private static RulesPass join(CompletableFuture<RulesPass> pass) {
    try {
      return pass.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private Outcome validate(String file, Validator validator) {
    List<Finding> findings = new ArrayList<>();
    Hierarchy hierarchy = null;
    String systemId = file.equals("-") ? "<stdin>" : file;
    Path temp = null;
    try {
      String name = file;
      if (file.equals("-")) {
        temp = Files.createTempFile("epcis-stdin", ".tmp");
        Files.copy(System.in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        name = temp.toString();
      }
      // the rules pass reads the file beside the schema pass, on the other core, and is stopped as soon as the schema
      // rejects the document (its findings only count for a schema-valid document): a large file takes about the
      // longer of the two passes instead of their sum, and a small file's startup (the rules and reader classes)
      // overlaps the XSD's compilation
      Validator rulesValidator = validator;
      String input = name;
      java.util.concurrent.atomic.AtomicBoolean schemaFailed = new java.util.concurrent.atomic.AtomicBoolean();
      boolean large = Files.size(Path.of(name)) > PARALLEL_SCHEMA_MIN_BYTES;
      CompletableFuture<RulesPass> rules = validator == null ? null : CompletableFuture.supplyAsync(
          () -> rulesPass(input, systemId, rulesValidator, quiet, schemaFailed::get), BESIDE);
      try (InputStream in = Inputs.open(name)) {
        Inputs.Syntax syntax = Inputs.detect(in, systemId);
        List<Finding> schema = syntax == Inputs.Syntax.XML
            ? EpcisSchemaValidator.create(limits.xml()).validate(in, systemId)
            // streaming, event by event; a large file's events also on the common pool, beside the rules pass
            : EpcisJsonSchemaValidator.create(limits.jsonSchema()).withParallelEvents(large).validate(in, systemId);
        schemaFailed.set(schema.stream().anyMatch(f -> f.isError() && !f.ruleId().equals("JSON-DUPLICATE-KEY")));
        for (Finding f : schema) {
          // a duplicate JSON key is not a schema matter (JSON Schema sees the last value): the schema profile
          // reports it as a warning and keeps the official verdict; the other profiles refuse the document
          findings.add(f.ruleId().equals("JSON-DUPLICATE-KEY") && f.isError()
              ? Finding.warning(f.ruleId(), f.message(), f.location()) : f);
        }
      } catch (IOException | RuntimeException | Error e) {
        schemaFailed.set(true); // no verdict: the rules pass stops too
        throw e;
      }
      if (rules != null && findings.stream().noneMatch(Finding::isError)) {
        RulesPass pass = join(rules);
        findings.addAll(pass.findings());
        hierarchy = pass.hierarchy();
      }
      return new Outcome(findings, hierarchy);
    } catch (IOException e) {
      throw new EpcisException(Finding.error("IO", "cannot read: " + e.getMessage(),
          SourceLocation.of(systemId, 0, 0)), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a temporary file
        }
      }
    }
  }
}
