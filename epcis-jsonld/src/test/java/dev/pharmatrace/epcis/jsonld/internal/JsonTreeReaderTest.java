package dev.pharmatrace.epcis.jsonld.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pharmatrace.epcis.model.ConformanceCorpus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link JsonTreeReader} against Jackson's own {@code readTree} with the settings the reader used before (the
 * oracle): the same node classes, the same values (decimals with their scale), the same member order, and the parser
 * left on the same token.
 */
class JsonTreeReaderTest {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final JsonMapper ORACLE = JsonMapper.builder(FACTORY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  @Test
  void numbersKeepTheirKindAndScale() {
    String json = "{\"i\":7,\"neg\":-0,\"l\":12345678901,\"big\":123456789012345678901234567890,"
        + "\"d\":1.50,\"e\":1e2,\"E\":-2.5E-3,\"z\":0.000,\"nz\":-0.0,\"maxInt\":2147483647,\"minInt\":-2147483648,"
        + "\"overInt\":2147483648,\"maxLong\":9223372036854775807,\"overLong\":9223372036854775808}";
    JsonNode tree = read(json);
    assertSame(tree, oracle(json), "");
    assertThat(tree.get("d").decimalValue()).isEqualTo(new BigDecimal("1.50"));
    assertThat(tree.get("e").decimalValue()).isEqualTo(new BigDecimal("1E+2"));
    assertThat(tree.get("l").isLong()).isTrue();
    assertThat(tree.get("big").isBigInteger()).isTrue();
  }

  @Test
  void scalarsNestingAndEmptyContainers() {
    for (String json : List.of("\"text\"", "42", "1.0", "true", "false", "null", "[]", "{}", "[[],[{}],{\"a\":[]}]",
        "{\"a\":null,\"b\":[null,true,false,\"x\\u00e9\\ud83d\\ude00\"],\"c\":{\"d\":{\"e\":{\"f\":[1,[2,[3]]]}}}}",
        "{\"\":\"empty name\",\"k\":\"\"}")) {
      assertSame(read(json), oracle(json), json);
    }
  }

  @Test
  void leavesTheParserAsReadTreeDoesSoTheNextMemberFollows() throws IOException {
    String json = "{\"a\":{\"x\":[1,{\"y\":2}]},\"b\":[],\"c\":3,\"d\":\"s\"}";
    try (JsonParser ours = parser(json); JsonParser theirs = parser(json)) {
      ours.nextToken();
      theirs.nextToken();
      while (ours.nextToken() == JsonToken.PROPERTY_NAME) {
        assertThat(theirs.nextToken()).isEqualTo(JsonToken.PROPERTY_NAME);
        assertThat(ours.currentName()).isEqualTo(theirs.currentName());
        ours.nextToken();
        theirs.nextToken();
        assertSame(JsonTreeReader.read(ours), ORACLE.readTree(theirs), "/" + ours.currentName());
        assertThat(ours.currentToken()).isEqualTo(theirs.currentToken()).isNull();
        assertThat(ours.currentTokenLocation().getColumnNr()).isEqualTo(theirs.currentTokenLocation().getColumnNr());
      }
      assertThat(ours.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(theirs.nextToken()).isEqualTo(JsonToken.END_OBJECT);
    }
  }

  @Test
  void deepNestingCostsNoStack() {
    int depth = 200_000;
    String json = "[".repeat(depth) + "]".repeat(depth);
    JsonFactory deep = JsonFactory.builder().streamReadConstraints(
        tools.jackson.core.StreamReadConstraints.builder().maxNestingDepth(depth + 1).build()).build();
    try (JsonParser p = deep.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      JsonNode tree = JsonTreeReader.read(p);
      int levels = 0;
      for (JsonNode n = tree; n.size() > 0; n = n.get(0)) {
        levels++;
      }
      assertThat(levels).isEqualTo(depth - 1);
    }
  }

  @Test
  void refusesWhatIsNoValueAndKeepsTheParsersErrors() {
    try (JsonParser p = parser("{\"a\":1}")) {
      p.nextToken();
      p.nextToken(); // on the property name
      assertThatThrownBy(() -> JsonTreeReader.read(p)).isInstanceOf(IllegalStateException.class);
    }
    try (JsonParser p = parser("{\"a\":1,\"a\":2}")) {
      p.nextToken();
      assertThatThrownBy(() -> JsonTreeReader.read(p)).hasMessageContaining("Duplicate");
    }
    try (JsonParser p = parser("{\"a\":1e9000000500}")) {
      p.nextToken();
      assertThatThrownBy(() -> JsonTreeReader.read(p)).isInstanceOf(NumberFormatException.class);
    }
  }

  /** 2,000 random JSON values of every shape, seeded (so a failure names its seed and replays). */
  @Test
  void randomDocumentsReadLikeReadTree() {
    for (int seed = 0; seed < 2_000; seed++) {
      String json = RandomJson.value(new Random(seed), 0);
      assertSame(read(json), oracle(json), "seed " + seed + ": " + json);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyJsonFileOfTheCorpusReadsLikeReadTree() throws IOException {
    Path corpus = ConformanceCorpus.dir().orElse(null);
    assumeTrue(corpus != null, "conformance corpus not found (set -Depcis.conformance.dir): corpus comparison"
        + " skipped; the fixture and random comparisons ran");
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".jsonld")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(corpus.relativize(f).toString(), () -> {
      String json = Files.readString(f, StandardCharsets.UTF_8);
      JsonNode theirs;
      try {
        theirs = oracle(json);
      } catch (RuntimeException e) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(RuntimeException.class);
        return;
      }
      assertSame(read(json), theirs, "");
    }));
  }

  private static JsonParser parser(String json) {
    return FACTORY.createParser(ObjectReadContext.empty(), json);
  }

  private static JsonNode read(String json) {
    try (JsonParser p = parser(json)) {
      p.nextToken();
      return JsonTreeReader.read(p);
    }
  }

  private static JsonNode oracle(String json) {
    try (JsonParser p = ORACLE.createParser(json)) {
      p.nextToken();
      return ORACLE.readTree(p);
    }
  }

  /** Same node classes, same values (decimals compared with their scale), same member order, at every pointer. */
  private static void assertSame(JsonNode ours, JsonNode theirs, String at) {
    assertThat(ours.getClass()).as("node class at %s", at).isEqualTo(theirs.getClass());
    if (ours.isObject()) {
      List<String> ourNames = new ArrayList<>();
      ours.propertyNames().forEach(ourNames::add);
      List<String> theirNames = new ArrayList<>();
      theirs.propertyNames().forEach(theirNames::add);
      assertThat(ourNames).as("member names at %s", at).isEqualTo(theirNames);
      Iterator<Map.Entry<String, JsonNode>> o = ours.properties().iterator();
      for (Map.Entry<String, JsonNode> t : theirs.properties()) {
        Map.Entry<String, JsonNode> e = o.next();
        assertSame(e.getValue(), t.getValue(), at + "/" + t.getKey());
      }
    } else if (ours.isArray()) {
      assertThat(ours.size()).as("size at %s", at).isEqualTo(theirs.size());
      for (int i = 0; i < ours.size(); i++) {
        assertSame(ours.get(i), theirs.get(i), at + "/" + i);
      }
    } else if (ours.isNumber()) {
      assertThat(ours.numberValue()).as("number at %s", at).isEqualTo(theirs.numberValue());
    } else {
      assertThat(ours.asString()).as("value at %s", at).isEqualTo(theirs.asString());
    }
  }

  /** Random JSON text: every kind of value, odd numbers, escapes and non-ASCII text. */
  private static final class RandomJson {
    private static final String[] NUMBERS = {"0", "-0", "1", "-17", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "0.5", "1.50", "-0.0",
        "1e3", "1E-7", "2.5e+10", "0.000001", "12345678901234567890.12345678901234567890", "6.02214076E23"};
    private static final String[] STRINGS = {"", "a", "urn:epc:id:sgtin:0614141.107346.2018", "\\\"q\\\"",
        "tab\\tnew\\nline", "\\u00e9t\\u00e9", "\\ud83d\\udc8a", "€ and ü", "\\\\", "/slash\\/"};

    static String value(Random r, int depth) {
      int kind = r.nextInt(depth > 4 ? 6 : 8);
      switch (kind) {
        case 0:
          return NUMBERS[r.nextInt(NUMBERS.length)];
        case 1:
          return "\"" + STRINGS[r.nextInt(STRINGS.length)] + "\"";
        case 2:
          return r.nextBoolean() ? "true" : "false";
        case 3:
          return "null";
        case 4:
        case 5:
          return "\"" + STRINGS[r.nextInt(STRINGS.length)] + r.nextInt(100) + "\"";
        case 6: {
          StringBuilder b = new StringBuilder("[");
          for (int i = r.nextInt(5); i > 0; i--) {
            b.append(value(r, depth + 1)).append(i > 1 ? "," : "");
          }
          return b.append(']').toString();
        }
        default: {
          StringBuilder b = new StringBuilder("{");
          for (int i = r.nextInt(5); i > 0; i--) {
            b.append("\"m").append(i).append(STRINGS[r.nextInt(3)].replace("\\", "")).append("\":")
                .append(value(r, depth + 1)).append(i > 1 ? "," : "");
          }
          return b.append('}').toString();
        }
      }
    }
  }
}
