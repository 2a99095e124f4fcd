package dev.pharmatrace.epcis.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON members have no order: a body before @context or epcisHeader is set aside and read with the full document. */
class MemberOrderTest {
  private static final String CONTEXT = """
      "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                   {"rail": "urn:gs1:epcisapp:rail:"}]""";
  private static final String HEAD = """
      "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2024-01-01T00:00:00Z\"""";
  private static final String BODY = """
      "epcisBody": {"eventList": [
        {"type": "ObjectEvent", "eventTime": "2024-01-01T00:00:00Z", "eventTimeZoneOffset": "+00:00",
         "action": "OBSERVE", "rail:wagon": {"rail:number": "7"}},
        {"type": "ObjectEvent", "eventTime": "2024-01-02T00:00:00Z", "eventTimeZoneOffset": "+00:00",
         "action": "OBSERVE", "rail:wagon": {"rail:number": "8"}}]}""";
  private static final QualifiedName WAGON = QualifiedName.of("urn:gs1:epcisapp:rail:", "wagon");

  private static JsonEventStream open(EpcisJsonReader reader, String json) {
    return reader.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "order.jsonld");
  }

  private static EpcisDocument read(String json) {
    return EpcisJsonReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "order.jsonld");
  }

  @Test
  void aContextAfterTheBodyDeclaresTheExtensionNamespaces() {
    EpcisDocument first = read("{" + CONTEXT + ",\n" + HEAD + ",\n" + BODY + "}");
    EpcisDocument last = read("{" + HEAD + ",\n" + BODY + ",\n" + CONTEXT + "}");
    EpcisDocument bodyFirst = read("{" + BODY + ",\n" + CONTEXT + ",\n" + HEAD + "}");
    assertThat(first.events()).hasSize(2);
    for (EpcisEvent e : first.events()) {
      Extension wagon = ((ObjectEvent) e).extensions().get(0);
      assertThat(wagon.name()).isEqualTo(WAGON);
      assertThat(wagon.children().get(0).name()).isEqualTo(QualifiedName.of("urn:gs1:epcisapp:rail:", "number"));
    }
    assertThat(last).isEqualTo(first);
    assertThat(bodyFirst).isEqualTo(first);
    assertThat(last.namespaces()).containsEntry("rail", "urn:gs1:epcisapp:rail:");
  }

  @Test
  void aQueryDocumentWithItsContextLastIsReadLikeWithItFirst() {
    String results = """
        "epcisBody": {"queryResults": {"queryName": "SimpleEventQuery", "resultsBody": {"eventList": [
          {"type": "ObjectEvent", "eventTime": "2024-01-01T00:00:00Z", "eventTimeZoneOffset": "+00:00",
           "action": "OBSERVE", "rail:wagon": "9"}]}}}""";
    String head = HEAD.replace("EPCISDocument", "EPCISQueryDocument");
    EpcisDocument first = read("{" + CONTEXT + ",\n" + head + ",\n" + results + "}");
    EpcisDocument last = read("{" + results + ",\n" + head + ",\n" + CONTEXT + "}");
    assertThat(((ObjectEvent) first.events().get(0)).extensions().get(0).name()).isEqualTo(WAGON);
    assertThat(last).isEqualTo(first);
    assertThat(last.queryResults().queryName()).isEqualTo("SimpleEventQuery");
  }

  @Test
  void aHeaderAfterTheBodyIsInTheDocumentBeforeTheFirstEvent() throws IOException {
    EpcisDocument original = JsonReaderWriterTest.dscsa();
    assertThat(original.header().sbdh()).isNotNull();
    assertThat(original.header().masterData()).isNotNull();
    // our writer puts the header first: move epcisBody to the front
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode written = (ObjectNode) mapper.readTree(JsonReaderWriterTest.write(original));
    ObjectNode reordered = mapper.createObjectNode();
    reordered.set("epcisBody", written.get("epcisBody"));
    written.properties().stream().filter(m -> !m.getKey().equals("epcisBody"))
        .forEach(m -> reordered.set(m.getKey(), m.getValue()));
    String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(reordered);
    assertThat(json.indexOf("\"epcisBody\"")).isLessThan(json.indexOf("\"epcisHeader\""));
    try (JsonEventStream s = open(EpcisJsonReader.create(), json)) {
      EpcisDocument d = s.document(); // before any event
      assertThat(d.header()).isEqualTo(original.header());
      List<EpcisEvent> events = new ArrayList<>();
      s.forEachRemaining(events::add);
      assertThat(events).isEqualTo(original.events());
      assertThat(s.document()).isEqualTo(d);
      assertThat(s.warnings()).extracting(Finding::ruleId).doesNotContain("JSON-HEADER-AFTER-BODY");
    }
  }

  @Test
  void findingsInASetAsideBodyPointIntoTheInput(@TempDir Path spoolDir) {
    String json = "{" + BODY.replace("\"action\": \"OBSERVE\", \"rail:wagon\": {\"rail:number\": \"8\"}",
        "\"action\": \"BOGUS\"") + ",\n" + CONTEXT + ",\n" + HEAD + "}";
    String[] lines = json.split("\n", -1);
    int second = lineOf(lines, "2024-01-02");
    EpcisJsonReader reader = EpcisJsonReader.create().withSpoolDirectory(spoolDir).withSpoolMemoryThreshold(0);
    try (JsonEventStream s = open(reader, json)) {
      assertThat(s.next()).isNotNull();
      SourceLocation first = s.lastEventLocation();
      assertThat(first.line()).isEqualTo(lineOf(lines, "2024-01-01T00:00:00Z\", \"eventTimeZoneOffset"));
      assertThat(first.column()).isEqualTo(lines[(int) first.line() - 1].indexOf('{') + 1);
      assertThat(first.jsonPointer()).isEqualTo("/epcisBody/eventList/0");
      assertThatThrownBy(s::next).isInstanceOfSatisfying(EpcisException.class, e -> {
        SourceLocation at = e.finding().location();
        assertThat(at.jsonPointer()).isEqualTo("/epcisBody/eventList/1/action");
        assertThat(at.line()).isEqualTo(second);
        assertThat(at.column()).isEqualTo(lines[second - 1].indexOf('{') + 1);
      });
    }
    assertThat(list(spoolDir)).isEmpty();
    // a syntax error (a duplicate key) in the body is found while setting it aside, where it is in the input
    String duplicate = json.replace("\"action\": \"BOGUS\"", "\"action\": \"OBSERVE\",\n \"action\": \"ADD\"");
    int line = lineOf(duplicate.split("\n", -1), "\"action\": \"ADD\"");
    assertThatThrownBy(() -> open(reader, duplicate)).isInstanceOfSatisfying(EpcisException.class, e -> {
      assertThat(e.finding().ruleId()).isEqualTo("JSON-DUPLICATE-KEY");
      assertThat(e.finding().location().line()).isEqualTo(line);
    });
    assertThat(list(spoolDir)).isEmpty();
  }

  @Test
  void theEventLimitAppliesWhileTheBodyIsSetAside() {
    String json = "{" + BODY + ",\n" + CONTEXT + ",\n" + HEAD + "}";
    assertThatThrownBy(() -> open(EpcisJsonReader.create(1), json)).isInstanceOfSatisfying(EpcisException.class,
        e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSON-LIMIT-EVENTS");
          assertThat(e.finding().location().line()).isEqualTo(lineOf(json.split("\n", -1), "2024-01-02"));
        });
    try (JsonEventStream s = open(EpcisJsonReader.create(2), json)) {
      assertThat(s.hasNext()).isTrue();
    }
  }

  @Test
  void theTemporaryFilesAreDeletedOnCloseAndOnFailure(@TempDir Path spoolDir) {
    EpcisJsonReader reader = EpcisJsonReader.create().withSpoolDirectory(spoolDir).withSpoolMemoryThreshold(0);
    String json = "{" + BODY + ",\n" + CONTEXT + ",\n" + HEAD + "}";
    try (JsonEventStream s = open(reader, json)) {
      assertThat(list(spoolDir)).isNotEmpty().allMatch(f -> f.getFileName().toString().startsWith("epcis-body-"));
      assertThat(s.next()).isNotNull();
    }
    assertThat(list(spoolDir)).isEmpty();
    // input that ends inside the body: the failure comes while the file is being written
    assertThatThrownBy(() -> open(reader, "{" + BODY.substring(0, BODY.length() - 20)))
        .isInstanceOf(EpcisException.class);
    assertThat(list(spoolDir)).isEmpty();
    // a small body with the default threshold stays in memory
    try (JsonEventStream s = open(EpcisJsonReader.create().withSpoolDirectory(spoolDir), json)) {
      assertThat(s.hasNext()).isTrue();
      assertThat(list(spoolDir)).isEmpty();
    }
    // an unusable spool directory is one clear finding
    Path missing = spoolDir.resolve("missing");
    assertThatThrownBy(() -> open(EpcisJsonReader.create().withSpoolDirectory(missing).withSpoolMemoryThreshold(0),
        json)).isInstanceOfSatisfying(EpcisException.class,
            e -> assertThat(e.finding().ruleId()).isEqualTo("JSON-SPOOL"));
  }

  @Test
  void theUsualOrderIsReadStraightThrough(@TempDir Path spoolDir) {
    EpcisJsonReader reader = EpcisJsonReader.create().withSpoolDirectory(spoolDir).withSpoolMemoryThreshold(0);
    try (JsonEventStream s = open(reader, "{" + CONTEXT + ",\n" + HEAD + ",\n \"epcisHeader\": {},\n" + BODY
        + "}")) {
      assertThat(s.next()).isNotNull();
      assertThat(list(spoolDir)).isEmpty();
    }
  }

  @Test
  void aFileWithoutHeaderIsReadInPlaceWhenNothingFollowsTheBody(@TempDir Path dir) throws IOException {
    Path spoolDir = Files.createDirectory(dir.resolve("spool"));
    EpcisJsonReader reader = EpcisJsonReader.create().withSpoolDirectory(spoolDir).withSpoolMemoryThreshold(0);
    String trailing = ",\n \"rail:note\": \"after\"";
    Path bodyLast = Files.writeString(dir.resolve("last.jsonld"), "{" + CONTEXT + ",\n" + HEAD + ",\n" + BODY
        + trailing + "}");
    Path bodyFirst = Files.writeString(dir.resolve("first.jsonld"), "{" + BODY + ",\n" + CONTEXT + ",\n" + HEAD
        + trailing + "}");
    Path noContext = Files.writeString(dir.resolve("bare.jsonld"), "{" + HEAD + ",\n" + BODY + "}");
    // no header and no context after the body: read in place, nothing set aside (the spool file would show)
    List<EpcisEvent> inPlace = new ArrayList<>();
    EpcisDocument inPlaceDoc;
    try (JsonEventStream s = reader.open(bodyLast)) {
      while (s.hasNext()) {
        inPlace.add(s.next());
        assertThat(list(spoolDir)).isEmpty();
      }
      inPlaceDoc = s.document();
    }
    try (JsonEventStream s = reader.open(noContext)) {
      assertThat(s.next()).isNotNull();
      assertThat(list(spoolDir)).isEmpty();
    }
    // the same document with its body first is set aside, and reads the same
    List<EpcisEvent> setAside = new ArrayList<>();
    EpcisDocument setAsideDoc;
    try (JsonEventStream s = reader.open(bodyFirst)) {
      assertThat(list(spoolDir)).isNotEmpty();
      s.forEachRemaining(setAside::add);
      setAsideDoc = s.document();
    }
    assertThat(inPlace).hasSize(2).isEqualTo(setAside);
    assertThat(inPlace.get(0).extensions()).extracting(Extension::name).containsExactly(WAGON);
    assertThat(inPlaceDoc).isEqualTo(setAsideDoc);
    // a stream cannot be scanned ahead: without a header its body is set aside, as before
    try (JsonEventStream s = open(reader, Files.readString(bodyLast))) {
      assertThat(list(spoolDir)).isNotEmpty();
      assertThat(s.next()).isEqualTo(inPlace.get(0));
    }
    // unless the caller can open it again
    try (JsonEventStream s = reader.open(Files.newInputStream(bodyLast), "last.jsonld",
        () -> new ByteArrayInputStream(read(bodyLast)))) {
      assertThat(s.next()).isEqualTo(inPlace.get(0));
      assertThat(list(spoolDir)).isEmpty();
    }
    // a reopening that fails falls back to setting the body aside
    try (JsonEventStream s = reader.open(Files.newInputStream(bodyLast), "last.jsonld", () -> {
      throw new java.io.UncheckedIOException(new IOException("gone"));
    })) {
      assertThat(list(spoolDir)).isNotEmpty();
      assertThat(s.next()).isEqualTo(inPlace.get(0));
    }
    assertThat(list(spoolDir)).isEmpty();
  }

  @Test
  void aCallerThatTakesTheHeaderAtTheEndGetsTheBodyReadInPlace(@TempDir Path dir) throws IOException {
    Path spoolDir = Files.createDirectory(dir.resolve("spool"));
    EpcisJsonReader scanning = EpcisJsonReader.create().withSpoolDirectory(spoolDir).withSpoolMemoryThreshold(0);
    EpcisJsonReader atTheEnd = scanning.withHeaderBeforeEvents(false);
    String header = ",\n \"epcisHeader\": {\"epcisMasterData\": {\"vocabularyList\": [{\"type\": "
        + "\"urn:epcglobal:epcis:vtype:BusinessLocation\", \"vocabularyElementList\": [{\"id\": "
        + "\"urn:epc:id:sgln:0614141.00888.0\", \"attributes\": [{\"id\": \"urn:epcglobal:cbv:mda#name\", "
        + "\"attribute\": \"Plant\"}]}]}]}}";
    Path headerLast = Files.writeString(dir.resolve("header-last.jsonld"), "{" + CONTEXT + ",\n" + HEAD + ",\n"
        + BODY + header + "}");
    Path headerFirst = Files.writeString(dir.resolve("header-first.jsonld"), "{" + CONTEXT + ",\n" + HEAD + header
        + ",\n" + BODY + "}");
    Path contextLast = Files.writeString(dir.resolve("context-last.jsonld"), "{" + HEAD + ",\n" + BODY + ",\n"
        + CONTEXT + "}");
    int[] scans = new int[1];
    java.util.function.Function<Path, java.util.function.Supplier<java.io.InputStream>> counting = f -> () -> {
      scans[0]++;
      return new ByteArrayInputStream(read(f));
    };
    List<EpcisEvent> expected = new ArrayList<>();
    EpcisDocument expectedDoc;
    try (JsonEventStream s = scanning.open(headerFirst)) {
      s.forEachRemaining(expected::add);
      expectedDoc = s.document();
    }
    assertThat(expectedDoc.header()).isNotNull();

    // the default: the header after the body is in the document before the first event (a scan, then set aside)
    try (JsonEventStream s = scanning.open(Files.newInputStream(headerLast), "header-last.jsonld",
        counting.apply(headerLast))) {
      assertThat(scans[0]).isEqualTo(1);
      assertThat(s.document().header()).isEqualTo(expectedDoc.header());
      assertThat(list(spoolDir)).isNotEmpty();
    }
    // header at the end: no scan, nothing set aside, the same events, and the header in the completed document
    List<EpcisEvent> inPlace = new ArrayList<>();
    try (JsonEventStream s = atTheEnd.open(Files.newInputStream(headerLast), "header-last.jsonld",
        counting.apply(headerLast))) {
      assertThat(s.document().header()).isNull();
      while (s.hasNext()) {
        inPlace.add(s.next());
        assertThat(list(spoolDir)).isEmpty();
      }
      assertThat(scans[0]).isEqualTo(1);
      assertThat(s.document()).isEqualTo(expectedDoc);
    }
    assertThat(inPlace).hasSize(2).isEqualTo(expected);
    // so also from a stream, which the default sets aside
    try (JsonEventStream s = open(atTheEnd, Files.readString(headerLast))) {
      assertThat(s.next()).isEqualTo(expected.get(0));
      assertThat(list(spoolDir)).isEmpty();
    }
    // a context after the body still takes the scan: the events need it
    List<EpcisEvent> late = new ArrayList<>();
    try (JsonEventStream s = atTheEnd.open(Files.newInputStream(contextLast), "context-last.jsonld",
        counting.apply(contextLast))) {
      assertThat(scans[0]).isEqualTo(2);
      s.forEachRemaining(late::add);
    }
    assertThat(late).isEqualTo(expected);
    assertThat(late.get(0).extensions()).extracting(Extension::name).containsExactly(WAGON);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aLargeBodyIsSetAsideInAFile(@TempDir Path dir) throws IOException {
    int count = 200_000;
    Path file = dir.resolve("large.jsonld");
    Path spoolDir = Files.createDirectory(dir.resolve("spool"));
    JsonMapper mapper = JsonMapper.builder().build();
    try (OutputStream out = Files.newOutputStream(file); JsonGenerator g = mapper.createGenerator(out)) {
      g.writeStartObject();
      g.writeName("epcisBody");
      g.writeStartObject();
      g.writeName("eventList");
      g.writeStartArray();
      for (int i = 0; i < count; i++) {
        g.writeStartObject();
        g.writeStringProperty("type", "ObjectEvent");
        g.writeStringProperty("eventTime", "2024-01-01T00:00:00Z");
        g.writeStringProperty("eventTimeZoneOffset", "+00:00");
        g.writeStringProperty("action", "OBSERVE");
        g.writeStringProperty("rail:wagon", Integer.toString(i));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeStringProperty("type", "EPCISDocument");
      g.writeStringProperty("schemaVersion", "2.0");
      g.writeStringProperty("creationDate", "2024-01-01T00:00:00Z");
      g.writeName("epcisHeader");
      g.writeStartObject();
      g.writeStringProperty("rail:train", "T1");
      g.writeEndObject();
      g.writeName("@context");
      g.writeTree(mapper.readTree("[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", "
          + "{\"rail\": \"urn:gs1:epcisapp:rail:\"}]"));
      g.writeEndObject();
    }
    long events = 0;
    try (JsonEventStream s = EpcisJsonReader.create().withSpoolDirectory(spoolDir).open(file)) {
      List<Path> spooled = list(spoolDir);
      assertThat(spooled).isNotEmpty();
      long spooledBytes = 0;
      for (Path p : spooled) {
        spooledBytes += Files.size(p);
      }
      assertThat(spooledBytes).isGreaterThan(Files.size(file) / 2);
      assertThat(s.document().header().extensions()).extracting(Extension::name)
          .containsExactly(QualifiedName.of("urn:gs1:epcisapp:rail:", "train"));
      while (s.hasNext()) {
        ObjectEvent e = (ObjectEvent) s.next();
        assertThat(e.extensions().get(0).name()).isEqualTo(WAGON);
        assertThat(e.extensions().get(0).text()).isEqualTo(Long.toString(events));
        events++;
      }
      assertThat(s.lastEventLocation().jsonPointer()).isEqualTo("/epcisBody/eventList/" + (count - 1));
    }
    assertThat(events).isEqualTo(count);
    assertThat(list(spoolDir)).isEmpty();
  }

  private static int lineOf(String[] lines, String text) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not found");
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
