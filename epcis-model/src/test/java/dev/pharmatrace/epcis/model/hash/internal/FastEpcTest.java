package dev.pharmatrace.epcis.model.hash.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast EPC conversion gives exactly what the full GS1 parser gives, or steps aside. */
class FastEpcTest {
  @Test
  void agreesWithTheFullParser() {
    List<String> values = new ArrayList<>(List.of(
        "urn:epc:id:sgtin:0614141.107346.2017", "urn:epc:id:sgtin:0614141.107346.A-b.c_9",
        "urn:epc:id:sgtin:061414123456.1.7", "urn:epc:id:sgtin:4012345.012345.000123",
        "urn:epc:class:lgtin:4012345.012345.998877", "urn:epc:id:sscc:0614141.1234567890",
        "urn:epc:id:sscc:4012345.0000000333", "urn:epc:id:sgln:0614141.07346.1234",
        "urn:epc:id:sgln:0012345.11111.0", "urn:epc:id:sgln:0012345.11111.00", "urn:epc:id:pgln:4012345.00225",
        "urn:epc:id:pgln:061414100000.", "urn:epc:id:sgtin:0614141.107346.20%2F17",
        "urn:epc:id:sgtin:0614141.107346.123456789012345678901", "urn:epc:id:sgtin:061414.1107346.1",
        "urn:epc:id:sgtin:0614141.10734.1", "urn:epc:id:sgtin:0614141.107346", "urn:epc:id:sscc:0614141.12345678901",
        "urn:epc:id:sgln:0614141.07346", "urn:epc:id:sgtin:0614141.1073x6.1"));
    for (int i = 0; i < 200; i++) {
      values.add("urn:epc:id:sgtin:0614141.107346." + (i * 7919L));
      values.add("urn:epc:id:sscc:0614141." + String.format("%010d", i * 104729L));
    }
    int fast = 0;
    for (String v : values) {
      String quick = FastEpc.toDigitalLink(v);
      String full = CanonicalValues.parsedIdentifier(v);
      if (quick != null) {
        fast++;
        assertThat(quick).as(v).isEqualTo(full);
      }
    }
    assertThat(fast).as("values taking the fast path").isGreaterThan(400);
    assertThat(FastEpc.toDigitalLink("urn:epc:id:sgtin:0614141.107346.20%2F17")).isNull();
    assertThat(FastEpc.toDigitalLink("urn:epc:id:giai:4000001.111")).isNull();
  }
}
