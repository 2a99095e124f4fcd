package dev.pharmatrace.epcis.examples;

import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.BizTransaction;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.EpcisHeader;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.MasterData;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.SourceDest;
import dev.pharmatrace.epcis.model.Vocabulary;
import dev.pharmatrace.epcis.model.VocabularyElement;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import dev.pharmatrace.epcis.model.sbdh.DocumentIdentification;
import dev.pharmatrace.epcis.model.sbdh.Partner;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds, in the EPCIS model, the document a manufacturer sends a wholesaler with a DSCSA shipment: SBDH, product
 * and location master data, the transaction statement, commissioning with lot and expiry, packing into cases and a
 * pallet, and shipping with the purchase order and the source and destination parties.
 */
public final class DscsaShipmentExample {
  static final String CBVMDA = "urn:epcglobal:cbv:mda";
  static final String MDA = "urn:epcglobal:cbv:mda#";
  static final String GS1USHC = "http://epcis.gs1us.org/hc/ns";

  static final String SELLER = "urn:epc:id:sgln:0361234.00000.0";
  static final String SELLER_PLANT = "urn:epc:id:sgln:0361234.00001.0";
  static final String BUYER = "urn:epc:id:sgln:0398765.00000.0";
  static final String BUYER_DC = "urn:epc:id:sgln:0398765.00002.0";
  /** Item GTIN 00361234567890: indicator 0, company prefix 0361234 (US, NDC labeler 61234), item 56789. */
  static final String ITEM_CLASS = "urn:epc:idpat:sgtin:0361234.056789.*";
  static final String CASE_CLASS = "urn:epc:idpat:sgtin:0361234.556789.*";

  private DscsaShipmentExample() {}

  /** Builds the shipment document for {@code items} serials, packed {@code perCase} to a case, on one pallet. */
  public static EpcisDocument build(List<String> itemSerials, int perCase) {
    OffsetDateTime t0 = OffsetDateTime.parse("2024-03-01T08:00:00-05:00");
    ZoneOffset est = ZoneOffset.ofHours(-5);
    List<EpcisEvent> events = new ArrayList<>();

    List<String> items = itemSerials.stream().map(s -> "urn:epc:id:sgtin:0361234.056789." + s).toList();
    int caseCount = (items.size() + perCase - 1) / perCase;
    List<String> cases = new ArrayList<>();
    for (int c = 0; c < caseCount; c++) {
      cases.add("urn:epc:id:sgtin:0361234.556789.C" + (1000 + c));
    }
    String pallet = "urn:epc:id:sscc:0361234.0000000001";
    List<Extension> lotAndExpiry = List.of(
        Extension.text(QualifiedName.of(CBVMDA, "lotNumber", "cbvmda"), "LOT2403A"),
        Extension.text(QualifiedName.of(CBVMDA, "itemExpirationDate", "cbvmda"), "2026-02-28"));

    events.add(ObjectEvent.builder().eventTime(t0).eventTimeZoneOffset(est)
        .action(Action.ADD).bizStep(BizStep.COMMISSIONING).disposition(Disposition.ACTIVE)
        .epcList(items).readPoint(SELLER_PLANT).bizLocation(SELLER_PLANT).ilmd(lotAndExpiry).build());
    events.add(ObjectEvent.builder().eventTime(t0.plusMinutes(1)).eventTimeZoneOffset(est)
        .action(Action.ADD).bizStep(BizStep.COMMISSIONING).disposition(Disposition.ACTIVE)
        .epcList(cases).readPoint(SELLER_PLANT).bizLocation(SELLER_PLANT).ilmd(lotAndExpiry).build());
    events.add(ObjectEvent.builder().eventTime(t0.plusMinutes(2)).eventTimeZoneOffset(est)
        .action(Action.ADD).bizStep(BizStep.COMMISSIONING).disposition(Disposition.ACTIVE)
        .addEpc(pallet).readPoint(SELLER_PLANT).bizLocation(SELLER_PLANT).build());
    for (int c = 0; c < caseCount; c++) {
      events.add(AggregationEvent.builder().eventTime(t0.plusMinutes(10 + c)).eventTimeZoneOffset(est)
          .action(Action.ADD).bizStep(BizStep.PACKING).disposition(Disposition.IN_PROGRESS)
          .parentId(cases.get(c))
          .childEpcs(items.subList(c * perCase, Math.min(items.size(), (c + 1) * perCase)))
          .readPoint(SELLER_PLANT).bizLocation(SELLER_PLANT).build());
    }
    events.add(AggregationEvent.builder().eventTime(t0.plusMinutes(30)).eventTimeZoneOffset(est)
        .action(Action.ADD).bizStep(BizStep.PACKING).disposition(Disposition.IN_PROGRESS)
        .parentId(pallet).childEpcs(cases).readPoint(SELLER_PLANT).bizLocation(SELLER_PLANT).build());
    events.add(ObjectEvent.builder().eventTime(t0.plusHours(2)).eventTimeZoneOffset(est)
        .action(Action.OBSERVE).bizStep(BizStep.SHIPPING).disposition(Disposition.IN_TRANSIT)
        .addEpc(pallet).readPoint(SELLER_PLANT)
        .addBizTransaction(BizTransaction.of(BizTransactionType.PO, "urn:epcglobal:cbv:bt:0398765000008:PO-4711"))
        .addSource(SourceDest.of(SourceDestType.OWNING_PARTY, SELLER))
        .addSource(SourceDest.of(SourceDestType.LOCATION, SELLER_PLANT))
        .addDestination(SourceDest.of(SourceDestType.OWNING_PARTY, BUYER))
        .addDestination(SourceDest.of(SourceDestType.LOCATION, BUYER_DC))
        .build());

    StandardBusinessDocumentHeader sbdh = StandardBusinessDocumentHeader.builder()
        .addSender(Partner.of(SELLER, "SGLN"))
        .addReceiver(Partner.of(BUYER, "SGLN"))
        .documentIdentification(new DocumentIdentification(
            "EPCglobal", "1.0", "b1c4a0f2-53f4-4c55-9a5d-2f3f6f1f0a01", "Events", null, "2024-03-01T10:00:00-05:00"))
        .build();
    MasterData masterData = MasterData.of(List.of(
        Vocabulary.of(Vocabulary.EPC_CLASS, List.of(product(ITEM_CLASS, "61234-567-89", "each"),
            product(CASE_CLASS, "61234-567-89", "case of " + perCase))),
        Vocabulary.of(Vocabulary.LOCATION, List.of(
            location(SELLER, "Example Pharma Inc.", "1 Main Street", "Princeton", "NJ", "08540"),
            location(SELLER_PLANT, "Example Pharma Plant 1", "100 Industrial Way", "Princeton", "NJ", "08540"),
            location(BUYER, "Example Wholesale LLC", "5 Market Street", "Columbus", "OH", "43004"),
            location(BUYER_DC, "Example Wholesale DC East", "77 Logistics Drive", "Columbus", "OH", "43004")))));
    List<Extension> dscsa = List.of(
        Extension.text(QualifiedName.of(GS1USHC, "guidelineVersion", "gs1ushc"), "GS1 US DSCSA R1.3"),
        Extension.element(QualifiedName.of(GS1USHC, "dscsaTransactionStatement", "gs1ushc"),
            Extension.text(QualifiedName.of(GS1USHC, "affirmTransactionStatement"), "true"),
            Extension.text(QualifiedName.of(GS1USHC, "legalNotice"),
                "Seller has complied with each applicable subsection of FDCA Sec. 581(27)(A)-(G).")));

    return EpcisDocument.builder()
        .schemaVersion(EpcisDocument.VERSION_1_2)
        .creationDate(OffsetDateTime.parse("2024-03-01T10:00:00-05:00"))
        .namespace("cbvmda", CBVMDA)
        .namespace("gs1ushc", GS1USHC)
        .header(new EpcisHeader(sbdh, masterData, dscsa, List.of()))
        .addEvents(events)
        .build();
  }

  private static VocabularyElement product(String id, String ndc, String netContent) {
    return VocabularyElement.builder(id)
        .attribute(MDA + "additionalTradeItemIdentification", ndc)
        .attribute(MDA + "additionalTradeItemIdentificationTypeCode", "US_FDA_NDC")
        .attribute(MDA + "regulatedProductName", "Examplinol 10 mg tablets")
        .attribute(MDA + "manufacturerOfTradeItemPartyName", "Example Pharma Inc.")
        .attribute(MDA + "dosageFormType", "TABLET")
        .attribute(MDA + "strengthDescription", "10 mg")
        .attribute(MDA + "netContentDescription", netContent)
        .build();
  }

  private static VocabularyElement location(
      String id, String name, String street, String city, String state, String postalCode) {
    return VocabularyElement.builder(id)
        .attribute(MDA + "name", name)
        .attribute(MDA + "streetAddressOne", street)
        .attribute(MDA + "city", city)
        .attribute(MDA + "state", state)
        .attribute(MDA + "postalCode", postalCode)
        .attribute(MDA + "countryCode", "US")
        .build();
  }

  /** Prints a short account of the document. */
  public static void describe(EpcisDocument document, PrintStream out) {
    StandardBusinessDocumentHeader sbdh = document.header().sbdh();
    out.printf("DSCSA shipment from %s to %s, EPCIS %s, %d events:%n",
        sbdh.sender().orElseThrow().identifier().value(), sbdh.receiver().orElseThrow().identifier().value(),
        document.schemaVersion(), document.events().size());
    for (EpcisEvent event : document.events()) {
      String what = switch (event.type()) {
        case OBJECT_EVENT -> ((ObjectEvent) event).epcList().size() + " EPCs";
        case AGGREGATION_EVENT -> ((AggregationEvent) event).childEpcs().size() + " children into "
            + ((AggregationEvent) event).parentId();
        default -> "";
      };
      out.printf("  %s %-18s %-8s %s%n", event.eventTime(), event.type().localName(),
          event.bizStep().map(s -> s.jsonForm()).orElse("-"), what);
    }
    out.printf("  master data: %d products, %d locations; header extensions: %s%n",
        document.header().masterData().vocabularies().get(0).elements().size(),
        document.header().masterData().vocabularies().get(1).elements().size(),
        document.header().extensions().stream().map(e -> e.name().localName()).toList());
  }

  /** Runs the example. */
  public static void main(String[] args) {
    describe(build(List.of("100001", "100002", "100003", "100004", "100005", "100006"), 3), System.out);
  }
}
