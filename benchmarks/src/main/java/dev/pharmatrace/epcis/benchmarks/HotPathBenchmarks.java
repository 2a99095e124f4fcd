package dev.pharmatrace.epcis.benchmarks;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.jsonld.JsonDocumentWriter;
import dev.pharmatrace.epcis.jsonld.JsonEventStream;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.gs1.DigitalLink;
import dev.pharmatrace.epcis.model.gs1.EpcUri;
import dev.pharmatrace.epcis.model.hash.EventHashGenerator;
import dev.pharmatrace.epcis.model.internal.IsoTimes;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlDocumentWriter;
import dev.pharmatrace.epcis.xml.XmlEventStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmarks of the hot paths, on a document of the benchmark's shape (100 ObjectEvents with 10 SGTINs
 * and ILMD, 10 AggregationEvents of 100 children): reading and writing both syntaxes, event hash IDs, identifier
 * conversion and date-times (the hand-written path next to {@code java.time}'s, the reason it exists). Scores are
 * documents (110 events) or single operations per second.
 *
 * <pre>mvn -B -ntp -q verify -DskipTests -Pjmh [-Djmh.args='HotPathBenchmarks.readXml -f 1 -wi 3 -i 5']</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HotPathBenchmarks {
  private static final String SGTIN = "urn:epc:id:sgtin:0614141.107346.2017";
  private static final String TIME = "2024-03-01T08:00:00.123-05:00";

  private byte[] xml;
  private byte[] json;
  private EpcisDocument header;
  private List<EpcisEvent> events;
  private final EventHashGenerator hashes = EventHashGenerator.create();
  private final OffsetDateTime time = OffsetDateTime.parse(TIME);

  /** Generates the document and its JSON-LD twin once. */
  @Setup
  public void setUp() throws IOException {
    Path file = Files.createTempFile("epcis-jmh", ".xml");
    try {
      XmlBenchmark.generate(file, 100);
      xml = Files.readAllBytes(file);
    } finally {
      Files.deleteIfExists(file);
    }
    events = new ArrayList<>();
    try (XmlEventStream s = EpcisXmlReader.create().open(new ByteArrayInputStream(xml), "bench.xml")) {
      header = s.document();
      s.forEachRemaining(events::add);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeJson(out);
    json = out.toByteArray();
  }

  /** Reads the XML document into events. */
  @Benchmark
  public void readXml(Blackhole bh) {
    try (XmlEventStream s = EpcisXmlReader.create().open(new ByteArrayInputStream(xml), "bench.xml")) {
      while (s.hasNext()) {
        bh.consume(s.next());
      }
    }
  }

  /** Reads the JSON-LD document into events. */
  @Benchmark
  public void readJson(Blackhole bh) {
    try (JsonEventStream s = EpcisJsonReader.create().open(new ByteArrayInputStream(json), "bench.jsonld")) {
      while (s.hasNext()) {
        bh.consume(s.next());
      }
    }
  }

  /** Writes the events as EPCIS 2.0 XML. */
  @Benchmark
  public void writeXml() {
    try (XmlDocumentWriter w = EpcisXmlWriter.builder().indent(false).build().open(OutputStream.nullOutputStream(),
        header)) {
      events.forEach(w::write);
      w.finish();
    }
  }

  /** Writes the events as JSON-LD. */
  @Benchmark
  public void writeJson() {
    writeJson(OutputStream.nullOutputStream());
  }

  private void writeJson(OutputStream out) {
    try (JsonDocumentWriter w = EpcisJsonWriter.builder().pretty(false).build().open(out, header)) {
      events.forEach(w::write);
      w.finish();
    }
  }

  /** The CBV 2.0 event hash ID of every event. */
  @Benchmark
  public void hashIds(Blackhole bh) {
    for (EpcisEvent e : events) {
      bh.consume(hashes.hashId(e));
    }
  }

  /** An SGTIN pure-identity URI parsed and converted to its Digital Link. */
  @Benchmark
  public String epcUriToDigitalLink() {
    return DigitalLink.of(EpcUri.parse(SGTIN).toGs1Identifier()).toString();
  }

  /** A date-time through the hand-written path. */
  @Benchmark
  public OffsetDateTime parseTimeCommon() {
    return IsoTimes.parseCommon(TIME, null);
  }

  /** The same date-time through {@code java.time}'s parser. */
  @Benchmark
  public OffsetDateTime parseTimeJavaTime() {
    return OffsetDateTime.parse(TIME);
  }

  /** A date-time written by hand. */
  @Benchmark
  public String formatTimeCommon() {
    return IsoTimes.format(time);
  }

  /** The same date-time written by {@code java.time}'s formatter. */
  @Benchmark
  public String formatTimeJavaTime() {
    return IsoTimes.FORMAT.format(time);
  }
}
