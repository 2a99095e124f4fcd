package dev.pharmatrace.epcis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DscsaShipmentExampleTest {

  @Test
  void buildsAConsistentShipment() {
    EpcisDocument doc = DscsaShipmentExample.build(List.of("1", "2", "3", "4", "5"), 2);
    // 3 commissioning events (items, cases, pallet), 3 cases packed, 1 pallet packed, 1 shipping
    assertThat(doc.events()).hasSize(8);
    ObjectEvent items = (ObjectEvent) doc.events().get(0);
    assertThat(items.epcList()).hasSize(5);
    assertThat(items.ilmd()).hasSize(2);
    List<String> packed = doc.events().subList(3, 6).stream()
        .flatMap(e -> ((AggregationEvent) e).childEpcs().stream()).toList();
    assertThat(packed).containsExactlyElementsOf(items.epcList());
    AggregationEvent pallet = (AggregationEvent) doc.events().get(6);
    assertThat(pallet.childEpcs()).containsExactlyElementsOf(((ObjectEvent) doc.events().get(1)).epcList());
    ObjectEvent shipping = (ObjectEvent) doc.events().get(7);
    assertThat(shipping.bizStep()).contains(BizStep.SHIPPING);
    assertThat(shipping.epcList()).containsExactly(pallet.parentId());
    assertThat(((ObjectEvent) doc.events().get(2)).epcList()).containsExactly(pallet.parentId());
    assertThat(shipping.sourceList()).hasSize(2);
    assertThat(shipping.destinationList()).hasSize(2);
    assertThat(doc.header().masterData().vocabularies()).hasSize(2);
    assertThat(doc.header().extensions()).hasSize(2);
  }

  @Test
  void mainPrintsTheShipment() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DscsaShipmentExample.describe(
        DscsaShipmentExample.build(List.of("1", "2", "3"), 3), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("DSCSA shipment from urn:epc:id:sgln:0361234.00000.0 to urn:epc:id:sgln:0398765.00000.0")
        .contains("6 events").contains("commissioning").contains("shipping")
        .contains("dscsaTransactionStatement");
  }
}
