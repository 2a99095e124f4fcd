package dev.pharmatrace.epcis.xml.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.fuzz.FuzzSeeds;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlDocumentWriter;
import dev.pharmatrace.epcis.xml.XmlEventStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the streaming XML reader: for any bytes it yields a document and events (with warnings) or throws
 * {@link EpcisException}, never another exception, and never hangs (libFuzzer's per-input timeout). What it reads,
 * the writer either writes or refuses with {@link EpcisException}; what the writer writes reads back and writes
 * again to the same bytes, and a streaming conversion reads back as the whole write. Seeds: the files in
 * {@code XmlReaderFuzzTestInputs/xmlReader/} and, when present, the corpus's XML files. See docs/fuzzing.md.
 */
class XmlReaderFuzzTest {
  private static final EpcisXmlReader READER = EpcisXmlReader.create();
  private static final EpcisXmlWriter WRITER = EpcisXmlWriter.builder().build();

  static Stream<Arguments> corpusXml() {
    return FuzzSeeds.corpusFiles(".xml");
  }

  @MethodSource("corpusXml")
  @FuzzTest(maxDuration = "12s")
  void xmlReader(byte[] data) {
    EpcisDocument document;
    try {
      document = read(data);
    } catch (EpcisException rejected) {
      return;
    }
    byte[] written;
    try {
      written = write(document);
    } catch (EpcisException refused) {
      return;
    }
    // the written form is the normal form (numbers without exponent, times with seconds, ...): it reads back to as
    // many events and writes again to the same bytes
    EpcisDocument again = read(written);
    assertThat(again.events()).hasSameSizeAs(document.events());
    assertThat(new String(write(again), StandardCharsets.UTF_8)).isEqualTo(new String(written, StandardCharsets.UTF_8));
    // a streaming conversion (the writer opened before the first event, finished with the document the reader
    // completed after the last: what epcis convert does) reads back as the whole write of the same read does (stop
    // 16: what followed the events was dropped)
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    EpcisDocument whole;
    try (XmlEventStream in = READER.open(new ByteArrayInputStream(data), "fuzz.xml");
        XmlDocumentWriter w = WRITER.open(streamed, dated(in.document()))) {
      List<EpcisEvent> events = new ArrayList<>();
      while (in.hasNext()) {
        EpcisEvent e = in.next();
        events.add(e);
        w.write(e);
      }
      w.finish(dated(in.document()));
      whole = dated(in.document()).withEvents(events);
    }
    EpcisDocument expected = read(write(whole));
    // a bare event is written without creationDate: each read gives it the time of reading
    assertThat(read(streamed.toByteArray()).toBuilder().creationDate(expected.creationDate()).build())
        .isEqualTo(expected);
  }

  /**
   * The document with a fixed creationDate where it has none: a writer gives such a document the time of writing,
   * and the two writes compared are made at different times.
   */
  private static EpcisDocument dated(EpcisDocument d) {
    return d.creationDate() != null ? d : d.toBuilder().creationDate(java.time.OffsetDateTime.parse(
        "2000-01-01T00:00:00Z")).build();
  }

  private static byte[] write(EpcisDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.write(document, out);
    return out.toByteArray();
  }

  private static EpcisDocument read(byte[] data) {
    try (XmlEventStream stream = READER.open(new ByteArrayInputStream(data), "fuzz.xml")) {
      stream.version();
      stream.isBareEvent();
      List<EpcisEvent> events = new ArrayList<>();
      while (stream.hasNext()) {
        events.add(stream.next());
        assertThat(stream.lastEventLocation()).isNotNull();
      }
      assertThat(stream.warnings()).doesNotContainNull();
      return stream.document().withEvents(events);
    }
  }
}
