package dev.pharmatrace.epcis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class T3BuilderExampleTest {
  @Test
  void writesAValidT3Document(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    T3BuilderExample.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // 150 + 90 items, 12 per case: 13 + 8 cases; 10 per pallet: 3 pallets
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("240 items in 21 cases on 3 pallets").contains("4 product classes").contains("4 locations")
        .contains("EPCIS 1.2 schema: valid");
    EpcisDocument doc = EpcisXmlReader.create().read(dir.resolve("t3-shipment.xml"));
    List<EpcisEvent> events = doc.events();
    ObjectEvent shipping = (ObjectEvent) events.get(events.size() - 1);
    assertThat(shipping.bizStep()).contains(BizStep.SHIPPING);
    assertThat(shipping.epcList()).hasSize(3).allMatch(e -> e.startsWith("urn:epc:id:sscc:0361234."));
    assertThat(shipping.bizTransactionList()).extracting(b -> b.value()).containsExactly(
        "urn:epcglobal:cbv:bt:0398765000008:PO-4711", "urn:epcglobal:cbv:bt:0361234000007:DA-0815");
  }
}
