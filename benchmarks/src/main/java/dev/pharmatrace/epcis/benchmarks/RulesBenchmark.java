package dev.pharmatrace.epcis.benchmarks;

import dev.pharmatrace.epcis.examples.DscsaShipmentExample;
import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.BizTransaction;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.SourceDest;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.rules.Profile;
import dev.pharmatrace.epcis.rules.ValidationResult;
import dev.pharmatrace.epcis.rules.ValidationSession;
import dev.pharmatrace.epcis.rules.Validator;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlDocumentWriter;
import dev.pharmatrace.epcis.xml.XmlEventStream;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * DSCSA validation of a large shipment in a small heap: generates (streaming) an EPCIS 1.2 DSCSA document with N
 * serialised items, 50 to a case, 40 cases to a pallet, with full master data and one shipping event of all pallets,
 * then validates it event by event with {@link Profile#dscsa()} and reports throughput, peak heap and the heap the
 * traceability index keeps per identifier. Run it in 128 MB:
 *
 * <pre>mvn -B -ntp -q install -DskipTests &amp;&amp; mvn -B -ntp -q -f benchmarks exec:exec@rules [-Dbench.items=1000000]</pre>
 *
 * With a second argument (a file name) it only writes the document there, for {@code epcis validate} runs.
 */
public final class RulesBenchmark {
  static final int PER_CASE = 50;
  static final int CASES_PER_PALLET = 40;
  static final int PER_EVENT = 100;

  private RulesBenchmark() {}

  /** Runs the harness; args: [items] [file to write only]. */
  public static void main(String[] args) throws IOException {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    if (args.length > 1) {
      long events = generate(Path.of(args[1]), items);
      System.out.printf("wrote %s: %,d items, %,d events, %,d bytes%n", args[1], items, events,
          Files.size(Path.of(args[1])));
      return;
    }
    Path file = Files.createTempFile("epcis-rules-bench", ".xml");
    try {
      long events = generate(file, items);
      System.gc();
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).toList();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long before = usedAfterGc();
      java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      ValidationResult result;
      try (XmlEventStream s = EpcisXmlReader.create().open(file)) {
        ValidationSession session = Validator.of(Profile.dscsa()).start(s.document(), file.toString());
        while (s.hasNext()) {
          session.accept(s.next(), s.lastEventLocation());
        }
        result = session.finish();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      long retained = usedAfterGc() - before;
      if (result.events() != events || !result.findings().isEmpty()) {
        throw new IllegalStateException("expected " + events + " events and no finding, got " + result.events()
            + " events and " + result.findings().stream().limit(5).map(Finding::toString).toList());
      }
      System.out.printf("DSCSA validation: %,d items (%,d identifiers), %,d events, %,d bytes of EPCIS 1.2 XML, "
          + "max heap %d MB, Java %s, %d cores%n", items, result.hierarchy().size(), events, Files.size(file),
          Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      System.out.printf("read + validate: %.2f s wall, %.2f s CPU of the validating thread (%,.0f items per CPU "
          + "second), peak heap %.1f MB, index kept after the last event %.1f MB = %.1f bytes per identifier%n",
          seconds, cpu, items / cpu, peak / 1048576.0, retained / 1048576.0,
          (double) retained / result.hierarchy().size());
      System.out.println("hierarchy roots: " + result.hierarchy().roots().size() + " pallets");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Writes the shipment; returns the number of events. */
  static long generate(Path file, int items) throws IOException {
    EpcisDocument header = DscsaShipmentExample.build(List.of(), PER_CASE).withoutEvents();
    OffsetDateTime t0 = OffsetDateTime.parse("2024-03-01T06:00:00-05:00");
    ZoneOffset est = ZoneOffset.ofHours(-5);
    String plant = "urn:epc:id:sgln:0361234.00001.0";
    List<Extension> lotAndExpiry = List.of(
        Extension.text(QualifiedName.of("urn:epcglobal:cbv:mda", "lotNumber", "cbvmda"), "LOT2403A"),
        Extension.text(QualifiedName.of("urn:epcglobal:cbv:mda", "itemExpirationDate", "cbvmda"), "2026-02-28"));
    int cases = (items + PER_CASE - 1) / PER_CASE;
    int pallets = (cases + CASES_PER_PALLET - 1) / CASES_PER_PALLET;
    long n = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        XmlDocumentWriter w = EpcisXmlWriter.builder().version(XmlVersion.V1_2).indent(false).build()
            .open(out, header.withEvents(List.of()).toBuilder().creationDate(t0.plusHours(4)).build())) {
      for (int from = 0; from < items; from += PER_EVENT) {
        List<String> epcs = new ArrayList<>(PER_EVENT);
        for (int i = from; i < Math.min(items, from + PER_EVENT); i++) {
          epcs.add(item(i));
        }
        w.write(commissioning(t0, est, plant, epcs, lotAndExpiry));
        n++;
      }
      for (int from = 0; from < cases; from += PER_EVENT) {
        List<String> epcs = new ArrayList<>(PER_EVENT);
        for (int c = from; c < Math.min(cases, from + PER_EVENT); c++) {
          epcs.add(caseId(c));
        }
        w.write(commissioning(t0.plusMinutes(1), est, plant, epcs, lotAndExpiry));
        n++;
      }
      List<String> palletIds = new ArrayList<>();
      for (int p = 0; p < pallets; p++) {
        palletIds.add(String.format("urn:epc:id:sscc:0361234.%010d", p));
      }
      w.write(commissioning(t0.plusMinutes(2), est, plant, palletIds, List.of()));
      n++;
      for (int c = 0; c < cases; c++) {
        List<String> children = new ArrayList<>(PER_CASE);
        for (int i = c * PER_CASE; i < Math.min(items, (c + 1) * PER_CASE); i++) {
          children.add(item(i));
        }
        w.write(packing(t0.plusMinutes(10), est, plant, caseId(c), children));
        n++;
      }
      for (int p = 0; p < pallets; p++) {
        List<String> children = new ArrayList<>(CASES_PER_PALLET);
        for (int c = p * CASES_PER_PALLET; c < Math.min(cases, (p + 1) * CASES_PER_PALLET); c++) {
          children.add(caseId(c));
        }
        w.write(packing(t0.plusMinutes(30), est, plant, palletIds.get(p), children));
        n++;
      }
      w.write(ObjectEvent.builder().eventTime(t0.plusHours(2)).eventTimeZoneOffset(est)
          .action(Action.OBSERVE).bizStep(BizStep.SHIPPING).disposition(Disposition.IN_TRANSIT)
          .epcList(palletIds).readPoint(plant)
          .addBizTransaction(BizTransaction.of(BizTransactionType.PO, "urn:epcglobal:cbv:bt:0398765000008:PO-1"))
          .addSource(SourceDest.of(SourceDestType.OWNING_PARTY, "urn:epc:id:sgln:0361234.00000.0"))
          .addSource(SourceDest.of(SourceDestType.LOCATION, plant))
          .addDestination(SourceDest.of(SourceDestType.OWNING_PARTY, "urn:epc:id:sgln:0398765.00000.0"))
          .addDestination(SourceDest.of(SourceDestType.LOCATION, "urn:epc:id:sgln:0398765.00002.0"))
          .build());
      n++;
      w.finish();
    }
    return n;
  }

  private static String item(int i) {
    return "urn:epc:id:sgtin:0361234.056789." + (100_000_000L + i);
  }

  private static String caseId(int c) {
    return "urn:epc:id:sgtin:0361234.556789.C" + (1_000_000 + c);
  }

  private static ObjectEvent commissioning(OffsetDateTime t, ZoneOffset offset, String plant, List<String> epcs,
      List<Extension> ilmd) {
    return ObjectEvent.builder().eventTime(t).eventTimeZoneOffset(offset).action(Action.ADD)
        .bizStep(BizStep.COMMISSIONING).disposition(Disposition.ACTIVE).epcList(epcs).readPoint(plant)
        .bizLocation(plant).ilmd(ilmd).build();
  }

  private static AggregationEvent packing(OffsetDateTime t, ZoneOffset offset, String plant, String parent,
      List<String> children) {
    return AggregationEvent.builder().eventTime(t).eventTimeZoneOffset(offset).action(Action.ADD)
        .bizStep(BizStep.PACKING).disposition(Disposition.IN_PROGRESS).parentId(parent).childEpcs(children)
        .readPoint(plant).build();
  }
}
