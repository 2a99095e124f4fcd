package dev.pharmatrace.epcis.benchmarks;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.jsonld.JsonDocumentWriter;
import dev.pharmatrace.epcis.jsonld.JsonEventStream;
import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.Disposition;
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
 * End-to-end XML throughput and memory: generates an EPCIS 2.0 document of N ObjectEvents (10 SGTINs each, with
 * ILMD) plus N/10 AggregationEvents, writes it with our streaming writer, reads it back, converts it to 1.2 and
 * reads that, next to a bare StAX pass over the same file (the parse floor). Prints a table with events/s and the
 * peak heap (all heap pools' peak usage). Run it in a small heap to show that memory does not grow with the document:
 *
 * <pre>mvn -B -ntp -q install -DskipTests &amp;&amp; mvn -B -ntp -q -f benchmarks exec:exec [-Dbench.events=100000]</pre>
 */
public final class XmlBenchmark {
  private XmlBenchmark() {}

  /** Runs the harness; args: [objectEvents]. */
  public static void main(String[] args) throws IOException {
    int objectEvents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = Files.createTempDirectory("epcis-bench");
    Path v20 = dir.resolve("bench-2.0.xml");
    Path v12 = dir.resolve("bench-1.2.xml");
    Path jsonld = dir.resolve("bench.jsonld");
    Path back = dir.resolve("bench-back.xml");
    List<String> rows = new ArrayList<>();
    try {
      long events = objectEvents + objectEvents / 10;
      rows.add(measure("write 2.0 (generate + write)", events, () -> generate(v20, objectEvents)));
      rows.add(measure("bare StAX pass (parse floor)", events, () -> bareStax(v20)));
      rows.add(measure("read 2.0", events, () -> read(v20)));
      rows.add(measure("convert 2.0 -> 1.2 (read + write)", events, () -> convert(v20, v12, XmlVersion.V1_2)));
      rows.add(measure("read 1.2", events, () -> read(v12)));
      rows.add(measure("convert 2.0 XML -> JSON-LD", events, () -> toJson(v20, jsonld)));
      rows.add(measure("bare Jackson pass (JSON parse floor)", events, () -> bareJackson(jsonld)));
      rows.add(measure("read JSON-LD", events, () -> readJson(jsonld)));
      rows.add(measure("convert JSON-LD -> 2.0 XML", events, () -> toXml(jsonld, back)));
      System.out.printf("EPCIS benchmark: %,d events, 2.0 XML %,d bytes, 1.2 XML %,d bytes, JSON-LD %,d bytes, "
          + "max heap %d MB, Java %s, %d cores%n", events, Files.size(v20), Files.size(v12), Files.size(jsonld),
          Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      System.out.printf("%-38s %10s %12s %14s%n", "step", "seconds", "events/s", "peak heap MB");
      rows.forEach(System.out::println);
    } finally {
      Files.deleteIfExists(v20);
      Files.deleteIfExists(v12);
      Files.deleteIfExists(jsonld);
      Files.deleteIfExists(back);
      Files.deleteIfExists(dir);
    }
  }

  interface Step {
    long run() throws Exception;
  }

  static String measure(String name, long expectedEvents, Step step) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    long count;
    try {
      count = step.run();
    } catch (Exception e) {
      throw new IllegalStateException(name + " failed", e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    if (count != expectedEvents) {
      throw new IllegalStateException(name + ": " + count + " events, expected " + expectedEvents);
    }
    return String.format("%-38s %10.2f %,12.0f %14.1f", name, seconds, count / seconds, peak / 1048576.0);
  }

  static long generate(Path file, int objectEvents) throws IOException {
    OffsetDateTime t0 = OffsetDateTime.parse("2024-03-01T08:00:00-05:00");
    String cbvmda = "urn:epcglobal:cbv:mda";
    // created after its last event (a document's events happened before it was made)
    EpcisDocument header = EpcisDocument.builder().creationDate(t0.plusSeconds(objectEvents + 60L))
        .namespace("cbvmda", cbvmda).build();
    List<Extension> ilmd = List.of(Extension.text(QualifiedName.of(cbvmda, "lotNumber", "cbvmda"), "LOT1"),
        Extension.text(QualifiedName.of(cbvmda, "itemExpirationDate", "cbvmda"), "2026-02-28"));
    long n = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        XmlDocumentWriter w = EpcisXmlWriter.builder().indent(false).build().open(out, header)) {
      List<String> caseChildren = new ArrayList<>();
      for (int i = 0; i < objectEvents; i++) {
        List<String> epcs = new ArrayList<>(10);
        for (int j = 0; j < 10; j++) {
          epcs.add("urn:epc:id:sgtin:0614141.107346." + (i * 10L + j));
        }
        OffsetDateTime t = t0.plusSeconds(i);
        w.write(ObjectEvent.builder().eventTime(t).eventTimeZoneOffset(ZoneOffset.ofHours(-5))
            .action(Action.ADD).bizStep(BizStep.COMMISSIONING).disposition(Disposition.ACTIVE)
            .epcList(epcs).readPoint("urn:epc:id:sgln:0614141.00777.0").bizLocation("urn:epc:id:sgln:0614141.00888.0")
            .ilmd(ilmd).build());
        n++;
        caseChildren.addAll(epcs);
        if (i % 10 == 9) {
          EpcisEvent packing = AggregationEvent.builder().eventTime(t).eventTimeZoneOffset(ZoneOffset.ofHours(-5))
              .action(Action.ADD).bizStep(BizStep.PACKING).disposition(Disposition.IN_PROGRESS)
              .parentId("urn:epc:id:sscc:0614141." + String.format("%010d", i / 10))
              .childEpcs(caseChildren).readPoint("urn:epc:id:sgln:0614141.00777.0").build();
          w.write(packing);
          n++;
          caseChildren = new ArrayList<>();
        }
      }
      w.finish();
    }
    return n;
  }

  static long bareStax(Path file) throws Exception {
    return Floors.stax(new com.ctc.wstx.stax.WstxInputFactory(), file);
  }

  static long read(Path file) {
    long n = 0;
    try (XmlEventStream s = EpcisXmlReader.create().open(file)) {
      while (s.hasNext()) {
        s.next();
        n++;
      }
    }
    return n;
  }

  private static long toJson(Path from, Path to) throws IOException {
    long n = 0;
    try (XmlEventStream s = EpcisXmlReader.create().open(from);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(to), 1 << 16);
        JsonDocumentWriter w = EpcisJsonWriter.builder().pretty(false).build().open(out, s.document())) {
      while (s.hasNext()) {
        w.write(s.next());
        n++;
      }
      w.finish();
    }
    return n;
  }

  private static long toXml(Path from, Path to) throws IOException {
    long n = 0;
    try (JsonEventStream s = EpcisJsonReader.create().open(from);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(to), 1 << 16);
        XmlDocumentWriter w = EpcisXmlWriter.builder().indent(false).build().open(out, s.document())) {
      while (s.hasNext()) {
        w.write(s.next());
        n++;
      }
      w.finish();
    }
    return n;
  }

  private static long readJson(Path file) {
    long n = 0;
    try (JsonEventStream s = EpcisJsonReader.create().open(file)) {
      while (s.hasNext()) {
        s.next();
        n++;
      }
    }
    return n;
  }

  private static long bareJackson(Path file) {
    return Floors.jackson(file);
  }

  private static long convert(Path from, Path to, XmlVersion version) throws IOException {
    long n = 0;
    try (XmlEventStream s = EpcisXmlReader.create().open(from);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(to), 1 << 16);
        XmlDocumentWriter w = EpcisXmlWriter.builder().version(version).indent(false).build()
            .open(out, s.document())) {
      while (s.hasNext()) {
        w.write(s.next());
        n++;
      }
      w.finish();
    }
    return n;
  }
}
