package dev.pharmatrace.epcis.examples;

import dev.pharmatrace.epcis.dscsa.Address;
import dev.pharmatrace.epcis.dscsa.Lot;
import dev.pharmatrace.epcis.dscsa.Ndc;
import dev.pharmatrace.epcis.dscsa.Product;
import dev.pharmatrace.epcis.dscsa.SerialSource;
import dev.pharmatrace.epcis.dscsa.Shipment;
import dev.pharmatrace.epcis.dscsa.T3Builder;
import dev.pharmatrace.epcis.dscsa.T3Document;
import dev.pharmatrace.epcis.dscsa.TradingParty;
import dev.pharmatrace.epcis.model.io.EpcisFiles;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlDocumentWriter;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The T3 builder: describe a shipment in plain terms (who sells to whom, from where to where, which lots of which
 * products, how they are packed, the purchase order) and get the complete DSCSA document, written as EPCIS 1.2 XML
 * event by event (the events are made as the writer asks for them, so the shipment could hold millions of items).
 */
public final class T3BuilderExample {
  private T3BuilderExample() {}

  /** The shipment: 2 lots of 2 products, 12 packs to a case, 10 cases to a pallet. */
  public static Shipment shipment() {
    TradingParty seller = TradingParty.of("urn:epc:id:sgln:0361234.00000.0", "Example Pharma Inc.",
        Address.us("1 Main Street", "Princeton", "NJ", "08540"));
    TradingParty warehouse = TradingParty.of("urn:epc:id:sgln:0361234.00010.0", "Example Pharma Distribution Center",
        Address.us("100 Logistics Way", "Memphis", "TN", "38118"));
    TradingParty buyer = TradingParty.of("urn:epc:id:sgln:0398765.00000.0", "Example Wholesale LLC",
        Address.us("5 Market Street", "Columbus", "OH", "43215"));
    TradingParty buyerDc = TradingParty.of("urn:epc:id:sgln:0398765.00002.0", "Example Wholesale DC East",
        new Address("77 Logistics Drive", "Dock 4", "Louisville", "KY", "40218", "US"));
    Product examplinol = Product.builder(Ndc.parse("61234-567-89")).name("Examplinol").dosageForm("TABLET")
        .strength("10 mg").netContent("30 tablets").manufacturer("Example Pharma Inc.").build();
    Product cardiovex = Product.builder(Ndc.parse("61234-0042-7")).name("Cardiovex").dosageForm("CAPSULE")
        .strength("25 mg").netContent("90 capsules").manufacturer("Example Pharma Inc.").build();
    return Shipment.builder()
        .seller(seller).shipFrom(warehouse).buyer(buyer).shipTo(buyerDc)
        .addLot(Lot.of(examplinol, "LOT2403A", LocalDate.of(2028, 2, 29), 150))
        .addLot(Lot.of(cardiovex, "C2403B", LocalDate.of(2027, 11, 30), 90))
        .itemsPerCase(12).casesPerPallet(10)
        .serials(SerialSource.scrambled(20240301)) // production: the serials your serialization system packed
        .purchaseOrder("PO-4711").despatchAdvice("DA-0815")
        .shipTime(ZonedDateTime.of(2026, 3, 2, 15, 30, 0, 0, ZoneId.of("America/Chicago")))
        .documentId("b1c4a0f2-53f4-4c55-9a5d-2f3f6f1f0a01")
        .build();
  }

  /** Builds the document, writes it to {@code dir} and prints what it holds. */
  public static void run(Path dir, PrintStream out) throws IOException {
    T3Document t3 = T3Builder.create().build(shipment()); // EPCIS 1.2, as DSCSA partners exchange
    Path file = dir.resolve("t3-shipment.xml");
    EpcisFiles.writeAtomically(file, stream -> {
      try (XmlDocumentWriter w = EpcisXmlWriter.builder().version(XmlVersion.V1_2).build().open(stream,
          t3.header())) {
        t3.forEach(w::write); // one event at a time
        w.finish();
      }
    });
    out.printf("T3 for PO-4711: %d items in %d cases on %d pallets, %d events, %,d bytes in %s%n", t3.itemCount(),
        t3.caseCount(), t3.palletCount(), t3.eventCount(), Files.size(file), file.getFileName());
    out.printf("  master data: %d product classes (item and case GTIN per NDC), %d locations%n",
        t3.header().header().masterData().vocabularies().get(0).elements().size(),
        t3.header().header().masterData().vocabularies().get(1).elements().size());
    List<Finding> findings = EpcisSchemaValidator.create().validate(file);
    out.println("  EPCIS 1.2 schema: " + (findings.isEmpty() ? "valid" : findings));
  }

  /** Runs the example in a temporary folder. */
  public static void main(String[] args) throws IOException {
    run(Files.createTempDirectory("epcis-t3-example"), System.out);
  }
}
