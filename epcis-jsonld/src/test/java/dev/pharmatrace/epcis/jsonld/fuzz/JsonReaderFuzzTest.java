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
 * what the writer writes reads back and writes again to the same bytes. Seeds: the files in
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
    // completed after the last: what epcis convert does) reads back as the whole write does, or is refused because
    // what followed the events cannot be written after the context (stop 16: it dropped it)
    byte[] streamed;
    try {
      streamed = streamed(data);
    } catch (EpcisException late) {
      assertThat(late.finding().ruleId()).isIn("WRITE-LATE-NAME", "WRITE-LATE-HEADER");
      return;
    }
    EpcisDocument back = read(streamed);
    assertThat(back.toBuilder().creationDate(again.creationDate()).build().withEvents(List.of()))
        .isEqualTo(again.withEvents(List.of()));
    assertThat(back.events()).isEqualTo(again.events());
  }

  private static byte[] streamed(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonEventStream in = READER.open(new ByteArrayInputStream(data), "fuzz.jsonld");
        JsonDocumentWriter w = WRITER.open(out, in.document())) {
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
