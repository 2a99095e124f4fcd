package dev.pharmatrace.epcis.jsonld.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.jsonld.JsonDocumentWriter;
import dev.pharmatrace.epcis.jsonld.JsonEventStream;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.fuzz.FuzzSeeds;
import dev.pharmatrace.epcis.model.report.EpcisException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the streaming JSON-LD reader: for any bytes it yields a document and events (with warnings) or throws
 * {@link EpcisException}, never another exception (no Jackson or Titanium exception leaking), and never hangs
 * (libFuzzer's per-input timeout). What it reads, the writer either writes or refuses with {@link EpcisException};
 * what the writer writes reads back and writes again to the same bytes; a streaming conversion reads back as the
 * whole write (or is refused for content after the events it cannot write there). Seeds: the files in
 * {@code JsonReaderFuzzTestInputs/jsonReader/} and, when present, the corpus's JSON and JSON-LD files. See
 * docs/fuzzing.md.
 */
class JsonReaderFuzzTest {
  private static final EpcisJsonReader READER = EpcisJsonReader.create();
  private static final EpcisJsonWriter WRITER = EpcisJsonWriter.create();

  static Stream<Arguments> corpusJson() {
    return FuzzSeeds.corpusFiles(".json", ".jsonld");
  }

  @MethodSource("corpusJson")
  @FuzzTest(maxDuration = "12s")
  void jsonReader(byte[] data) {
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
    // completed after the last: what epcis convert does) reads back as the whole write of the same read does, or is
    // refused because what followed the events cannot be written after the context (stop 16: it was dropped)
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    EpcisDocument whole;
    try (JsonEventStream in = READER.open(new ByteArrayInputStream(data), "fuzz.jsonld");
        JsonDocumentWriter w = WRITER.open(streamed, dated(in.document()))) {
      List<EpcisEvent> events = new ArrayList<>();
      while (in.hasNext()) {
        EpcisEvent e = in.next();
        events.add(e);
        w.write(e);
      }
      w.finish(dated(in.document()));
      whole = dated(in.document()).withEvents(events);
    } catch (EpcisException late) {
      assertThat(late.finding().ruleId()).isIn("WRITE-LATE-NAME", "WRITE-LATE-HEADER");
      return;
    }
    EpcisDocument expected = read(write(whole));
    EpcisDocument back = read(streamed.toByteArray());
    assertThat(back.withEvents(List.of())).isEqualTo(expected.withEvents(List.of()));
    assertThat(back.events()).isEqualTo(expected.events());
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
    try (JsonEventStream stream = READER.open(new ByteArrayInputStream(data), "fuzz.jsonld")) {
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
