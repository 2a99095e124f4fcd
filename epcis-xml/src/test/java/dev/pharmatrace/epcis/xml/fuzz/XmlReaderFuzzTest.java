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
 * again to the same bytes. Seeds: the files in {@code XmlReaderFuzzTestInputs/xmlReader/} and, when present, the corpus's XML files.
 * See docs/fuzzing.md.
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
    // completed after the last: what epcis convert does) reads back as the whole write does (stop 16: it dropped
    // what followed the events)
    EpcisDocument streamed = read(streamed(data));
    assertThat(streamed.toBuilder().creationDate(again.creationDate()).build()).isEqualTo(again);
  }

  private static byte[] streamed(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XmlEventStream in = READER.open(new ByteArrayInputStream(data), "fuzz.xml");
        XmlDocumentWriter w = WRITER.open(out, in.document())) {
      while (in.hasNext()) {
        w.write(in.next());
      }
      w.finish(in.document());
    }
    return out.toByteArray();
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
