package dev.pharmatrace.epcis.jsonld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
}
