package dev.pharmatrace.epcis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValidationExampleTest {
  @Test
  void theBuiltShipmentPassesAndTheDefectsAreFound() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("DSCSA profile, shipment as built: valid, 0 finding(s), 7 events")
        .contains("  urn:epc:id:sscc:0361234.0000000001\n    urn:epc:id:sgtin:0361234.556789.C1000\n"
            + "      urn:epc:id:sgtin:0361234.056789.1001\n")
        .contains("DSCSA profile, item in two cases: invalid, 1 finding(s)")
        .contains("error TRACE-TWO-PARENTS: urn:epc:id:sgtin:0361234.056789.1001 is packed into "
            + "urn:epc:id:sgtin:0361234.556789.C1001 but is still in urn:epc:id:sgtin:0361234.556789.C1000")
        .contains("Partner profile acme: invalid, 1 finding(s)")
        .contains("error DSCSA-PARTNER: Receiver is GLN 0398765000008");
  }
}
