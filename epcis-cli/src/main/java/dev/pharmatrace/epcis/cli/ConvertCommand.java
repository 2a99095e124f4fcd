package dev.pharmatrace.epcis.cli;

import dev.pharmatrace.epcis.cli.internal.Inputs;
import dev.pharmatrace.epcis.cli.internal.Progress;
import dev.pharmatrace.epcis.cli.internal.Outputs;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.jsonld.JsonDocumentWriter;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.hash.EventHashGenerator;
import dev.pharmatrace.epcis.model.internal.LateContent;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlDocumentWriter;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code epcis convert IN [-o OUT] --to xml|jsonld [--epcis-version 2.0|1.2] [--add-event-ids]}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Convert an EPCIS document between 1.2 XML, 2.0 XML and 2.0 JSON-LD, streaming. The output is "
        + "written atomically: nothing is left behind on failure.",
    footer = {"", "Exit codes: 0 converted, 1 invalid input, 2 usage or I/O error.", "", "Examples:",
        "  epcis convert shipment.xml --to jsonld -o shipment.jsonld",
        "  epcis convert shipment.jsonld --to xml --epcis-version 1.2 -o shipment-1.2.xml",
        "  cat in.xml | epcis convert - --to xml --epcis-version 2.0 > out.xml",
        "  epcis convert partner.xml --to xml --add-event-ids -o with-ids.xml",
        "  epcis convert big.xml --to jsonld --limit events=100M --limit text=64M -o big.jsonld"})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The input file; - for stdin.")
  String input;

  @Option(names = {"-o", "--output"}, defaultValue = "-", paramLabel = "OUT",
      description = "The output file; - for stdout (default).")
  String output;

  @Option(names = "--to", required = true, description = "xml | jsonld")
  String to;

  @Option(names = "--epcis-version", paramLabel = "VERSION",
      description = "2.0 | 1.2 for XML output (default: the input's version for XML input, else 2.0).")
  String version;

  @Option(names = "--add-event-ids", description = "Give every event without an eventID its CBV 2.0 event hash ID "
      + "(ni:///sha-256;...?ver=CBV2.0); declared eventIDs are kept.")
  boolean addEventIds;

  @Option(names = {"-q", "--quiet"}, description = "No progress line on stderr (shown for long work when stderr "
      + "is a terminal).")
  boolean quiet;

  @Mixin
  LimitOptions limitOptions;

  @Option(names = "--verbose", description = "Show stack traces of unexpected errors.")
  boolean verbose;

  private Progress progress;
  /** The index of the event being written, -1 outside the events. */
  private long writing = -1;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!to.equals("xml") && !to.equals("jsonld")) {
      err.println("unknown target '" + to + "': use xml or jsonld");
      return ExitCodes.USAGE_OR_IO;
    }
    XmlVersion xmlVersion = null;
    if (version != null) {
      try {
        xmlVersion = XmlVersion.parse(version);
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        return ExitCodes.USAGE_OR_IO;
      }
    }
    XmlVersion v = xmlVersion;
    EpcisDocument completed;
    // a file's JSON-LD header may come only at the end: a header after the body then takes the second pass below
    // instead of a scan of every file's top level before its events
    try (Inputs.EventSource in = Inputs.events(input, limitOptions.limits(), input.equals("-"));
        Progress progress = Progress.overBytes(err, "convert " + input, in.totalBytes(), in::bytesRead, quiet)) {
      EpcisDocument header = in.document();
      this.progress = progress;
      try {
        Outputs.write(output, out -> copy(in, header, out, v));
        in.warnings().forEach(err::println);
        return ExitCodes.OK;
      } catch (EpcisException e) {
        String rule = e.finding().ruleId();
        if (!rule.equals(LateContent.LATE_HEADER) && !rule.equals(LateContent.LATE_NAME)) {
          throw located(e, input.equals("-") ? "<stdin>" : input);
        }
        if (input.equals("-") || output.equals("-")) {
          throw new EpcisException(Finding.error(rule, e.finding().message() + " (convert does so by reading its "
              + "input a second time, which needs an input file and an output file, -o OUT, not stdin or stdout)",
              SourceLocation.of(input.equals("-") ? "<stdin>" : input, 0, 0)));
        }
        // what followed the events cannot be written after them, and nothing was left behind: the file is read
        // again, with the writer opened on the document as this pass completed it
        completed = in.document();
      }
    }
    try (Inputs.EventSource again = Inputs.events(input, limitOptions.limits());
        Progress progress = Progress.overBytes(err, "convert " + input + " (second pass)", again.totalBytes(),
            again::bytesRead, quiet)) {
      this.progress = progress;
      try {
        Outputs.write(output, out -> copy(again, completed, out, v));
      } catch (EpcisException e) {
        throw located(e, input);
      }
      again.warnings().forEach(err::println);
    }
    return ExitCodes.OK;
  }

  private void copy(Inputs.EventSource in, EpcisDocument header, OutputStream out, XmlVersion requested) {
    if (to.equals("jsonld")) {
      try (JsonDocumentWriter w = EpcisJsonWriter.create().open(out, header)) {
        pump(in, w::write);
        w.finish(in.document()); // with what followed the events
        w.warnings().forEach(spec.commandLine().getErr()::println);
      }
      return;
    }
    XmlVersion v = requested != null ? requested
        : in.syntax() == Inputs.Syntax.XML && header.schemaVersion().startsWith("1") ? XmlVersion.V1_2
        : XmlVersion.V2_0;
    try (XmlDocumentWriter w = EpcisXmlWriter.builder().version(v).build().open(out, header)) {
      pump(in, w::write);
      w.finish(in.document()); // with what followed the events
      w.warnings().forEach(spec.commandLine().getErr()::println);
    }
  }

  private void pump(Inputs.EventSource in, Consumer<EpcisEvent> sink) {
    EventHashGenerator hashes = addEventIds ? EventHashGenerator.create() : null;
    writing = -1;
    while (in.hasNext()) {
      EpcisEvent event = in.next();
      writing++;
      sink.accept(hashes == null ? event : hashes.withMissingEventId(event));
      progress.event();
    }
    writing = -1; // what follows is the document's
  }

  /**
   * A refusal of the writer (it knows no file) located in the input: the file, and the event being written, if
   * any; a reader's finding, which names its place, as it is.
   */
  private EpcisException located(EpcisException e, String file) {
    SourceLocation at = e.finding().location();
    if (at.fileValue().isPresent()) {
      return e;
    }
    SourceLocation here = SourceLocation.of(file, 0, 0);
    return new EpcisException(Finding.error(e.finding().ruleId(), e.finding().message(),
        writing >= 0 ? here.withEvent(writing, null) : here), e);
  }
}
