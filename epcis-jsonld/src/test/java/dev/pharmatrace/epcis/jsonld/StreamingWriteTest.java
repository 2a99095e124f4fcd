package dev.pharmatrace.epcis.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisHeader;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.report.EpcisException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A streaming write finished with the document as a streaming reader completed it after the events
 * ({@link JsonDocumentWriter#finish(EpcisDocument)}) writes the extensions that followed them: before stop 16,
 * {@code epcis convert} dropped them. The context was written before them, so a name whose namespace it does not
 * declare is spelled as an absolute IRI where that reads back as the same name, and refused where it cannot.
 */
class StreamingWriteTest {
  private static final EpcisDocument START = JsonReaderWriterTest.read("{\"@context\": "
      + "[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", {\"ex\": \"http://ex.example/\"}], "
      + "\"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"2024-01-01T00:00:00Z\", "
      + "\"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\", "
      + "\"eventTimeZoneOffset\": \"+00:00\", \"epcList\": [\"urn:epc:id:sgtin:0614141.107346.1\"], \"action\": "
      + "\"OBSERVE\"}]}}");

  @Test
  void whatFollowsTheEventsIsWrittenAndReadsBackTheSame() {
    List<Extension> body = List.of(Extension.text(QualifiedName.of("http://ex.example/", "inBody"), "0"));
    List<Extension> late = List.of(
        Extension.text(QualifiedName.of("http://ex.example/", "declared"), "1"),
        Extension.element(QualifiedName.of("http://late.example/ns/", "undeclared"),
            Extension.text(QualifiedName.of("http://late.example/ns/", "child"), "2")),
        Extension.text(QualifiedName.local("plain"), "3"),
        Extension.builder(QualifiedName.of("urn:late:", "withAttribute"))
            .attribute(QualifiedName.of("urn:attr:", "a"), "v").text("4").build());
    EpcisDocument.Builder b = START.toBuilder();
    body.forEach(b::addBodyExtension);
    late.forEach(b::addExtension);
    EpcisDocument completed = b.build();
    EpcisDocument back = JsonReaderWriterTest.read(streamed(completed));
    assertThat(back.bodyExtensions()).isEqualTo(body);
    assertThat(back.extensions()).isEqualTo(late);
    assertThat(back.events()).isEqualTo(START.events());
  }

  @Test
  void whatCannotBeWrittenAfterTheContextIsRefusedNotDropped() {
    EpcisDocument undelimited = START.toBuilder()
        .addExtension(Extension.text(QualifiedName.of("urn:undelimited", "x"), "1")).build();
    assertThatThrownBy(() -> streamed(undelimited)).isInstanceOf(EpcisException.class)
        .satisfies(e -> assertThat(((EpcisException) e).finding().ruleId()).isEqualTo("WRITE-LATE-NAME"))
        .hasMessageContaining("urn:undelimited");
    EpcisDocument header = START.toBuilder().header(new EpcisHeader(null, null,
        List.of(Extension.text(QualifiedName.of("urn:h:", "late"), "1")), List.of())).build();
    assertThatThrownBy(() -> streamed(header)).isInstanceOf(EpcisException.class)
        .satisfies(e -> assertThat(((EpcisException) e).finding().ruleId()).isEqualTo("WRITE-LATE-HEADER"));
    // opened with the completed document, the same writes fine
    assertThat(JsonReaderWriterTest.read(JsonReaderWriterTest.write(undelimited)).extensions())
        .isEqualTo(undelimited.extensions());
  }

  /** Opened with {@link #START}, finished with {@code completed}. */
  private static String streamed(EpcisDocument completed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonDocumentWriter w = EpcisJsonWriter.create().open(out, START.withEvents(List.of()))) {
      START.events().forEach(w::write);
      w.finish(completed.withEvents(List.of()));
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aJsonInputWithMembersAfterTheBodyConvertsCompletely() {
    String json = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", {\"ex\": "
        + "\"http://ex.example/\"}], \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": "
        + "\"2024-01-01T00:00:00Z\", \"epcisBody\": {\"eventList\": []}, \"ex:after\": {\"ex:inner\": \"1\"}}";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonEventStream in = EpcisJsonReader.create().open(new ByteArrayInputStream(
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "in.jsonld");
        JsonDocumentWriter w = EpcisJsonWriter.create().open(out, in.document())) {
      while (in.hasNext()) {
        w.write(in.next());
      }
      w.finish(in.document());
    }
    assertThat(JsonReaderWriterTest.read(out.toString(java.nio.charset.StandardCharsets.UTF_8)).extensions())
        .extracting(e -> e.name().localName()).containsExactly("after");
  }
}
