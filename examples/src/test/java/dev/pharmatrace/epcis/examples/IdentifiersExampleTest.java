package dev.pharmatrace.epcis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdentifiersExampleTest {

  @Test
  void convertsTheScannedPackAndRejectsTypos() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    IdentifiersExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // expected values worked out by hand: GTIN 00361234567890 (check digit 0), company prefix 0361234
    assertThat(out).contains("(01)00361234567890(17)260228(10)LOT2403A(21)100001")
        .contains("https://id.gs1.org/01/00361234567890/10/LOT2403A/21/100001?17=260228")
        .contains("urn:epc:id:sgtin:0361234.056789.100001")
        .contains("LOT2403A, 260228")
        .contains("(00)003612340000000014")
        .contains("GS1-CHECK-DIGIT")
        .contains("serials:");
    assertThat(out.lines().filter(l -> l.startsWith("rejected:"))).hasSize(2);
  }
}
