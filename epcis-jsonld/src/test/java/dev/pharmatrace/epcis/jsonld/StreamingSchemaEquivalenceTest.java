package dev.pharmatrace.epcis.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pharmatrace.epcis.model.report.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The streaming schema validation ({@link EpcisJsonSchemaValidator#validate(InputStream, String)}: the document
 * without its events as one tree, each event on its own) gives exactly the findings of validating the whole
 * document as one tree ({@code validateInMemory}, the way it was done before): same rule ids, messages, JSON
 * pointers, event indexes, lines, columns, order and cap. Checked on every JSON file of our own test resources,
 * on documents built here for the cases where the envelope matters, and on every JSON / JSON-LD file of the
 * conformance corpus when it is present.
 */
class StreamingSchemaEquivalenceTest {
  private static final EpcisJsonSchemaValidator VALIDATOR = EpcisJsonSchemaValidator.create();

  private static final String HEAD = "{\"@context\": \"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context"
      + ".jsonld\", \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\","
      + " \"creationDate\": \"2024-01-01T00:00:00Z\"";
  private static final String GOOD = "{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\","
      + " \"eventTimeZoneOffset\": \"+00:00\", \"epcList\": [\"urn:epc:id:sgtin:0312345.012345.1\"],"
      + " \"action\": \"OBSERVE\"}";
  private static final String BAD = "{\"type\": \"ObjectEvent\", \"eventTime\": \"yesterday\",\n"
      + " \"epcList\": [\"no uri\", \"no uri\"], \"action\": \"observe\", \"bizStep\": \"urn:epcglobal:cbv:bizstep:shipping\","
      + " \"foo\": 1, \"ilmd\": {}}";

  /** Documents whose envelope (everything but the events) decides findings, or where streaming could go wrong. */
  private static final List<String> CASES = List.of(
      HEAD + ", \"epcisBody\": {\"eventList\": [" + GOOD + ", " + BAD + ", " + GOOD + ", " + BAD + "]}}",
      // no event list, empty list, list not an array, items not objects
      HEAD + ", \"epcisBody\": {}}",
      HEAD + ", \"epcisBody\": {\"eventList\": []}}",
      HEAD + ", \"epcisBody\": {\"eventList\": {\"type\": \"ObjectEvent\"}}}",
      HEAD + ", \"epcisBody\": {\"eventList\": [1, \"x\", null, [" + BAD + "], {}]}}",
      // members that are not allowed, a wrong @context, a header with master data (valid and not)
      HEAD.replace("https://ref.gs1.org", "ref.gs1.org") + ", \"extra\": 1, \"ex:fine\": [" + BAD + "],"
          + " \"epcisBody\": {\"eventList\": [" + BAD + "], \"queryResults\": {}}}",
      HEAD + ", \"@context\": 5, \"epcisHeader\": {\"epcisMasterData\": {\"vocabularyList\": [{\"type\":"
          + " \"urn:epcglobal:epcis:vtype:BusinessLocation\", \"vocabularyElementList\": [{\"id\": \"urn:epc:id:sgln:"
          + "0312345.00000.0\", \"attributes\": [{\"id\": \"x\"}]}]}, {\"type\": 3}]}, \"bad\": 1},"
          + " \"epcisBody\": {\"eventList\": [" + GOOD + "]}}",
      // the body before the type and the header; a type that is not a document; no type at all
      "{\"epcisBody\": {\"eventList\": [" + BAD + "]}, \"type\": \"EPCISDocument\", \"@context\": \"x:y\"}",
      "{\"epcisBody\": {\"eventList\": [" + BAD + "]}, \"type\": \"ObjectEvent\", \"@context\": \"x:y\"}",
      "{\"epcisBody\": {\"eventList\": [" + BAD + "]}}",
      "{\"epcisBody\": {\"eventList\": [" + BAD + "]}, \"type\": 7}",
      "[" + BAD + "]",
      BAD,
      // query documents: results, the document event list in a query document and the reverse
      "{\"@context\": \"x:y\", \"type\": \"EPCISQueryDocument\", \"epcisBody\": {\"queryResults\": {\"queryName\":"
          + " \"q\", \"resultsBody\": {\"eventList\": [" + GOOD + ", " + BAD + "], \"vocabularyList\": 1}}}}",
      "{\"@context\": \"x:y\", \"type\": \"EPCISQueryDocument\", \"epcisBody\": {\"eventList\": [" + BAD + "]}}",
      HEAD + ", \"epcisBody\": {\"eventList\": [" + GOOD + "], \"queryResults\": {\"resultsBody\": {\"eventList\": ["
          + BAD + "]}}}}",
      // repeated names: inside events, of the event list itself (the last list counts), of the body
      HEAD + ", \"epcisBody\": {\"eventList\": [" + BAD.replace("\"foo\": 1", "\"foo\": 1, \"foo\": 2") + "],"
          + " \"eventList\": [" + GOOD + ", " + BAD + "]}}",
      HEAD + ", \"epcisBody\": {\"eventList\": [" + BAD + ", " + BAD + "]}, \"epcisBody\": {\"eventList\": ["
          + GOOD + "]}}",
      HEAD + ", \"epcisBody\": {\"eventList\": [" + GOOD + "]}, \"epcisBody\": {\"eventList\": [" + BAD + "]},"
          + " \"type\": \"EPCISDocument\"}",
      // input problems in an event
      HEAD + ", \"epcisBody\": {\"eventList\": [" + GOOD + ", {\"type\": ]}}",
      HEAD + ", \"epcisBody\": {\"eventList\": [" + GOOD + ", " + BAD);

  @TestFactory
  Stream<DynamicTest> builtDocuments() {
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      byte[] doc = CASES.get(i).getBytes(StandardCharsets.UTF_8);
      tests.add(DynamicTest.dynamicTest("case " + i, () -> assertSame(doc, "case.json")));
    }
    return tests.stream();
  }

  @Test
  void envelopeFindingsAreKept() {
    // the oracle and the stream agree, and what they agree on is what the envelope says: an independent check
    List<Finding> findings = assertSame(CASES.get(5).getBytes(StandardCharsets.UTF_8), "doc.json");
    assertThat(findings).extracting(f -> f.location().jsonPointer())
        .contains("/@context", "/extra", "/epcisBody/eventList/0/eventTime");
  }

  @Test
  void manyInvalidEventsAreCappedAlike() {
    StringBuilder doc = new StringBuilder(HEAD + ", \"zzz\": 1, \"epcisBody\": {\"eventList\": [\n");
    for (int i = 0; i < 700; i++) {
      doc.append(i == 0 ? "" : ",\n").append(BAD);
    }
    doc.append("]}, \"epcisHeader\": 5}");
    List<Finding> findings = assertSame(doc.toString().getBytes(StandardCharsets.UTF_8), "many.json");
    assertThat(findings).hasSize(EpcisJsonSchemaValidator.MAX_FINDINGS + 1);
    assertThat(findings.get(0).location().jsonPointer()).isEqualTo("/zzz");
    assertThat(findings.get(EpcisJsonSchemaValidator.MAX_FINDINGS).message()).contains("more schema errors were"
        + " omitted");
  }

  @TestFactory
  Stream<DynamicTest> ownFixtures() throws IOException, URISyntaxException {
    Path root = Path.of(StreamingSchemaEquivalenceTest.class.getResource("/dev/pharmatrace/epcis/jsonld").toURI());
    return jsonFiles(root).stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(),
        () -> assertSame(Files.readAllBytes(f), f.toString())));
  }

  @TestFactory
  Stream<DynamicTest> conformanceCorpus() throws IOException {
    Path corpus = JsonCorpus.dir().orElse(null);
    assumeTrue(corpus != null, JsonCorpus.ABSENT);
    List<Path> files = jsonFiles(corpus);
    assertThat(files).hasSizeGreaterThan(100);
    return files.stream().map(f -> DynamicTest.dynamicTest(corpus.relativize(f).toString(),
        () -> assertSame(Files.readAllBytes(f), f.toString())));
  }

  private static List<Path> jsonFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonld")).sorted().toList();
    }
  }

  private static List<Finding> assertSame(byte[] doc, String systemId) {
    List<Finding> tree = VALIDATOR.validateInMemory(new ByteArrayInputStream(doc), systemId);
    List<Finding> streamed = VALIDATOR.withParallelEvents(true).validate(new ByteArrayInputStream(doc), systemId);
    assertThat(streamed).containsExactlyElementsOf(tree);
    assertThat(VALIDATOR.withParallelEvents(false).validate(new ByteArrayInputStream(doc), systemId))
        .containsExactlyElementsOf(tree);
    return streamed;
  }
}
