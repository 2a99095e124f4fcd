package dev.pharmatrace.epcis.examples;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.hash.EventHashChecker;
import dev.pharmatrace.epcis.model.hash.EventHashGenerator;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The CBV 2.0 event hash ID at a receiving wholesaler: a manufacturer's commissioning event arrives as EPCIS 1.2 XML
 * from one system and as JSON-LD from another; both give the same hash ID, so the second copy is recognised as a
 * duplicate. The hash fills the missing eventID, and a tampered copy no longer matches its declared ID.
 */
public final class EventHashExample {
  private EventHashExample() {}

  /** Runs the example and prints what happened. */
  public static void run(PrintStream out) {
    String cbvmda = "urn:epcglobal:cbv:mda";
    ObjectEvent commissioning = ObjectEvent.builder()
        .eventTime(OffsetDateTime.parse("2024-03-01T10:15:30.1234-05:00"))
        .eventTimeZoneOffset(ZoneOffset.ofHours(-5))
        .action(Action.ADD)
        .bizStep(BizStep.COMMISSIONING)
        .disposition(Disposition.ACTIVE)
        .addEpcs("urn:epc:id:sgtin:0614141.107346.2018", "urn:epc:id:sgtin:0614141.107346.2017")
        .readPoint("urn:epc:id:sgln:0614141.07346.0")
        .ilmd(List.of(Extension.text(QualifiedName.of(cbvmda, "lotNumber", "cbvmda"), "A123"),
            Extension.typed(QualifiedName.of(cbvmda, "itemExpirationDate", "cbvmda"), "2026-03-27",
                Extension.XSD_DATE)))
        .build();
    EpcisDocument sent = EpcisDocument.builder().creationDate(OffsetDateTime.parse("2024-03-01T16:00:00Z"))
        .namespace("cbvmda", cbvmda).addEvent(commissioning).build();

    // the same document through two partners' channels: EPCIS 1.2 XML and 2.0 JSON-LD
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    EpcisXmlWriter.builder().version(XmlVersion.V1_2).build().write(sent, xml);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    EpcisJsonWriter.create().write(sent, json);
    EpcisEvent fromXml = EpcisXmlReader.create().read(new ByteArrayInputStream(xml.toByteArray()), "asn.xml")
        .events().get(0);
    EpcisEvent fromJson = EpcisJsonReader.create().read(new ByteArrayInputStream(json.toByteArray()), "asn.jsonld")
        .events().get(0);

    EventHashGenerator hashes = EventHashGenerator.create();
    out.println("pre-hash:    " + hashes.preHashString(fromXml));
    out.println("from XML:    " + hashes.hashId(fromXml));
    out.println("from JSON:   " + hashes.hashId(fromJson));

    // the receiver fills the missing eventID, then checks what arrives: the JSON copy repeats the XML event
    EpcisEvent stored = hashes.withMissingEventId(fromXml);
    out.println("eventID:     " + stored.eventId().orElseThrow());
    EpcisEvent tampered = ObjectEvent.builder().common(stored.common()).action(Action.ADD)
        .addEpcs("urn:epc:id:sgtin:0614141.107346.2017").build();
    EventHashChecker.Session checks = EventHashChecker.create().newSession("inbox");
    List<Finding> findings = new ArrayList<>();
    for (EpcisEvent e : List.of(stored, fromJson, tampered)) {
      findings.addAll(checks.check(e));
    }
    findings.forEach(f -> out.println("finding:     " + f));
  }

  /** Prints the example's output. */
  public static void main(String[] args) {
    run(System.out);
  }
}
