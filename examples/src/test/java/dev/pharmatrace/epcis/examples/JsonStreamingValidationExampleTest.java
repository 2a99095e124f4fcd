package dev.pharmatrace.epcis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonStreamingValidationExampleTest {

  @Test
  void findsTheOneBadEventAndReadsInPlace(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonStreamingValidationExample.run(dir, 3000, 1234, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // the writer puts one event on each line, after the line with the document's members
    assertThat(out).contains("schema findings: 1")
        .contains("JSON-SCHEMA-PATTERN at /epcisBody/eventList/1234/bizStep (line 1236, column ")
        .contains("write \"shipping\"")
        .contains("read 3,000 events in place (temporary files while reading: 0)");
  }
}
