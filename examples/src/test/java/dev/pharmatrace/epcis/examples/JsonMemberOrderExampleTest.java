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

class JsonMemberOrderExampleTest {

  @Test
  void aBodyFirstDocumentConvertsWithItsHeader(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonMemberOrderExample.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("header known before the first event: true").contains("converted 7 events")
        .contains("temporary files left after close: 0").contains("schema validation: valid").contains("kept: true");
    String json = Files.readString(dir.resolve("partner.jsonld"));
    assertThat(json.indexOf("\"epcisBody\"")).isLessThan(json.indexOf("\"epcisHeader\""));
    assertThat(json.indexOf("\"epcisHeader\"")).isLessThan(json.indexOf("\"@context\""));
    assertThat(Files.readString(dir.resolve("shipment.xml"))).contains("StandardBusinessDocumentHeader")
        .contains("gs1ushc:dscsaTransactionStatement");
  }
}
