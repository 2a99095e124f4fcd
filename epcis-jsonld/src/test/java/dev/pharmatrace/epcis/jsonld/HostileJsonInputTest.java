package dev.pharmatrace.epcis.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile-input suite for JSON (fixtures in {@code src/test/resources/hostile}, large inputs generated as
 * streams): every input fails with a located finding naming its rule, or is read exactly, through both the streaming
 * reader and the schema validator, fast.
 */
@Timeout(60)
class HostileJsonInputTest {
  static final Duration FAST = Duration.ofSeconds(20);

  static byte[] fixture(String name) {
    try (InputStream in = HostileJsonInputTest.class.getResourceAsStream("/hostile/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EpcisException readFails(InputStream in, EpcisJsonReader reader) {
    try {
      reader.read(in, "hostile.jsonld");
    } catch (EpcisException e) {
      return e;
    }
    throw new AssertionError("expected the read to fail");
  }

  static List<Finding> validate(InputStream in) {
    return EpcisJsonSchemaValidator.create().validate(in, "hostile.jsonld");
  }

  static void assertCleanError(Finding f, String rule) {
    assertThat(f.isError()).as(f.toString()).isTrue();
    assertThat(f.ruleId()).as(f.toString()).isEqualTo(rule);
    assertThat(f.location().line()).as(f.toString()).isPositive();
    assertThat(f.message()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  static Stream<Arguments> failingFixtures() {
    return Stream.of(
        Arguments.of("invalid-utf8.jsonld", "JSON-SYNTAX", "JSON-SYNTAX"),
        Arguments.of("utf16le-bom.jsonld", "JSON-SYNTAX", "JSON-SYNTAX"),
        Arguments.of("duplicate-key.jsonld", "JSON-DUPLICATE-KEY", "JSON-DUPLICATE-KEY"),
        Arguments.of("quantity-exponent.jsonld", "JSON-NUMBER", "JSON-NUMBER"),
        Arguments.of("quantity-nan.jsonld", "JSON-SYNTAX", "JSON-SYNTAX"),
        Arguments.of("quantity-infinity.jsonld", "JSON-SYNTAX", "JSON-SYNTAX"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failingFixtures")
  void hostileFixturesFailCleanlyInTheReaderAndTheValidator(String name, String readerRule, String validatorRule) {
    long start = System.nanoTime();
    assertCleanError(readFails(new ByteArrayInputStream(fixture(name)), EpcisJsonReader.create()).finding(),
        readerRule);
    assertThat(validate(new ByteArrayInputStream(fixture(name))))
        .anySatisfy(f -> assertCleanError(f, validatorRule));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"valid.jsonld", "bom-utf8.jsonld"})
  void aUtf8ByteOrderMarkIsAccepted(String name) {
    assertThat(EpcisJsonReader.create().read(new ByteArrayInputStream(fixture(name)), name).events()).hasSize(1);
    assertThat(validate(new ByteArrayInputStream(fixture(name)))).isEmpty();
  }

  @Test
  void invalidUtf8IsLocatedAtTheBadByte() {
    byte[] json = fixture("invalid-utf8.jsonld");
    Finding read = readFails(new ByteArrayInputStream(json), EpcisJsonReader.create()).finding();
    Finding validated = validate(new ByteArrayInputStream(json)).get(0);
    assertThat(read.location().line()).isEqualTo(4);
    assertThat(validated.location().line()).isEqualTo(4);
    assertThat(validated.location().column()).isBetween(read.location().column() - 2, read.location().column() + 2);
    assertThat(validated.message()).contains("not valid UTF-8");
  }

  @Test
  void aFourHundredDigitQuantityIsValidAndKeptExactly() {
    String name = "quantity-400-digits.jsonld";
    EpcisDocument doc = EpcisJsonReader.create().read(new ByteArrayInputStream(fixture(name)), name);
    assertThat(((ObjectEvent) doc.events().get(0)).quantityList().get(0).quantity())
        .isEqualTo(new BigDecimal("9".repeat(400)));
    assertThat(validate(new ByteArrayInputStream(fixture(name)))).isEmpty();
  }

  @Test
  void aHugeExponentIsNamedAsOutOfRange() {
    Finding f = readFails(new ByteArrayInputStream(fixture("quantity-exponent.jsonld")), EpcisJsonReader.create())
        .finding();
    assertThat(f.message()).contains("out of range");
    assertThat(f.location().jsonPointer()).isEqualTo("/epcisBody/eventList/0/quantityList/0/quantity");
  }

  // ---------------------------------------------------------------- large inputs, generated as streams

  static final String HEAD = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"],"
      + " \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"2024-01-01T00:00:00Z\","
      + " \"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\","
      + " \"eventTimeZoneOffset\": \"+00:00\", \"epcList\": [], \"action\": \"OBSERVE\", \"ex:x\": ";
  static final String TAIL = "}]}}";

  /** HEAD, {@code times} repetitions of {@code chunk}, {@code after}, TAIL: never held in memory. */
  static InputStream generated(String chunk, long times, String after, long afterTimes) {
    return new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(HEAD.getBytes(StandardCharsets.UTF_8)),
        new Repeating(chunk.getBytes(StandardCharsets.UTF_8), times),
        new Repeating(after.getBytes(StandardCharsets.UTF_8), afterTimes),
        new ByteArrayInputStream(TAIL.getBytes(StandardCharsets.UTF_8)))));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"[", "{\"a\": "})
  void twoHundredThousandLevelsHitTheDepthLimit(String open) {
    String close = open.equals("[") ? "]" : "}";
    String inner = open.equals("[") ? "" : "1";
    long start = System.nanoTime();
    Finding read = readFails(generated(open, 200_000, inner + close, 200_000), EpcisJsonReader.create()).finding();
    assertCleanError(read, "JSON-LIMIT-DEPTH");
    assertThat(read.message()).contains("500").contains("JsonLimits.withMaxNestingDepth(int)")
        .contains("--limit depth=N");
    List<Finding> findings = validate(generated(open, 200_000, inner + close, 200_000));
    assertThat(findings).singleElement().satisfies(f -> {
      assertCleanError(f, "JSON-LIMIT-DEPTH");
      assertThat(f.location().jsonPointer()).hasSizeLessThan(210).endsWith("/...");
    });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
  }

  @Test
  void aThreeHundredMegabyteStringHitsTheStringLimit() {
    long start = System.nanoTime();
    Finding read = readFails(generated("\"", 1, "A".repeat(1 << 16), 300L * 16), EpcisJsonReader.create())
        .finding();
    assertCleanError(read, "JSON-LIMIT-STRING");
    assertThat(read.message()).contains(String.valueOf(16 << 20)).contains("JsonLimits.withMaxStringLength(int)")
        .contains("--limit text=N");
    assertThat(validate(generated("\"", 1, "A".repeat(1 << 16), 300L * 16)))
        .singleElement().satisfies(f -> assertCleanError(f, "JSON-LIMIT-STRING"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
  }

  @Test
  void sizeNumberNameAndEventLimitsNameTheirMethodAndOption() {
    JsonLimits small = JsonLimits.DEFAULTS.withMaxDocumentBytes(600).withMaxNumberLength(20).withMaxNameLength(30)
        .withMaxEvents(1);
    EpcisJsonReader reader = EpcisJsonReader.create(small);
    Map<String, String> cases = Map.of(
        "[" + "1, ".repeat(200) + "1]", "JSON-LIMIT-SIZE withMaxDocumentBytes(long) --limit size=N",
        "1" + "0".repeat(40), "JSON-LIMIT-NUMBER withMaxNumberLength(int) --limit number=N",
        "{\"" + "n".repeat(40) + "\": 1}", "JSON-LIMIT-NAME withMaxNameLength(int) --limit name=N");
    cases.forEach((value, expected) -> {
      String[] parts = expected.split(" ");
      Finding f = readFails(generated(value, 1, "", 0), reader).finding();
      assertCleanError(f, parts[0]);
      assertThat(f.message()).contains("JsonLimits." + parts[1]).contains(parts[2] + " " + parts[3]);
      Finding v = EpcisJsonSchemaValidator.create(small).validate(generated(value, 1, "", 0), "small.jsonld")
          .get(0);
      assertCleanError(v, parts[0]);
      assertThat(v.message()).contains("JsonLimits." + parts[1]).contains(parts[2] + " " + parts[3]);
    });
    String twoEvents = new String(fixture("valid.jsonld"), StandardCharsets.UTF_8).replace("]}}",
        ", {\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\","
            + " \"epcList\": [], \"action\": \"OBSERVE\"}]}}");
    Finding events = readFails(new ByteArrayInputStream(twoEvents.getBytes(StandardCharsets.UTF_8)),
        EpcisJsonReader.create(1)).finding();
    assertCleanError(events, "JSON-LIMIT-EVENTS");
    assertThat(events.message()).contains("more than 1 events").contains("JsonLimits.withMaxEvents(long)")
        .contains("--limit events=N");
    assertThat(EpcisJsonReader.create(2).read(new ByteArrayInputStream(twoEvents.getBytes(StandardCharsets.UTF_8)),
        "two.jsonld").events()).hasSize(2);
  }

  // ---------------------------------------------------------------- truncated documents

  static IntStream cuts() {
    int length = fixture("valid.jsonld").length;
    return IntStream.iterate(1, i -> i < length - 1, i -> i + 5);
  }

  @ParameterizedTest(name = "cut at byte {0}")
  @MethodSource("cuts")
  void aTruncatedDocumentIsALocatedError(int cut) {
    byte[] part = Arrays.copyOf(fixture("valid.jsonld"), cut);
    Finding read = readFails(new ByteArrayInputStream(part), EpcisJsonReader.create()).finding();
    assertThat(read.isError()).isTrue();
    assertThat(read.ruleId()).startsWith("JSON-");
    assertThat(read.location().line()).as(read.toString()).isPositive();
    assertThat(validate(new ByteArrayInputStream(part))).singleElement().satisfies(f -> {
      assertCleanError(f, "JSON-SYNTAX");
      assertThat(f.message()).containsAnyOf("end-of-input", "incomplete");
    });
  }

  // ---------------------------------------------------------------- wrong types in every member

  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final Map<String, String> VALUES = Map.of("a string", "\"x\"", "a number", "42", "an object",
      "{\"a\": 1}", "an array", "[\"x\"]", "a boolean", "true");

  static Stream<Arguments> wrongTypes() {
    JsonNode event = MAPPER.readTree(fixture("valid.jsonld")).at("/epcisBody/eventList/0");
    return event.propertyNames().stream().flatMap(member -> VALUES.entrySet().stream()
        .filter(v -> MAPPER.readTree(v.getValue()).getNodeType() != event.get(member).getNodeType())
        .map(v -> Arguments.of(member, v.getKey(), v.getValue())));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("wrongTypes")
  void aWrongTypeInAnyMemberGivesLocatedFindingsNeverACrash(String member, String what, String value) {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(fixture("valid.jsonld"));
    ((ObjectNode) doc.at("/epcisBody/eventList/0")).set(member, MAPPER.readTree(value));
    byte[] json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    String pointer = "/epcisBody/eventList/0";
    assertThat(validate(new ByteArrayInputStream(json))).as(member + " as " + what).isNotEmpty()
        .allSatisfy(f -> {
          assertThat(f.isError()).isTrue();
          assertThat(f.ruleId()).startsWith("JSON-SCHEMA-");
          assertThat(f.location().jsonPointer()).startsWith(pointer);
          assertThat(f.location().line()).isPositive();
        })
        .anySatisfy(f -> assertThat(f.location().jsonPointer()).isIn(pointer, pointer + "/" + member));
    // the reader refuses with a located finding, or reads leniently (a value it can take), never crashes
    try {
      EpcisJsonReader.create().read(new ByteArrayInputStream(json), "wrong.jsonld");
    } catch (EpcisException e) {
      assertThat(e.finding().ruleId()).startsWith("JSON");
      assertThat(e.finding().location().line()).as(e.finding().toString()).isPositive();
      assertThat(e.finding().location().jsonPointer()).as(e.finding().toString()).startsWith(pointer);
    }
  }

  /** Repeats a chunk n times without holding it n times in memory. */
  static final class Repeating extends InputStream {
    private final byte[] chunk;
    private long remaining;
    private int pos;

    Repeating(byte[] chunk, long times) {
      this.chunk = chunk;
      this.remaining = chunk.length == 0 ? 0 : times;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (remaining == 0) {
        return -1;
      }
      int n = Math.min(len, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off, n);
      pos += n;
      if (pos == chunk.length) {
        pos = 0;
        remaining--;
      }
      return n;
    }
  }
}
