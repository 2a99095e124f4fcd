package dev.pharmatrace.epcis.cli;

import dev.pharmatrace.epcis.dscsa.SampleShipments;
import dev.pharmatrace.epcis.dscsa.Shipment;
import dev.pharmatrace.epcis.dscsa.T3Builder;
import dev.pharmatrace.epcis.dscsa.T3Document;
import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.jsonld.JsonDocumentWriter;
import dev.pharmatrace.epcis.jsonld.JsonEventStream;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.hash.EventHashGenerator;
import dev.pharmatrace.epcis.model.io.EpcisFiles;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import dev.pharmatrace.epcis.rules.Hierarchy;
import dev.pharmatrace.epcis.rules.Profile;
import dev.pharmatrace.epcis.rules.ValidationResult;
import dev.pharmatrace.epcis.rules.ValidationSession;
import dev.pharmatrace.epcis.rules.Validator;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlDocumentWriter;
import dev.pharmatrace.epcis.xml.XmlEventStream;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code epcis demo}: the README's main job. On embedded defaults and with no setup, a DSCSA shipment goes from
 * generation to a partner-ready document: generated as EPCIS 1.2 XML, validated (schema and DSCSA profile),
 * converted to EPCIS 2.0 JSON-LD and back, and checked lossless by event hash IDs. Each step prints one line.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Show the library end to end on a generated DSCSA shipment, with no setup: generate it (EPCIS 1.2 "
        + "XML with SBDH, master data and the transaction statement), validate it (schema and DSCSA rules), convert "
        + "it to EPCIS 2.0 JSON-LD and back, and prove the round trip lossless with event hash IDs.",
        "Delivery to a partner endpoint joins the demo with the delivery issue."},
    footer = {"", "Exit codes: 0 every step succeeded, 1 a step found a problem, 2 usage or I/O error.", "",
        "Examples:", "  epcis demo", "  epcis demo --items 100000 --dir demo-files"})
final class DemoCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--items", defaultValue = "1000", paramLabel = "N",
      description = "Saleable units in the shipment (default ${DEFAULT-VALUE}).")
  long items;

  @Option(names = "--seed", defaultValue = "20240301", paramLabel = "S",
      description = "Seed of the generated shipment (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Keep the files in DIR (created if needed); default: a temporary folder, deleted afterwards.")
  Path dir;

  @Option(names = "--verbose", description = "Show stack traces of unexpected errors.")
  boolean verbose;

  private PrintWriter out;

  @Override
  public Integer call() throws IOException {
    out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (items < 1 || items > 10_000_000) {
      err.println("--items must be from 1 to 10,000,000, not " + items);
      return ExitCodes.USAGE_OR_IO;
    }
    boolean temporary = dir == null;
    Path work = temporary ? Files.createTempDirectory("epcis-demo-") : Files.createDirectories(dir);
    try {
      return run(work, temporary);
    } finally {
      if (temporary) {
        deleteTree(work);
      }
    }
  }

  private int run(Path work, boolean temporary) {
    out.println("epcis demo: a DSCSA shipment from a manufacturer to a wholesaler, end to end"
        + (temporary ? "" : " (files in " + work + ")"));
    boolean ok = true;

    // 1. generate
    long t0 = System.nanoTime();
    Shipment shipment = SampleShipments.generate(seed, items, 24, 40);
    T3Document t3 = T3Builder.create().build(shipment);
    Path xml12 = work.resolve("shipment-1.2.xml");
    EpcisFiles.writeAtomically(xml12, stream -> GenerateCommand.Dscsa.write(t3, stream, false, XmlVersion.V1_2,
        () -> { }));
    StandardBusinessDocumentHeader sbdh = t3.header().header().sbdh();
    step(1, "generate", String.format(Locale.ROOT, "%s: %,d items in %,d cases on %,d pallets, %,d events, with "
        + "SBDH (%s to %s), %d master-data elements and the T3 statement (%s, %s)", xml12.getFileName(),
        t3.itemCount(), t3.caseCount(), t3.palletCount(), t3.eventCount(), party(sbdh.sender()),
        party(sbdh.receiver()), masterDataElements(t3.header()), size(xml12), since(t0)));

    // 2. validate: schema, then the DSCSA rules, streaming
    t0 = System.nanoTime();
    List<Finding> findings = new ArrayList<>(EpcisSchemaValidator.create().validate(xml12));
    ValidationResult rules;
    List<String> hashes12 = new ArrayList<>();
    EventHashGenerator hasher = EventHashGenerator.create();
    try (XmlEventStream s = EpcisXmlReader.create().open(xml12)) {
      ValidationSession session = Validator.of(Profile.dscsa()).start(s.document(), xml12.toString());
      while (s.hasNext()) {
        EpcisEvent e = s.next();
        session.accept(e, s.lastEventLocation());
        hashes12.add(hasher.hashId(e));
      }
      findings.addAll(s.warnings());
      rules = session.finish();
    }
    findings.addAll(rules.findings());
    long errors = findings.stream().filter(Finding::isError).count();
    ok &= errors == 0;
    step(2, "validate", String.format(Locale.ROOT, "EPCIS 1.2 XSD and the DSCSA profile (%d rules): %d errors, %d "
        + "warnings; packing rebuilt: %s (%s)", Profile.dscsa().rules().size(), errors, findings.size() - errors,
        describe(rules.hierarchy()), since(t0)));
    findings.stream().limit(5).forEach(f -> out.println("      " + f));

    // 3. convert to EPCIS 2.0 JSON-LD
    t0 = System.nanoTime();
    Path jsonld = work.resolve("shipment.jsonld");
    List<String> hashesJson = new ArrayList<>();
    try (XmlEventStream s = EpcisXmlReader.create().open(xml12)) {
      EpcisFiles.writeAtomically(jsonld, stream -> {
        try (JsonDocumentWriter w = EpcisJsonWriter.create().open(stream, s.document())) {
          pump(s, w::write);
          w.finish();
        }
      });
    }
    List<Finding> jsonFindings = EpcisJsonSchemaValidator.create().validate(jsonld);
    ok &= jsonFindings.isEmpty();
    step(3, "convert", String.format(Locale.ROOT, "%s: EPCIS 2.0 JSON-LD, %s by the EPCIS JSON Schema (%s, %s)",
        jsonld.getFileName(), jsonFindings.isEmpty() ? "valid" : jsonFindings.size() + " findings",
        size(jsonld), since(t0)));

    // 4. and back to 1.2 XML, as a DSCSA partner on 1.2 receives it
    t0 = System.nanoTime();
    Path back = work.resolve("shipment-back-1.2.xml");
    try (JsonEventStream s = EpcisJsonReader.create().open(jsonld)) {
      EpcisFiles.writeAtomically(back, stream -> {
        try (XmlDocumentWriter w = EpcisXmlWriter.builder().version(XmlVersion.V1_2).build().open(stream,
            s.document())) {
          pump(s, e -> {
            hashesJson.add(hasher.hashId(e));
            w.write(e);
          });
          w.finish();
        }
      });
    }
    List<Finding> backFindings = EpcisSchemaValidator.create().validate(back);
    List<String> hashesBack = new ArrayList<>();
    EpcisDocument backHeader;
    try (XmlEventStream s = EpcisXmlReader.create().open(back)) {
      pump(s, e -> hashesBack.add(hasher.hashId(e)));
      backHeader = s.document();
    }
    boolean headerKept = backHeader.header() != null && t3.header().header().equals(backHeader.header());
    ok &= backFindings.isEmpty() && headerKept;
    step(4, "convert", String.format(Locale.ROOT, "%s: back to EPCIS 1.2 XML, %s by the XSD; SBDH, master data and "
        + "transaction statement %s (%s)", back.getFileName(), backFindings.isEmpty() ? "valid" : "INVALID",
        headerKept ? "intact" : "CHANGED", since(t0)));

    // 5. lossless: the same event hash IDs in the three documents
    boolean same = hashes12.equals(hashesJson) && hashes12.equals(hashesBack);
    ok &= same;
    step(5, "hash", String.format(Locale.ROOT, "%,d CBV 2.0 event hash IDs %s across 1.2 XML, JSON-LD and the "
        + "round trip: lossless", hashes12.size(), same ? "identical" : "DIFFERENT"));
    step(6, "deliver", "to a partner endpoint: arrives with the delivery issue (epcis send, serve)");
    out.println(ok ? "demo: every step succeeded" : "demo: a step found a problem (see above)");
    return ok ? ExitCodes.OK : ExitCodes.INVALID;
  }

  private static void pump(Iterator<EpcisEvent> events, Consumer<EpcisEvent> sink) {
    while (events.hasNext()) {
      sink.accept(events.next());
    }
  }

  private void step(int n, String what, String detail) {
    out.printf(Locale.ROOT, "%d. %-9s %s%n", n, what, detail);
    out.flush();
  }

  private static String party(java.util.Optional<dev.pharmatrace.epcis.model.sbdh.Partner> p) {
    // an SGLN URN names the party by its GLN: print the short form people read on paper
    return p.map(x -> x.identifier().value().replace("urn:epc:id:sgln:", "sgln ")).orElse("?");
  }

  private static int masterDataElements(EpcisDocument header) {
    if (header.header() == null || header.header().masterData() == null) {
      return 0;
    }
    return header.header().masterData().vocabularies().stream().mapToInt(v -> v.elements().size()).sum();
  }

  private static String describe(Hierarchy h) {
    long pallets = h.roots().size();
    long cases = 0;
    long units = 0;
    for (String root : h.roots()) {
      for (String c : h.children(root)) {
        cases++;
        units += h.children(c).size();
      }
    }
    return String.format(Locale.ROOT, "%,d pallets > %,d cases > %,d items", pallets, cases, units);
  }

  private static String size(Path p) {
    try {
      long b = Files.size(p);
      return b < 1 << 20 ? String.format(Locale.ROOT, "%,d KB", (b + 1023) / 1024)
          : String.format(Locale.ROOT, "%.1f MB", b / 1048576.0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String since(long t0) {
    return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - t0) / 1e9);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
