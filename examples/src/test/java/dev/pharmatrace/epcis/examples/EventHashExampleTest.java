package dev.pharmatrace.epcis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventHashExampleTest {

  @Test
  void bothSyntaxesHashAlikeAndTheCopiesAreCaught() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EventHashExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    // by hand: 15:15:30.1234Z rounds to .123; GTIN 10614141073464; GLN 0614141073467 (extension 0: no /254)
    assertThat(lines.get(0)).startsWith("pre-hash:    eventType=ObjectEventeventTime=2024-03-01T15:15:30.123Z"
        + "eventTimeZoneOffset=-05:00epcListepc=https://id.gs1.org/01/10614141073464/21/2017"
        + "epc=https://id.gs1.org/01/10614141073464/21/2018action=ADD"
        + "bizStep=https://ref.gs1.org/cbv/BizStep-commissioningdisposition=https://ref.gs1.org/cbv/Disp-active"
        + "readPointid=https://id.gs1.org/414/0614141073467ilmd");
    String fromXml = lines.get(1).substring("from XML:    ".length());
    assertThat(fromXml).matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
    assertThat(lines.get(2)).isEqualTo("from JSON:   " + fromXml);
    assertThat(lines.get(3)).isEqualTo("eventID:     " + fromXml);
    assertThat(lines.stream().filter(l -> l.startsWith("finding:")).toList()).satisfiesExactly(
        dup -> assertThat(dup).contains("event 1").contains("EVENT-DUPLICATE").contains("repeats event 0"),
        tampered -> assertThat(tampered).contains("event 2 eventID").contains("error EVENT-HASH-MISMATCH"));
  }
}
