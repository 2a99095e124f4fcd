package dev.pharmatrace.epcis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputLimitsExampleTest {

  @Test
  void theDefaultRefusesAndTheRaisedLimitReads() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    InputLimitsExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("default limits: deep.xml:1:").contains("XML-LIMIT-DEPTH")
        .contains("XmlLimits.withMaxDepth(int)").contains("--limit depth=N")
        .contains("raised depth 200: read 1 event, schema valid: true")
        .contains("maxEvents=100000000").contains("document size: " + (8L << 30) + " bytes, part held in memory: " + (128L << 20));
  }
}
