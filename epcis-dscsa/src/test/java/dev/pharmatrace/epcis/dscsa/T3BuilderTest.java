package dev.pharmatrace.epcis.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.BizTransaction;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.MasterData;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.SourceDest;
import dev.pharmatrace.epcis.model.Vocabulary;
import dev.pharmatrace.epcis.model.VocabularyElement;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import dev.pharmatrace.epcis.model.gs1.CheckDigit;
import dev.pharmatrace.epcis.model.gs1.Gtin;
import dev.pharmatrace.epcis.model.gs1.Sgtin;
import dev.pharmatrace.epcis.model.gs1.Sscc;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class T3BuilderTest {
  static final Address ADDRESS = Address.us("1 Main Street", "Princeton", "NJ", "08540");
  static final TradingParty SELLER = TradingParty.of("urn:epc:id:sgln:0361234.00000.0", "Example Pharma Inc.", ADDRESS);
  static final TradingParty PLANT = TradingParty.of("urn:epc:id:sgln:0361234.00001.0", "Example Pharma Plant",
      new Address("100 Industrial Way", "Building 2", "Princeton", "NJ", "08540", "US"));
  static final TradingParty BUYER = TradingParty.of("urn:epc:id:sgln:0398765.00000.0", "Example Wholesale LLC",
      Address.us("5 Market Street", "Columbus", "OH", "43004"));
  static final TradingParty BUYER_DC = TradingParty.of("urn:epc:id:sgln:0398765.00002.0", "Example Wholesale DC",
      Address.us("77 Logistics Drive", "Columbus", "OH", "43004"));
  static final Product EXAMPLINOL = Product.builder(Ndc.parse("61234-567-89")).name("Examplinol")
      .dosageForm("TABLET").strength("10 mg").netContent("30 tablets").manufacturer("Example Pharma Inc.").build();
  static final Product CARDIOVEX = Product.builder(Ndc.parse("61234-5678-1")).name("Cardiovex")
      .dosageForm("CAPSULE").strength("25 mg").netContent("90 capsules").caseNetContent("12 bottles")
      .manufacturer("Example Pharma Inc.").caseIndicator('1').build();
  static final ZonedDateTime SHIP = ZonedDateTime.of(2026, 3, 2, 15, 0, 0, 0, ZoneId.of("America/New_York"));

  /** 5 Examplinol + 3 Cardiovex, 2 per case, 2 cases per pallet: cases 3 + 2, pallets 3 (the second mixed). */
  static Shipment small() {
    return Shipment.builder().seller(SELLER).shipFrom(PLANT).buyer(BUYER).shipTo(BUYER_DC)
        .addLot(Lot.of(EXAMPLINOL, "A123", LocalDate.of(2028, 2, 29), 5))
        .addLot(Lot.of(CARDIOVEX, "B7", LocalDate.of(2027, 12, 31), 3))
        .itemsPerCase(2).casesPerPallet(2).serials(SerialSource.sequential(1000)).firstSsccSerialReference(42)
        .purchaseOrder("PO-4711").shipTime(SHIP).documentId("1100220001").build();
  }

  static List<EpcisEvent> events(T3Document t3) {
    List<EpcisEvent> list = new ArrayList<>();
    t3.forEach(list::add);
    return list;
  }

  @Test
  void smallShipmentHasTheExpectedEventsInOrder() {
    T3Document t3 = T3Builder.create().build(small());
    List<EpcisEvent> events = events(t3);
    assertThat(t3.itemCount()).isEqualTo(8);
    assertThat(t3.caseCount()).isEqualTo(5);
    assertThat(t3.palletCount()).isEqualTo(3);
    assertThat(events).hasSize((int) t3.eventCount());
    String item = "urn:epc:id:sgtin:0361234.056789.";
    String itemB = "urn:epc:id:sgtin:0361234.056781."; // hand-computed: NDC 61234-5678-1, indicator 0
    String caseA = "urn:epc:id:sgtin:0361234.556789.";
    String caseB = "urn:epc:id:sgtin:0361234.156781.";
    // pallet 1: cases 0-1 of lot A (items 1000-1003)
    assertCommissioning(events.get(0), List.of(item + 1000, item + 1001, item + 1002, item + 1003), "A123");
    assertCommissioning(events.get(1), List.of(caseA + 1000, caseA + 1001), "A123");
    assertPacking(events.get(2), caseA + 1000, List.of(item + 1000, item + 1001));
    assertPacking(events.get(3), caseA + 1001, List.of(item + 1002, item + 1003));
    assertCommissioning(events.get(4), List.of("urn:epc:id:sscc:0361234.0000000042"), null);
    assertPacking(events.get(5), "urn:epc:id:sscc:0361234.0000000042", List.of(caseA + 1000, caseA + 1001));
    // pallet 2: the last, partial case of lot A and the first case of lot B
    assertCommissioning(events.get(6), List.of(item + 1004), "A123");
    assertCommissioning(events.get(7), List.of(itemB + 1000, itemB + 1001), "B7");
    assertCommissioning(events.get(8), List.of(caseA + 1002), "A123");
    assertCommissioning(events.get(9), List.of(caseB + 1000), "B7");
    assertPacking(events.get(10), caseA + 1002, List.of(item + 1004));
    assertPacking(events.get(11), caseB + 1000, List.of(itemB + 1000, itemB + 1001));
    assertPacking(events.get(13), "urn:epc:id:sscc:0361234.0000000043", List.of(caseA + 1002, caseB + 1000));
    // pallet 3: the last case of lot B
    assertPacking(events.get(16), caseB + 1001, List.of(itemB + 1002));
    assertPacking(events.get(18), "urn:epc:id:sscc:0361234.0000000044", List.of(caseB + 1001));

    ObjectEvent ship = (ObjectEvent) events.get(19);
    assertThat(events).hasSize(20);
    assertThat(ship.action()).isEqualTo(Action.OBSERVE);
    assertThat(ship.bizStep()).contains(BizStep.SHIPPING);
    assertThat(ship.disposition()).contains(Disposition.IN_TRANSIT);
    assertThat(ship.epcList()).containsExactly("urn:epc:id:sscc:0361234.0000000042",
        "urn:epc:id:sscc:0361234.0000000043", "urn:epc:id:sscc:0361234.0000000044");
    assertThat(ship.readPoint()).map(r -> r.id()).contains(PLANT.sgln());
    assertThat(ship.bizTransactionList()).containsExactly(
        BizTransaction.of(BizTransactionType.PO, "urn:epcglobal:cbv:bt:0398765000008:PO-4711"));
    assertThat(ship.sourceList()).containsExactly(SourceDest.of(SourceDestType.OWNING_PARTY, SELLER.sgln()),
        SourceDest.of(SourceDestType.LOCATION, PLANT.sgln()));
    assertThat(ship.destinationList()).containsExactly(SourceDest.of(SourceDestType.OWNING_PARTY, BUYER.sgln()),
        SourceDest.of(SourceDestType.LOCATION, BUYER_DC.sgln()));
    assertThat(ship.eventTime()).isEqualTo(SHIP.toOffsetDateTime());
    // the hand-written EPCs are valid GS1 keys
    assertThat(Sgtin.fromEpcUri(itemB + 1000).gtin()).isEqualTo(Gtin.of(CheckDigit.append("0036123456781")));
    assertThat(Sscc.fromEpcUri("urn:epc:id:sscc:0361234.0000000042").value()).isEqualTo("003612340000000427");
  }

  private static void assertCommissioning(EpcisEvent e, List<String> epcs, String lot) {
    ObjectEvent o = (ObjectEvent) e;
    assertThat(o.action()).isEqualTo(Action.ADD);
    assertThat(o.bizStep()).contains(BizStep.COMMISSIONING);
    assertThat(o.disposition()).contains(Disposition.ACTIVE);
    assertThat(o.epcList()).containsExactlyElementsOf(epcs);
    assertThat(o.readPoint()).map(r -> r.id()).contains(PLANT.sgln());
    assertThat(o.bizLocation()).map(r -> r.id()).contains(PLANT.sgln());
    if (lot == null) {
      assertThat(o.ilmd()).isEmpty();
    } else {
      assertThat(o.ilmd()).extracting(x -> x.name().expandedIri()).containsExactly(
          "urn:epcglobal:cbv:mdalotNumber", "urn:epcglobal:cbv:mdaitemExpirationDate");
      assertThat(o.ilmd().get(0).textValue()).contains(lot);
    }
  }

  private static void assertPacking(EpcisEvent e, String parent, List<String> children) {
    AggregationEvent a = (AggregationEvent) e;
    assertThat(a.action()).isEqualTo(Action.ADD);
    assertThat(a.bizStep()).contains(BizStep.PACKING);
    assertThat(a.disposition()).contains(Disposition.IN_PROGRESS);
    assertThat(a.parentId()).isEqualTo(parent);
    assertThat(a.childEpcs()).containsExactlyElementsOf(children);
  }

  @Test
  void headerCarriesSbdhMasterDataAndTheTransactionStatement() {
    EpcisDocument header = T3Builder.create().build(small()).header();
    assertThat(header.schemaVersion()).isEqualTo("1.2");
    assertThat(header.events()).isEmpty();
    StandardBusinessDocumentHeader sbdh = header.header().sbdh();
    assertThat(sbdh.sender().orElseThrow().identifier().value()).isEqualTo(SELLER.sgln());
    assertThat(sbdh.receiver().orElseThrow().identifier().value()).isEqualTo(BUYER.sgln());
    assertThat(sbdh.documentIdentification().instanceIdentifier()).isEqualTo("1100220001");
    assertThat(sbdh.documentIdentification().type()).isEqualTo("Events");
    assertThat(header.creationDate()).isEqualTo(SHIP.plusMinutes(5).toOffsetDateTime());
    List<Extension> ext = header.header().extensions();
    assertThat(ext.get(0).name().expandedIri()).isEqualTo("http://epcis.gs1us.org/hc/nsguidelineVersion");
    Extension statement = ext.get(1);
    assertThat(statement.name().localName()).isEqualTo("dscsaTransactionStatement");
    assertThat(statement.children().get(0).name().localName()).isEqualTo("affirmTransactionStatement");
    assertThat(statement.children().get(0).textValue()).contains("true");

    MasterData md = header.header().masterData();
    VocabularyElement caseB = md.element(Vocabulary.EPC_CLASS, "urn:epc:idpat:sgtin:0361234.156781.*").orElseThrow();
    assertThat(caseB.attribute("urn:epcglobal:cbv:mda#additionalTradeItemIdentification")).contains("61234-5678-1");
    assertThat(caseB.attribute("urn:epcglobal:cbv:mda#additionalTradeItemIdentificationTypeCode"))
        .contains("US_FDA_NDC");
    assertThat(caseB.attribute("urn:epcglobal:cbv:mda#netContentDescription")).contains("12 bottles");
    assertThat(md.element(Vocabulary.EPC_CLASS, "urn:epc:idpat:sgtin:0361234.556789.*").orElseThrow()
        .attribute("urn:epcglobal:cbv:mda#netContentDescription")).contains("2 x 30 tablets");
    VocabularyElement plant = md.element(Vocabulary.LOCATION, PLANT.sgln()).orElseThrow();
    assertThat(plant.attribute("urn:epcglobal:cbv:mda#streetAddressTwo")).contains("Building 2");
    assertThat(md.vocabularies().get(1).elements()).extracting(VocabularyElement::id)
        .containsExactly(SELLER.sgln(), PLANT.sgln(), BUYER.sgln(), BUYER_DC.sgln());
  }

  /** The checks a DSCSA profile makes, written independently of the builder, on a generated shipment. */
  @Test
  void generatedShipmentsAreCompleteAndConsistent() {
    for (long seed = 1; seed <= 5; seed++) {
      Shipment shipment = SampleShipments.generate(seed, 1000 + seed * 37, 12, 7);
      T3Document t3 = T3Builder.builder().commissioningBatchSize(50).build().build(shipment);
      checkProfile(t3.header(), events(t3), shipment.itemCount());
      LocalDate shipDate = shipment.shipTime().toLocalDate();
      assertThat(shipment.lots()).allSatisfy(l -> assertThat(l.expiry())
          .isBetween(shipDate.plusMonths(24), shipDate.plusMonths(37)));
    }
  }

  static void checkProfile(EpcisDocument header, List<EpcisEvent> events, long items) {
    MasterData md = header.header().masterData();
    Set<String> commissioned = new HashSet<>();
    Map<String, String> parentOf = new HashMap<>();
    Set<String> itemEpcs = new HashSet<>();
    List<ObjectEvent> shipping = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      EpcisEvent e = events.get(i);
      assertThat(e.eventTimeZoneOffset()).isEqualTo(e.eventTime().getOffset());
      if (i > 0 && shipping.isEmpty()) {
        assertThat(e.eventTime()).isAfter(events.get(i - 1).eventTime());
      }
      if (e instanceof ObjectEvent o && o.bizStep().orElseThrow().equals(BizStep.COMMISSIONING)) {
        for (String epc : o.epcList()) {
          assertThat(commissioned.add(epc)).as("commissioned once: " + epc).isTrue();
          if (epc.startsWith("urn:epc:id:sgtin:")) {
            Gtin gtin = Sgtin.fromEpcUri(epc).gtin();
            String pattern = epc.substring(0, epc.lastIndexOf('.') + 1).replace(":id:", ":idpat:") + "*";
            VocabularyElement product = md.element(Vocabulary.EPC_CLASS, pattern).orElseThrow();
            for (String a : List.of("additionalTradeItemIdentification", "regulatedProductName",
                "manufacturerOfTradeItemPartyName", "dosageFormType", "strengthDescription",
                "netContentDescription")) {
              assertThat(product.attribute("urn:epcglobal:cbv:mda#" + a)).as(a).isPresent();
            }
            assertThat(product.attribute("urn:epcglobal:cbv:mda#additionalTradeItemIdentificationTypeCode"))
                .contains("US_FDA_NDC");
            String ndcDigits = product.attribute("urn:epcglobal:cbv:mda#additionalTradeItemIdentification")
                .orElseThrow().replace("-", "");
            assertThat(gtin.value().substring(1, 13)).isEqualTo("03" + ndcDigits);
            assertThat(o.ilmd()).extracting(x -> x.name().localName())
                .containsExactly("lotNumber", "itemExpirationDate");
            assertThat(LocalDate.parse(o.ilmd().get(1).textValue().orElseThrow()))
                .isAfter(events.get(events.size() - 1).eventTime().toLocalDate());
          } else {
            assertThat(Sscc.fromEpcUri(epc).value()).startsWith("003"); // extension 0, then the GCP 03...
            assertThat(o.ilmd()).isEmpty();
          }
        }
      } else if (e instanceof AggregationEvent a) {
        String parent = a.parentId();
        assertThat(commissioned).contains(parent);
        assertThat(commissioned).containsAll(a.childEpcs());
        for (String child : a.childEpcs()) {
          assertThat(parentOf.put(child, parent)).as("one parent for " + child).isNull();
          if (parent.startsWith("urn:epc:id:sgtin:")) {
            itemEpcs.add(child);
          } else {
            assertThat(child).startsWith("urn:epc:id:sgtin:");
          }
        }
      } else {
        shipping.add((ObjectEvent) e);
      }
      if (!shipping.isEmpty()) {
        assertThat(e.bizStep()).as("only shipping after the first shipping event").contains(BizStep.SHIPPING);
        assertThat(e.eventTime()).isEqualTo(shipping.get(0).eventTime());
      }
    }
    assertThat(shipping).isNotEmpty();
    Set<String> shipped = new HashSet<>();
    for (ObjectEvent s : shipping) {
      checkShipping(header, s);
      for (String epc : s.epcList()) {
        assertThat(shipped.add(epc)).as("shipped once: " + epc).isTrue();
      }
    }
    assertThat(itemEpcs).hasSize((int) items);
    // the shipped EPCs are exactly the top-level containers, and everything commissioned is under them
    Set<String> topLevel = new HashSet<>(commissioned);
    topLevel.removeAll(parentOf.keySet());
    assertThat(shipped).isEqualTo(topLevel);
  }

  static void checkShipping(EpcisDocument header, ObjectEvent shipping) {
    MasterData md = header.header().masterData();
    assertThat(shipping.action()).isEqualTo(Action.OBSERVE);
    assertThat(shipping.disposition()).contains(Disposition.IN_TRANSIT);
    assertThat(shipping.bizTransactionList()).anyMatch(b -> BizTransactionType.PO.equals(b.type()) && b.type().equals(BizTransactionType.PO));
    for (SourceDest sd : concat(shipping.sourceList(), shipping.destinationList())) {
      VocabularyElement loc = md.element(Vocabulary.LOCATION, sd.value()).orElseThrow();
      for (String a : List.of("name", "streetAddressOne", "city", "state", "postalCode", "countryCode")) {
        assertThat(loc.attribute("urn:epcglobal:cbv:mda#" + a)).as(a).isPresent();
      }
    }
    assertThat(shipping.sourceList()).extracting(SourceDest::type)
        .containsExactly(SourceDestType.OWNING_PARTY, SourceDestType.LOCATION);
    assertThat(shipping.destinationList()).extracting(SourceDest::type)
        .containsExactly(SourceDestType.OWNING_PARTY, SourceDestType.LOCATION);
    assertThat(header.header().sbdh().sender().orElseThrow().identifier().value())
        .isEqualTo(shipping.sourceList().get(0).value());
    assertThat(header.header().sbdh().receiver().orElseThrow().identifier().value())
        .isEqualTo(shipping.destinationList().get(0).value());
  }

  private static List<SourceDest> concat(List<SourceDest> a, List<SourceDest> b) {
    List<SourceDest> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void batchesSplitCommissioningButNeverPacking() {
    T3Document t3 = T3Builder.builder().commissioningBatchSize(7).build()
        .build(SampleShipments.generate(3, 100, 20, 5));
    List<EpcisEvent> events = events(t3);
    assertThat(events).filteredOn(e -> e instanceof ObjectEvent o && o.action() == Action.ADD)
        .allMatch(e -> ((ObjectEvent) e).epcList().size() <= 7);
    assertThat(events).filteredOn(e -> e instanceof AggregationEvent a
        && a.parentId().startsWith("urn:epc:id:sgtin:")).hasSize((int) t3.caseCount());
    assertThat(t3.caseCount()).isGreaterThanOrEqualTo(5);
    checkProfile(t3.header(), events, 100);
  }

  @Test
  void moreThanMaxChildrenPalletsShipInSeveralCompleteShippingEvents() {
    int pallets = Shipment.MAX_CHILDREN + 1;
    Shipment one = Shipment.builder().seller(SELLER).buyer(BUYER).serials(SerialSource.sequential(1))
        .purchaseOrder("PO1").shipTime(SHIP).itemsPerCase(1).casesPerPallet(1)
        .addLot(Lot.of(EXAMPLINOL, "A1", LocalDate.of(2028, 1, 31), pallets)).build();
    T3Document t3 = T3Builder.create().build(one);
    assertThat(t3.palletCount()).isEqualTo(pallets);
    List<ObjectEvent> shipping = new ArrayList<>();
    long count = 0;
    for (EpcisEvent e : t3) { // streamed, not kept
      count++;
      if (e.bizStep().orElseThrow().equals(BizStep.SHIPPING)) {
        shipping.add((ObjectEvent) e);
      } else {
        assertThat(shipping).as("shipping comes last").isEmpty();
      }
    }
    assertThat(count).isEqualTo(t3.eventCount());
    assertThat(shipping).hasSize(2);
    assertThat(shipping.get(0).epcList()).hasSize(Shipment.MAX_CHILDREN);
    assertThat(shipping.get(1).epcList()).containsExactly("urn:epc:id:sscc:0361234.0000100001");
    for (ObjectEvent s : shipping) {
      checkShipping(T3Builder.create().build(one).header(), s);
      assertThat(s.eventTime()).isEqualTo(SHIP.toOffsetDateTime());
    }
  }

  @Test
  void sameSeedSameDocumentOtherSeedOtherDocument() {
    EpcisDocument a = T3Builder.create().build(SampleShipments.generate(11, 300, 12, 4)).toDocument();
    EpcisDocument b = T3Builder.create().build(SampleShipments.generate(11, 300, 12, 4)).toDocument();
    EpcisDocument c = T3Builder.create().build(SampleShipments.generate(12, 300, 12, 4)).toDocument();
    assertThat(a).isEqualTo(b);
    assertThat(a.events()).isNotEqualTo(c.events());
    assertThat(a.header()).isNotEqualTo(c.header());
    // iterating twice gives the same events
    T3Document t3 = T3Builder.create().build(SampleShipments.generate(11, 300, 12, 4));
    assertThat(events(t3)).isEqualTo(events(t3)).isEqualTo(a.events());
  }

  @Test
  void version20UsesTheEpcis20MasterDataNamespace() {
    T3Document t3 = T3Builder.builder().epcisVersion("2.0").build().build(small());
    assertThat(t3.header().schemaVersion()).isEqualTo("2.0");
    assertThat(((ObjectEvent) events(t3).get(0)).ilmd().get(0).name().expandedIri())
        .isEqualTo("urn:epcglobal:cbv:mda:lotNumber");
    assertThatThrownBy(() -> T3Builder.builder().epcisVersion("1.1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidDescriptionsAreRefusedWithTheReason() {
    Shipment.Builder ok = Shipment.builder().seller(SELLER).buyer(BUYER).serials(SerialSource.sequential(1))
        .purchaseOrder("PO1").shipTime(SHIP).addLot(Lot.of(EXAMPLINOL, "A1", LocalDate.of(2028, 1, 31), 10));
    assertThat(ok.build().shipFrom()).isEqualTo(SELLER);
    assertThatThrownBy(() -> ok.itemsPerCase(0).build()).hasMessageContaining("itemsPerCase");
    ok.itemsPerCase(24);
    assertThatThrownBy(() -> ok.purchaseOrder("PO 1").build()).hasMessageContaining("purchaseOrder");
    ok.purchaseOrder("PO1");
    assertThatThrownBy(() -> ok.addLot(Lot.of(EXAMPLINOL, "OLD", LocalDate.of(2026, 3, 1), 1)).build())
        .hasMessageContaining("expires");
    assertThatThrownBy(() -> Lot.of(EXAMPLINOL, "LOT#1", LocalDate.of(2028, 1, 31), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Lot.of(EXAMPLINOL, "A1", LocalDate.of(2028, 1, 31), 0))
        .hasMessageContaining("items");
    Product clash = Product.builder(Ndc.parse("61234-567-89")).name("Other").dosageForm("TABLET")
        .strength("5 mg").netContent("30 tablets").manufacturer("Example Pharma Inc.").build();
    assertThatThrownBy(() -> Shipment.builder().seller(SELLER).buyer(BUYER).serials(SerialSource.sequential(1))
        .purchaseOrder("PO1").shipTime(SHIP).addLot(Lot.of(EXAMPLINOL, "A1", LocalDate.of(2028, 1, 31), 10))
        .addLot(Lot.of(clash, "A2", LocalDate.of(2028, 1, 31), 10)).build())
        .hasMessageContaining("two products with GTIN 00361234567890");
    assertThatThrownBy(() -> Shipment.builder().seller(SELLER).buyer(BUYER).serials(SerialSource.sequential(1))
        .purchaseOrder("PO1").shipTime(SHIP).addLot(Lot.of(EXAMPLINOL, "A1", LocalDate.of(2028, 1, 31), 10))
        .firstSsccSerialReference(999_999_999L).itemsPerCase(1).casesPerPallet(1).build())
        .hasMessageContaining("SSCC serial references");
    assertThatThrownBy(() -> TradingParty.of("urn:epc:id:sgln:0361234.0000.0", "X", ADDRESS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
