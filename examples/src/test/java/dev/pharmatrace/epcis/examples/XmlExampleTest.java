package dev.pharmatrace.epcis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlExampleTest {

  @Test
  void writesValidatesAndConverts(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XmlExample.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("schema validation: valid").contains("converted 7 events")
        .contains("kept: true").doesNotContain("INVALID");
    assertThat(Files.readString(dir.resolve("shipment-1.2.xml"))).contains("urn:epcglobal:epcis:xsd:1")
        .contains("gs1ushc:dscsaTransactionStatement");
    assertThat(Files.readString(dir.resolve("shipment-2.0.xml"))).contains("urn:epcglobal:epcis:xsd:2");
  }
}
