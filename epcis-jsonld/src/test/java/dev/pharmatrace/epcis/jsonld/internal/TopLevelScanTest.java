package dev.pharmatrace.epcis.jsonld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The byte scan of a document's top level finds the members after the body, and says so when it cannot tell. */
class TopLevelScanTest {
  private static final Set<String> ASKED = Set.of("@context", "epcisHeader", "type");

  private static Boolean scan(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return new TopLevelScan(() -> new ByteArrayInputStream(bytes)).anyAfterBody(ASKED);
  }

  @Test
  void membersAfterTheBody() {
    assertThat(scan("{\"@context\": 1, \"type\": \"x\", \"epcisBody\": {\"eventList\": []}}")).isFalse();
    assertThat(scan("{\"epcisBody\": {}, \"@context\": []}")).isTrue();
    assertThat(scan("{\"epcisBody\": {}, \"ex:a\": 1, \"epcisHeader\": {}}")).isTrue();
    assertThat(scan("\uFEFF {\"epcisBody\": [], \"type\" : 1}")).isTrue();
    assertThat(scan("{\"epcisBody\": {}, \"ex:type\": \"type\"}")).isFalse();
  }

  @Test
  void namesInsideValuesAndStringsDoNotCount() {
    // nested members, strings that look like names, escaped quotes, brackets in strings, non-ASCII text
    assertThat(scan("{\"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\", \"@context\": \"x\","
        + " \"ex:s\": \"\\\"}, \\\"type\\\": [\", \"ex:é\": \"épée ]}\"}]},\n \"ex:after\": {\"epcisHeader\": {}}}"))
        .isFalse();
    assertThat(scan("{\"ex:\\\"epcisBody\": {}, \"type\": 1}")).isNull(); // escaped top-level name: cannot tell
    assertThat(scan("{\"x\": \"epcisBody\", \"type\": 1}")).isNull(); // no body
  }

  @Test
  void whenItCannotTell() {
    assertThat(scan("[{\"epcisBody\": {}}]")).isNull();
    assertThat(scan("{\"epcisBody\": {\"eventList\": [")).isNull();
    assertThat(scan("x{}")).isNull();
    assertThat(new TopLevelScan(() -> {
      throw new UncheckedIOException(new IOException("gone"));
    }).anyAfterBody(ASKED)).isNull();
  }

  /**
   * The scan reads in buffers and skips through strings; a plain reading of the same rules over the whole input
   * at once is the oracle, on 3,000 random documents (member orders, escapes, brackets and quotes in strings,
   * non-ASCII text, indentation, byte order marks, truncation), each with read buffers of many sizes, so that
   * quotes, backslashes, escapes and names fall on every buffer boundary.
   */
  @Test
  void bufferedScanAgreesWithAWholeInputReadingAtEveryBufferBoundary() throws IOException {
    int[] buffers = {1, 2, 3, 5, 7, 8, 9, 13, 16, 17, 31, 64, TopLevelScan.BUFFER};
    int[] answers = new int[3];
    for (int seed = 0; seed < 3_000; seed++) {
      Random r = new Random(seed);
      byte[] doc = randomDocument(r).getBytes(StandardCharsets.UTF_8);
      if (r.nextInt(10) == 0) {
        doc = Arrays.copyOf(doc, r.nextInt(doc.length + 1));
      }
      Boolean expected = byteAtATime(doc, ASKED);
      answers[expected == null ? 2 : expected ? 1 : 0]++;
      for (int size : buffers) {
        assertThat(TopLevelScan.scan(new ByteArrayInputStream(doc), ASKED, size))
            .as("seed %d, buffer %d: %s", seed, size, new String(doc, StandardCharsets.UTF_8)).isEqualTo(expected);
      }
    }
    assertThat(Arrays.stream(answers).min().getAsInt()).as("fewest of false, true, null").isGreaterThan(300);
  }

  private static final String[] STRINGS = {"", "urn:epc:id:sgtin:0614141.107346.2018", "\\\"", "a\\\\",
      "\\\\\\\"}]", "x\\\"y", "épée ]}", "{\\\"type\\\": [", "\\u0022", "        ", "tab\\t", "💊"};

  private static String randomDocument(Random r) {
    List<String> names = new ArrayList<>(List.of("epcisBody", "@context", "type", "epcisHeader", "ex:type",
        "ex:note"));
    Collections.shuffle(names, r);
    names = names.subList(0, 1 + r.nextInt(names.size()));
    String indent = " ".repeat(r.nextInt(12));
    StringBuilder b = new StringBuilder(r.nextInt(8) == 0 ? "\uFEFF" : "").append(indent).append('{');
    for (int i = 0; i < names.size(); i++) {
      b.append(i == 0 ? "" : ",").append(r.nextBoolean() ? "\n" + indent + "  " : " ")
          .append('"').append(names.get(i)).append('"').append(r.nextBoolean() ? " : " : ":")
          .append(value(r, 0, indent + "    "));
    }
    return b.append(r.nextBoolean() ? "\n" + indent : "").append('}').toString();
  }

  private static String value(Random r, int depth, String indent) {
    switch (r.nextInt(depth > 3 ? 3 : 5)) {
      case 0:
        return "\"" + STRINGS[r.nextInt(STRINGS.length)] + STRINGS[r.nextInt(STRINGS.length)] + "\"";
      case 1:
        return r.nextBoolean() ? "12.5" : "true";
      case 2:
        return "\"" + "urn:epc:id:sgtin:0614141.107346.".repeat(r.nextInt(4)) + r.nextInt(1000) + "\"";
      case 3: {
        StringBuilder b = new StringBuilder("[");
        for (int i = r.nextInt(4); i > 0; i--) {
          b.append("\n").append(indent).append(value(r, depth + 1, indent + "  ")).append(i > 1 ? "," : "");
        }
        return b.append(']').toString();
      }
      default: {
        StringBuilder b = new StringBuilder("{");
        for (int i = r.nextInt(4); i > 0; i--) {
          b.append("\n").append(indent).append("\"").append(r.nextBoolean() ? "type" : "eventList").append(i)
              .append("\" : ").append(value(r, depth + 1, indent + "  ")).append(i > 1 ? "," : "");
        }
        return b.append('}').toString();
      }
    }
  }

  /** The oracle: the same rules, one byte at a time, on the whole input at once. */
  private static Boolean byteAtATime(byte[] doc, Set<String> asked) {
    int depth = 0;
    int bom = 0;
    boolean inString = false;
    boolean escaped = false;
    boolean expectName = false;
    boolean body = false;
    StringBuilder name = null;
    for (byte b : doc) {
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          if (name != null) {
            return null;
          }
          escaped = true;
        } else if (b == '"') {
          inString = false;
          if (name != null) {
            String n = name.toString();
            if (body && asked.contains(n)) {
              return true;
            }
            body |= n.equals("epcisBody");
            name = null;
            expectName = false;
          }
        } else if (name != null) {
          name.append((char) (b & 0xFF)); // ASCII names only matter
        }
        continue;
      }
      if (b == '"') {
        inString = true;
        name = depth == 1 && expectName ? new StringBuilder() : null;
      } else if (b == '{' || b == '[') {
        if (depth == 0 && b == '[') {
          return null;
        }
        depth++;
        expectName = depth == 1;
      } else if (b == '}' || b == ']') {
        if (--depth == 0) {
          return body ? Boolean.FALSE : null;
        }
      } else if (b == ',') {
        expectName = depth == 1;
      } else if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != ':' && depth == 0) {
        if (bom >= 3 || (b & 0xFF) != new int[] {0xEF, 0xBB, 0xBF}[bom]) {
          return null;
        }
        bom++;
      }
    }
    return null;
  }
}
