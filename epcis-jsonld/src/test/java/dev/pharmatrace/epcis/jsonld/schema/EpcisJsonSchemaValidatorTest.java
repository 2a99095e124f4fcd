package dev.pharmatrace.epcis.jsonld.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator;
import dev.pharmatrace.epcis.jsonld.JsonLimits;
import dev.pharmatrace.epcis.model.report.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Unit tests of {@link EpcisJsonSchemaValidator} on the project's own small fixtures. */
class EpcisJsonSchemaValidatorTest {
  private static final EpcisJsonSchemaValidator VALIDATOR = EpcisJsonSchemaValidator.create();
  private static final String EVENT_LIST = "/epcisBody/eventList/0";

  // ---- valid fixtures --------------------------------------------------------------------------------------

  @Test
  void validDocumentWithAllEventTypesMasterDataAndSbdhExtension() {
    assertThat(VALIDATOR.validate(fixture("valid-document.jsonld"))).isEmpty();
  }

  @Test
  void validBareEvent() {
    assertThat(VALIDATOR.validate(fixture("valid-bare-event.json"))).isEmpty();
  }

  @Test
  void validQueryDocument() {
    assertThat(VALIDATOR.validate(fixture("valid-query-document.jsonld"))).isEmpty();
  }

  // ---- one violation per fixture ---------------------------------------------------------------------------

  @Test
  void missingEventTime() {
    Path file = invalid("missing-event-time.jsonld");
    Finding f = only(VALIDATOR.validate(file));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-REQUIRED");
    assertThat(f.location().jsonPointer()).isEqualTo(EVENT_LIST);
    assertThat(f.location().line()).isEqualTo(lineOf(file, "\"type\": \"ObjectEvent\"") - 1);
    assertThat(f.location().column()).isEqualTo(7);
    assertThat(f.location().eventIndex()).isZero();
    assertThat(f.message()).contains("\"eventTime\"").contains("ObjectEvent");
  }

  @Test
  void badAction() {
    Path file = invalid("bad-action.jsonld");
    Finding f = only(VALIDATOR.validate(file));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-ENUM");
    assertThat(f.location().jsonPointer()).isEqualTo(EVENT_LIST + "/action");
    assertThat(f.location().line()).isEqualTo(lineOf(file, "\"MOVE\""));
    assertThat(f.location().column()).isEqualTo(columnOf(file, "\"MOVE\""));
    assertThat(f.location().field()).isEqualTo("action");
    assertThat(f.message()).contains("\"MOVE\"").contains("\"ADD\"").contains("\"OBSERVE\"").contains("\"DELETE\"");
  }

  @Test
  void actionInTheWrongCaseGetsAHint() {
    Finding f = only(validate(read(invalid("bad-action.jsonld")).replace("\"MOVE\"", "\"add\"")));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-ENUM");
    assertThat(f.message()).contains("did you mean \"ADD\"?");
  }

  @Test
  void cbvUrnInsteadOfBareWord() {
    Path file = invalid("cbv-urn-biz-step.jsonld");
    Finding f = only(VALIDATOR.validate(file));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-PATTERN");
    assertThat(f.location().jsonPointer()).isEqualTo(EVENT_LIST + "/bizStep");
    assertThat(f.location().line()).isEqualTo(lineOf(file, "urn:epcglobal:cbv:bizstep:shipping"));
    assertThat(f.message()).contains("bare word").contains("write \"shipping\"");
  }

  @Test
  void badEventTimeZoneOffset() {
    Path file = invalid("bad-time-zone-offset.jsonld");
    Finding f = only(VALIDATOR.validate(file));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-PATTERN");
    assertThat(f.location().jsonPointer()).isEqualTo(EVENT_LIST + "/eventTimeZoneOffset");
    assertThat(f.location().line()).isEqualTo(lineOf(file, "\"-5:00\""));
    assertThat(f.message()).contains("\"-5:00\"").contains("hh:mm");
  }

  @Test
  void ilmdMemberWithoutNamespacePrefix() {
    Path file = invalid("ilmd-without-prefix.jsonld");
    Finding f = only(VALIDATOR.validate(file));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-PROPERTY-NAMES");
    assertThat(f.location().jsonPointer()).isEqualTo(EVENT_LIST + "/ilmd/lotNumber");
    assertThat(f.location().line()).isEqualTo(lineOf(file, "\"lotNumber\""));
    assertThat(f.location().column()).isEqualTo(columnOf(file, "\"lotNumber\""));
    assertThat(f.message()).contains("\"lotNumber\"").contains("ex:lotNumber");
  }

  @Test
  void quantityUomPattern() {
    Path file = invalid("bad-quantity-uom.jsonld");
    Finding f = only(VALIDATOR.validate(file));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-PATTERN");
    assertThat(f.location().jsonPointer()).isEqualTo(EVENT_LIST + "/quantityList/0/uom");
    assertThat(f.location().line()).isEqualTo(lineOf(file, "\"kg\""));
    assertThat(f.location().column()).isEqualTo(columnOf(file, "\"kg\""));
    assertThat(f.message()).contains("quantityList[0].uom").contains("UN/ECE");
  }

  @Test
  void duplicateKey() {
    Path file = invalid("duplicate-key.jsonld");
    Finding f = only(VALIDATOR.validate(file));
    assertThat(f.ruleId()).isEqualTo("JSON-DUPLICATE-KEY");
    assertThat(f.location().jsonPointer()).isEqualTo(EVENT_LIST + "/action");
    assertThat(f.location().line()).isEqualTo(lineOf(file, "\"action\": \"ADD\""));
    assertThat(f.location().column()).isEqualTo(columnOf(file, "\"action\": \"ADD\""));
    assertThat(f.message()).contains("\"action\"").contains("more than once");
  }

  @Test
  void duplicateKeysDoNotStopValidation() {
    String doc = read(invalid("duplicate-key.jsonld")).replace("\"action\": \"ADD\"", "\"action\": \"MOVE\"");
    List<Finding> findings = validate(doc);
    assertThat(findings).extracting(Finding::ruleId).containsExactly("JSON-DUPLICATE-KEY", "JSON-SCHEMA-ENUM");
    assertThat(findings.get(1).message()).contains("\"MOVE\"");
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    Path file = invalid("malformed.jsonld");
    Finding f = only(VALIDATOR.validate(file));
    assertThat(f.ruleId()).isEqualTo("JSON-SYNTAX");
    // the comma is missing after the epcList array: the parser stops at the next member name
    assertThat(f.location().line()).isEqualTo(lineOf(file, "\"action\": \"OBSERVE\""));
    assertThat(f.location().column()).isEqualTo(columnOf(file, "\"action\": \"OBSERVE\""));
    assertThat(f.message()).startsWith("not well-formed JSON");
  }

  @Test
  void ilmdOnlyWithActionAdd() {
    Path file = invalid("ilmd-with-observe.jsonld");
    Finding f = only(VALIDATOR.validate(file));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-RULE");
    assertThat(f.location().jsonPointer()).isEqualTo(EVENT_LIST);
    assertThat(f.location().line()).isEqualTo(lineOf(file, "\"type\": \"ObjectEvent\"") - 1);
    assertThat(f.message()).contains("ilmd").contains("\"ADD\"").contains("Found action \"OBSERVE\"");
  }

  @Test
  void objectEventWithoutObjects() {
    Finding f = only(VALIDATOR.validate(invalid("object-event-without-objects.jsonld")));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-RULE");
    assertThat(f.location().jsonPointer()).isEqualTo(EVENT_LIST);
    assertThat(f.message()).contains("epcList").contains("quantityList").contains("readPoint");
  }

  @Test
  void aggregationWithoutChildrenUnlessDelete() {
    Path file = invalid("aggregation-without-children.jsonld");
    Finding f = only(VALIDATOR.validate(file));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-RULE");
    assertThat(f.message()).contains("childEPCs").contains("DELETE");
    String asDelete = read(file).replace("\"action\": \"ADD\"", "\"action\": \"DELETE\"");
    assertThat(validate(asDelete)).isEmpty();
  }

  @Test
  void unknownMemberOfAnEvent() {
    Path file = invalid("unknown-member.jsonld");
    Finding f = only(VALIDATOR.validate(file));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-PROPERTY-NAMES");
    assertThat(f.location().jsonPointer()).isEqualTo(EVENT_LIST + "/batchNumber");
    assertThat(f.location().line()).isEqualTo(lineOf(file, "\"batchNumber\""));
    assertThat(f.message()).contains("not defined for an ObjectEvent").contains("ex:batchNumber");
    assertThat(validate(read(file).replace("\"batchNumber\"", "\"ex:batchNumber\""))).isEmpty();
  }

  // ---- further rules, inline -------------------------------------------------------------------------------

  @Test
  void bareEventNeedsItsOwnContext() {
    String event = read(fixture("valid-bare-event.json"));
    String withoutContext = event.replaceFirst("\"@context\": \\[[^\\]]*\\],", "");
    Finding f = only(validate(withoutContext));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-REQUIRED");
    assertThat(f.location().jsonPointer()).isEmpty();
    assertThat(f.location().line()).isEqualTo(1);
    assertThat(f.message()).contains("\"@context\"");
  }

  @Test
  void epcisHeaderAcceptsAnyCurieKeyButNoBareName() {
    String doc = read(fixture("valid-document.jsonld"));
    assertThat(validate(doc.replace("\"sbdh:StandardBusinessDocumentHeader\"", "\"sbdh:anything\"")))
        .isEmpty();
    Finding f = only(validate(doc.replace("\"sbdh:StandardBusinessDocumentHeader\"",
        "\"StandardBusinessDocumentHeader\"")));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-PROPERTY-NAMES");
    assertThat(f.location().jsonPointer()).isEqualTo("/epcisHeader/StandardBusinessDocumentHeader");
  }

  @Test
  void customBizStepUriIsAcceptedButUnknownBareWordIsNot() {
    String doc = read(invalid("cbv-urn-biz-step.jsonld"));
    assertThat(validate(doc.replace("urn:epcglobal:cbv:bizstep:shipping", "https://example.com/bizstep/x")))
        .isEmpty();
    Finding f = only(validate(doc.replace("urn:epcglobal:cbv:bizstep:shipping", "Shipping")));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-FORMAT");
    assertThat(f.message()).contains("did you mean \"shipping\"");
  }

  @Test
  void transactionEventNeedsBizTransactionList() {
    String doc = read(fixture("valid-document.jsonld"));
    String broken = doc.replace("\"bizTransactionList\": [{\"type\": \"inv\", \"bizTransaction\": "
        + "\"urn:epcglobal:cbv:bt:0312345000005:INV-9\"}]", "\"bizTransactionList\": []");
    Finding f = only(validate(broken));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-MIN-ITEMS");
    assertThat(f.location().jsonPointer()).isEqualTo("/epcisBody/eventList/3/bizTransactionList");
  }

  @Test
  void transformationEventNeedsInputsAndOutputsOrAnId() {
    String doc = read(fixture("valid-document.jsonld"));
    String noOutputs = doc.replace("\"outputEPCList\": [\"urn:epc:id:sgtin:4012345.022222.1\"],", "");
    Finding f = only(validate(noOutputs));
    assertThat(f.ruleId()).isEqualTo("JSON-SCHEMA-RULE");
    assertThat(f.location().jsonPointer()).isEqualTo("/epcisBody/eventList/4");
    assertThat(validate(noOutputs.replace("\"bizStep\": \"https://example.com/epcis/bizstep/compounding\"",
        "\"transformationID\": \"urn:epc:id:gdti:4012345.00001.1\""))).isEmpty();
  }

  @Test
  void nonObjectRootAndEmptyAndTrailingInput() {
    Finding array = only(validate("[]"));
    assertThat(array.ruleId()).isEqualTo("JSON-SCHEMA-TYPE");
    assertThat(array.location().jsonPointer()).isEmpty();
    assertThat(array.message()).contains("must be an object but is an array");

    Finding empty = only(validate("  \n"));
    assertThat(empty.ruleId()).isEqualTo("JSON-SYNTAX");
    assertThat(empty.message()).contains("empty");

    Finding trailing = only(validate("{\"type\": \"x\"}\n{}"));
    assertThat(trailing.ruleId()).isEqualTo("JSON-SYNTAX");
    assertThat(trailing.location().line()).isEqualTo(2);
    assertThat(trailing.location().column()).isEqualTo(1);

    Finding truncated = only(validate("{\"type\": \"EPCISDocument\", \"epcisBody\": {"));
    assertThat(truncated.ruleId()).isEqualTo("JSON-SYNTAX");
  }

  @Test
  void byteOrderMarkIsSkippedAndColumnsCountCharacters() {
    String doc = "{\"type\": \"ObjectEvent\", \"ex:n\u00e4me\": \"M\u00fcller\", \"action\": 5}";
    byte[] utf8 = doc.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    List<Finding> findings = VALIDATOR.validate(new ByteArrayInputStream(withBom), "bom.json");
    Finding action = findings.stream().filter(f -> f.location().jsonPointer().equals("/action")).findFirst()
        .orElseThrow();
    assertThat(action.location().column()).isEqualTo(doc.indexOf("5") + 1);
  }

  @Test
  void invalidUtf8IsASyntaxError() {
    byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    Finding f = only(VALIDATOR.validate(new ByteArrayInputStream(bad), "bad.json"));
    assertThat(f.ruleId()).isEqualTo("JSON-SYNTAX");
    assertThat(f.message()).contains("UTF-8");
  }

  // ---- limits and I/O --------------------------------------------------------------------------------------

  @Test
  void nestingDepthLimit() {
    String deep = "{\"type\": \"ObjectEvent\", \"ex:x\": " + "[".repeat(600) + "]".repeat(600) + "}";
    Finding f = only(validate(deep));
    assertThat(f.ruleId()).isEqualTo("JSON-LIMIT-DEPTH");
    assertThat(f.message()).contains("500");
    assertThat(f.location().line()).isEqualTo(1);
  }

  @Test
  void stringNumberAndNameLengthLimits() {
    EpcisJsonSchemaValidator small = EpcisJsonSchemaValidator.create(JsonLimits.DEFAULTS.withMaxStringLength(100)
        .withMaxNumberLength(20).withMaxNameLength(30));
    assertThat(only(validate(small, "{\"a\": \"" + "x".repeat(200) + "\"}")).ruleId())
        .isEqualTo("JSON-LIMIT-STRING");
    assertThat(only(validate(small, "{\"a\": " + "1".repeat(50) + "}")).ruleId()).isEqualTo("JSON-LIMIT-NUMBER");
    assertThat(only(validate(small, "{\"" + "n".repeat(50) + "\": 1}")).ruleId()).isEqualTo("JSON-LIMIT-NAME");
    assertThat(only(validate("{\"a\": " + "1".repeat(1500) + "}")).ruleId()).isEqualTo("JSON-LIMIT-NUMBER");
  }

  @Test
  void documentSizeLimitForStreamsAndFiles(@TempDir Path dir) throws IOException {
    EpcisJsonSchemaValidator tiny = EpcisJsonSchemaValidator.create(EpcisJsonSchemaValidator.DEFAULT_LIMITS.withMaxDocumentBytes(200));
    String doc = read(fixture("valid-bare-event.json"));
    Finding streamed = only(validate(tiny, doc));
    assertThat(streamed.ruleId()).isEqualTo("JSON-LIMIT-SIZE");
    assertThat(streamed.message()).contains("200 bytes").contains("JsonLimits.withMaxDocumentBytes(long)");
    Path file = dir.resolve("big.json");
    Files.writeString(file, doc);
    Finding onDisk = only(tiny.validate(file));
    assertThat(onDisk.ruleId()).isEqualTo("JSON-LIMIT-SIZE");
    assertThat(onDisk.location().file()).isEqualTo(file.toString());
    assertThat(EpcisJsonSchemaValidator.create(EpcisJsonSchemaValidator.DEFAULT_LIMITS.withMaxDocumentBytes(doc.length())).validate(file))
        .isEmpty();
  }

  @Test
  void unreadableFileIsAnIoFinding(@TempDir Path dir) {
    Finding f = only(VALIDATOR.validate(dir.resolve("missing.json")));
    assertThat(f.ruleId()).isEqualTo("IO");
    assertThat(f.message()).contains("cannot read");
    Finding failing = only(VALIDATOR.validate(new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    }, "broken"));
    assertThat(failing.ruleId()).isEqualTo("IO");
    assertThat(failing.message()).contains("disk on fire");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> JsonLimits.DEFAULTS.withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(EpcisJsonSchemaValidator.create().limits()).isEqualTo(EpcisJsonSchemaValidator.DEFAULT_LIMITS);
    assertThat(EpcisJsonSchemaValidator.DEFAULT_LIMITS.maxDocumentBytes()).isEqualTo(8L << 30);
    assertThat(EpcisJsonSchemaValidator.DEFAULT_LIMITS.maxNestingDepth()).isEqualTo(500);
    assertThat(EpcisJsonSchemaValidator.create().maxPartChars()).isEqualTo(64L << 20);
    assertThatThrownBy(() -> EpcisJsonSchemaValidator.create().withMaxPartChars(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partLimitBoundsOneEventAndTheRestOfTheDocument() throws IOException {
    String doc = read(fixture("valid-document.jsonld"));
    int events = doc.indexOf("\"eventList\"");
    assertThat(events).isPositive();
    // the document outside its events is larger than the limit
    EpcisJsonSchemaValidator small = EpcisJsonSchemaValidator.create().withMaxPartChars(events / 2);
    Finding envelope = only(validate(small, doc));
    assertThat(envelope.ruleId()).isEqualTo("JSON-LIMIT-SIZE");
    assertThat(envelope.message()).startsWith("the document outside its event list is larger than the limit of "
        + events / 2 + " characters");
    // one event is larger than the limit, the rest is not
    String big = "{\"type\": \"ObjectEvent\", \"ex:pad\": \"" + "x".repeat(5000) + "\"}";
    String doc2 = doc.replace("\"eventList\": [", "\"eventList\": [" + big + ", ");
    Finding event = only(validate(EpcisJsonSchemaValidator.create().withMaxPartChars(4000), doc2));
    assertThat(event.ruleId()).isEqualTo("JSON-LIMIT-SIZE");
    assertThat(event.message()).startsWith("an event of the event list is larger than the limit of 4000");
    assertThat(event.location().jsonPointer()).startsWith("/epcisBody/eventList/0");
    // both fit
    assertThat(validate(EpcisJsonSchemaValidator.create().withMaxPartChars(6000), doc2)
        .stream().map(Finding::ruleId)).doesNotContain("JSON-LIMIT-SIZE");
    // the list's separators and white space belong to no part: a long, loosely written list passes a small limit
    String tiny = "{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\","
        + " \"eventTimeZoneOffset\": \"+00:00\", \"epcList\": [], \"action\": \"OBSERVE\"}";
    String loose = doc.replaceFirst("\"eventList\": \\[", "\"eventList\": [" + (tiny + ",\n" + " ".repeat(200))
        .repeat(2000));
    assertThat(loose.length()).isGreaterThan(500_000);
    assertThat(validate(EpcisJsonSchemaValidator.create().withMaxPartChars(6000), loose)).isEmpty();
  }

  // ---- API behaviour ---------------------------------------------------------------------------------------

  @Test
  void jsonNodeInputGivesSamePointersWithoutPositions() throws IOException {
    Path file = invalid("bad-action.jsonld");
    JsonNode tree = new ObjectMapper().readTree(file.toFile());
    Finding fromTree = only(VALIDATOR.validate(tree, "tree"));
    Finding fromFile = only(VALIDATOR.validate(file));
    assertThat(fromTree.ruleId()).isEqualTo(fromFile.ruleId());
    assertThat(fromTree.message()).isEqualTo(fromFile.message());
    assertThat(fromTree.location().jsonPointer()).isEqualTo(fromFile.location().jsonPointer());
    assertThat(fromTree.location().line()).isZero();
    assertThat(fromTree.location().file()).isEqualTo("tree");
  }

  @Test
  void findingsAreCappedWithAFinalNote() {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      events.append(i == 0 ? "" : ",\n").append("{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\",")
          .append(" \"eventTimeZoneOffset\": \"+00:00\", \"epcList\": [], \"action\": \"MOVE\"}");
    }
    String doc = "{\"@context\": \"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
        + " \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"2024-01-01T00:00:00Z\","
        + " \"epcisBody\": {\"eventList\": [\n" + events + "]}}";
    List<Finding> findings = validate(doc);
    assertThat(findings).hasSize(EpcisJsonSchemaValidator.MAX_FINDINGS + 1);
    Finding last = findings.get(findings.size() - 1);
    assertThat(last.ruleId()).isEqualTo("JSON-SCHEMA");
    assertThat(last.message()).contains("500 more schema errors were omitted");
    assertThat(last.location().line()).isEqualTo(1002);
    // document order
    for (int i = 1; i < EpcisJsonSchemaValidator.MAX_FINDINGS; i++) {
      assertThat(findings.get(i).location().line()).isGreaterThan(findings.get(i - 1).location().line());
    }
  }

  @Test
  void threadSafe() throws Exception {
    List<Path> files = List.of(invalid("bad-action.jsonld"), invalid("ilmd-with-observe.jsonld"),
        invalid("bad-quantity-uom.jsonld"), fixture("valid-document.jsonld"));
    List<List<Finding>> expected = new ArrayList<>();
    for (Path p : files) {
      expected.add(VALIDATOR.validate(p));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i % files.size();
        results.add(pool.submit(() -> VALIDATOR.validate(files.get(n)).equals(expected.get(n))));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void bundledSchemaIsDraft07AndOnTheClassPath() throws IOException {
    try (InputStream in = EpcisJsonSchemaValidator.class.getResourceAsStream(
        EpcisJsonSchemaValidator.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      JsonNode schema = new ObjectMapper().readTree(in);
      assertThat(schema.get("$schema").asString()).isEqualTo("http://json-schema.org/draft-07/schema#");
    }
  }

  @Test
  void messagesNeverCarryStackTraces() {
    for (String name : List.of("missing-event-time.jsonld", "bad-action.jsonld", "cbv-urn-biz-step.jsonld",
        "bad-time-zone-offset.jsonld", "ilmd-without-prefix.jsonld", "bad-quantity-uom.jsonld",
        "duplicate-key.jsonld", "malformed.jsonld", "ilmd-with-observe.jsonld",
        "object-event-without-objects.jsonld", "aggregation-without-children.jsonld", "unknown-member.jsonld")) {
      for (Finding f : VALIDATOR.validate(invalid(name))) {
        assertThat(f.message()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("tools.jackson");
        assertThat(f.isError()).isTrue();
      }
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  private static Finding only(List<Finding> findings) {
    assertThat(findings).as("findings").hasSize(1);
    return findings.get(0);
  }

  private static List<Finding> validate(String json) {
    return validate(VALIDATOR, json);
  }

  private static List<Finding> validate(EpcisJsonSchemaValidator validator, String json) {
    return validator.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inline.json");
  }

  static Path fixture(String name) {
    try {
      return Path.of(EpcisJsonSchemaValidatorTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path invalid(String name) {
    return fixture("invalid/" + name);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 1-based line of the first occurrence of {@code marker}. */
  private static int lineOf(Path file, String marker) {
    List<String> lines = read(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError(marker + " not in " + file);
  }

  /** 1-based column of the first occurrence of {@code marker} (on its line). */
  private static int columnOf(Path file, String marker) {
    return read(file).lines().filter(l -> l.contains(marker)).findFirst().orElseThrow().indexOf(marker) + 1;
  }
}
