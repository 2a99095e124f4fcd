package dev.pharmatrace.epcis.cli;

import dev.pharmatrace.epcis.cli.internal.Outputs;
import dev.pharmatrace.epcis.cli.internal.Progress;
import dev.pharmatrace.epcis.dscsa.SampleShipments;
import dev.pharmatrace.epcis.dscsa.Shipment;
import dev.pharmatrace.epcis.dscsa.T3Builder;
import dev.pharmatrace.epcis.dscsa.T3Document;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.jsonld.JsonDocumentWriter;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlDocumentWriter;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code epcis generate dscsa ...}: realistic test documents. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate realistic EPCIS test documents.",
    subcommands = {GenerateCommand.Dscsa.class},
    footer = {"", "Examples:", "  epcis generate dscsa -o shipment.xml",
        "  epcis generate dscsa --format jsonld --items 100 > shipment.jsonld"})
final class GenerateCommand {

  /**
   * {@code generate dscsa [--items N] [--items-per-case N] [--cases-per-pallet N] [--format xml|jsonld]
   * [--epcis-version 1.2|2.0] [--seed S] [-o OUT]}.
   */
  @Command(name = "dscsa", mixinStandardHelpOptions = true,
      description = {"Generate a DSCSA shipment from a US manufacturer to a wholesaler: SBDH, product and location "
          + "master data, the transaction statement, commissioning with lot and expiry, packing into cases and "
          + "pallets, and shipping with the purchase order and source and destination parties. Any size, "
          + "streaming (millions of items in a small heap); reproducible with --seed (same seed and options, "
          + "same bytes). The output is written atomically: nothing is left behind on failure."},
      footer = {"", "Exit codes: 0 generated, 2 usage or I/O error.", "", "Examples:",
          "  epcis generate dscsa -o shipment.xml",
          "  epcis generate dscsa --items 1000000 --items-per-case 48 --seed 7 -o big.xml",
          "  epcis generate dscsa --format jsonld --items 100 > shipment.jsonld",
          "  epcis generate dscsa --epcis-version 2.0 --seed 1 -o shipment-2.0.xml"})
  static final class Dscsa implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--items", defaultValue = "1000", paramLabel = "N",
        description = "Saleable units shipped (default ${DEFAULT-VALUE}).")
    long items;

    @Option(names = "--items-per-case", defaultValue = "24", paramLabel = "N",
        description = "Units per case (default ${DEFAULT-VALUE}).")
    int itemsPerCase;

    @Option(names = "--cases-per-pallet", defaultValue = "40", paramLabel = "N",
        description = "Cases per pallet (default ${DEFAULT-VALUE}).")
    int casesPerPallet;

    @Option(names = "--format", defaultValue = "xml", paramLabel = "FORMAT",
        description = "xml (default) | jsonld (EPCIS 2.0)")
    String format;

    @Option(names = "--epcis-version", paramLabel = "VERSION",
        description = "1.2 (default for xml, as DSCSA partners exchange) | 2.0")
    String version;

    @Option(names = "--seed", paramLabel = "S",
        description = "Seed of the generated data (default: random); the same seed gives the same output.")
    Long seed;

    @Option(names = {"-o", "--output"}, defaultValue = "-", paramLabel = "OUT",
        description = "The output file; - for stdout (default).")
    String output;

    @Option(names = {"-q", "--quiet"}, description = "No progress line on stderr (shown for long work when stderr "
        + "is a terminal).")
    boolean quiet;

    @Option(names = "--verbose", description = "Show stack traces of unexpected errors.")
    boolean verbose;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (!format.equals("xml") && !format.equals("jsonld")) {
        return usage(err, "unknown format '" + format + "': use xml or jsonld");
      }
      XmlVersion xmlVersion = XmlVersion.V1_2;
      if (version != null) {
        try {
          xmlVersion = XmlVersion.parse(version);
        } catch (IllegalArgumentException e) {
          return usage(err, e.getMessage());
        }
      }
      if (format.equals("jsonld") && version != null && xmlVersion != XmlVersion.V2_0) {
        return usage(err, "JSON-LD is EPCIS 2.0 only: drop --epcis-version or use --format xml");
      }
      if (items < 1) {
        return usage(err, "--items must be at least 1, not " + items);
      }
      if (itemsPerCase < 1 || itemsPerCase > Shipment.MAX_CHILDREN) {
        return usage(err, "--items-per-case must be from 1 to " + Shipment.MAX_CHILDREN + ", not " + itemsPerCase);
      }
      if (casesPerPallet < 1 || casesPerPallet > Shipment.MAX_CHILDREN) {
        return usage(err, "--cases-per-pallet must be from 1 to " + Shipment.MAX_CHILDREN + ", not "
            + casesPerPallet);
      }
      String epcisVersion = format.equals("jsonld") ? "2.0" : xmlVersion.schemaVersion();
      T3Document t3;
      try {
        Shipment shipment = SampleShipments.generate(seed != null ? seed : new SecureRandom().nextLong(), items,
            itemsPerCase, casesPerPallet);
        t3 = T3Builder.builder().epcisVersion(epcisVersion).build().build(shipment);
      } catch (IllegalArgumentException e) {
        return usage(err, e.getMessage());
      }
      XmlVersion v = xmlVersion;
      try (Progress progress = Progress.overEvents(err, "generate dscsa", t3.eventCount(), quiet)) {
        Outputs.write(output, out -> write(t3, out, format.equals("jsonld"), v, progress::event));
      }
      return ExitCodes.OK;
    }

    /**
     * Writes a T3 document, streaming: JSON-LD, or XML of version {@code v}; {@code perEvent} runs after each event
     * (progress). Also the demo's first step.
     */
    static void write(T3Document t3, OutputStream out, boolean jsonld, XmlVersion v, Runnable perEvent) {
      if (jsonld) {
        try (JsonDocumentWriter w = EpcisJsonWriter.create().open(out, t3.header())) {
          t3.forEach(e -> {
            w.write(e);
            perEvent.run();
          });
          w.finish();
        }
      } else {
        try (XmlDocumentWriter w = EpcisXmlWriter.builder().version(v).build().open(out, t3.header())) {
          t3.forEach(e -> {
            w.write(e);
            perEvent.run();
          });
          w.finish();
        }
      }
    }

    private static int usage(PrintWriter err, String message) {
      err.println(message);
      return ExitCodes.USAGE_OR_IO;
    }
  }
}
