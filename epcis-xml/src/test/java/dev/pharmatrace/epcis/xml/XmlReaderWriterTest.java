package dev.pharmatrace.epcis.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.Fixtures;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.Vocabulary;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.CbvForm;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlReaderWriterTest {
  static final String GS1USHC = "http://epcis.gs1us.org/hc/ns";

  static InputStream fixture(String name) {
    return XmlReaderWriterTest.class.getResourceAsStream(name);
  }

  static byte[] write(EpcisDocument doc, XmlVersion version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpcisXmlWriter.builder().version(version).build().write(doc, out);
    return out.toByteArray();
  }

  static EpcisDocument read(byte[] xml) {
    return EpcisXmlReader.create().read(new ByteArrayInputStream(xml), "test.xml");
  }

  static EpcisDocument fullDocument() {
    return EpcisDocument.builder()
        .creationDate(OffsetDateTime.parse("2024-03-01T10:00:00Z"))
        .namespace("ex", Fixtures.EX)
        .addEvents(Fixtures.allFullEvents())
        .build();
  }

  @Test
  void everyFieldOfEveryEventTypeSurvivesEpcis20() {
    EpcisDocument doc = fullDocument();
    EpcisDocument back = read(write(doc, XmlVersion.V2_0));
    assertThat(back.events()).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(back.events().get(i)).as("event %d", i).isEqualTo(doc.events().get(i));
    }
    assertThat(back).isEqualTo(doc);
  }

  @Test
  void everyFieldSurvivesEpcis12ThroughItsExtensionPoints() {
    EpcisDocument doc = fullDocument();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Finding> warnings;
    try (XmlDocumentWriter writer = EpcisXmlWriter.builder().version(XmlVersion.V1_2).build().open(out, doc)) {
      doc.events().forEach(writer::write);
      writer.finish();
      warnings = writer.warnings();
    }
    String xml = out.toString(StandardCharsets.UTF_8);
    assertThat(xml).contains("xmlns:epcis=\"urn:epcglobal:epcis:xsd:1\"").contains("schemaVersion=\"1.2\"")
        .contains("<bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>")
        .contains("<baseExtension>").doesNotContain("https://ref.gs1.org/cbv/BizStep").doesNotContain("cbv/Disp-");
    // the 2.0-only content of all 5 events is reported
    assertThat(warnings).extracting(Finding::ruleId).containsOnly("XML-DOWNGRADE").hasSize(5);
    assertThat(warnings.get(4).message()).contains("AssociationEvent");
    EpcisDocument back = read(out.toByteArray());
    assertThat(back.events()).isEqualTo(doc.events());
    assertThat(back.schemaVersion()).isEqualTo("1.2");
  }

  @Test
  void downgradePolicyFailListsWhatCannotBeRepresented() {
    EpcisDocument doc = fullDocument();
    EpcisXmlWriter strict = EpcisXmlWriter.builder().version(XmlVersion.V1_2)
        .downgradePolicy(DowngradePolicy.FAIL).build();
    assertThatThrownBy(() -> strict.write(doc, new ByteArrayOutputStream()))
        .isInstanceOf(EpcisException.class)
        .hasMessageContaining("XML-DOWNGRADE")
        .hasMessageContaining("sensorElementList").hasMessageContaining("persistentDisposition")
        .hasMessageContaining("certificationInfo");
    EpcisDocument plain = EpcisDocument.builder().addEvent(ObjectEvent.builder()
        .eventTime(Fixtures.EVENT_TIME).action(dev.pharmatrace.epcis.model.Action.OBSERVE).build()).build();
    assertThat(read(writeWith(strict, plain)).events()).isEqualTo(plain.events());
  }

  static byte[] writeWith(EpcisXmlWriter writer, EpcisDocument doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(doc, out);
    return out.toByteArray();
  }

  @Test
  void readsADscsaDocumentWithHeaderMasterDataAndTransactionStatement() throws Exception {
    EpcisDocument doc;
    List<Finding> warnings;
    try (XmlEventStream stream = EpcisXmlReader.create().open(fixture("dscsa-1.2.xml"), "dscsa-1.2.xml")) {
      assertThat(stream.version()).isEqualTo(XmlVersion.V1_2);
      // the header is available before the first event
      assertThat(stream.document().header().sbdh().sender().orElseThrow().identifier().value())
          .isEqualTo("urn:epc:id:sgln:0361234.00000.0");
      List<EpcisEvent> events = new ArrayList<>();
      while (stream.hasNext()) {
        events.add(stream.next());
      }
      assertThat(stream.lastEventLocation().line()).isEqualTo(84); // the shipping event's start tag
      doc = stream.document().withEvents(events);
      warnings = stream.warnings();
    }
    assertThat(doc.schemaVersion()).isEqualTo("1.2");
    assertThat(doc.namespaces()).containsEntry("gs1ushc", GS1USHC).containsEntry("cbvmda", "urn:epcglobal:cbv:mda");
    assertThat(doc.header().sbdh().documentIdentification().instanceIdentifier())
        .isEqualTo("b1c4a0f2-53f4-4c55-9a5d-2f3f6f1f0a01");
    assertThat(doc.header().sbdh().documentIdentification().creationDateAndTime()).isEqualTo("2024-03-01T10:00:00");
    assertThat(doc.header().masterData().element(Vocabulary.EPC_CLASS, "urn:epc:idpat:sgtin:0361234.056789.*")
        .orElseThrow().attribute("urn:epcglobal:cbv:mda#additionalTradeItemIdentification")).contains("61234-567-89");
    assertThat(doc.header().extensions()).extracting(e -> e.name().localName())
        .containsExactly("guidelineVersion", "dscsaTransactionStatement");
    Extension statement = doc.header().extensions().get(1);
    assertThat(statement.child(QualifiedName.of(GS1USHC, "affirmTransactionStatement")).orElseThrow().text())
        .isEqualTo("true");

    ObjectEvent commissioning = (ObjectEvent) doc.events().get(0);
    // zone-less time: read with the event's eventTimeZoneOffset, and reported
    assertThat(commissioning.eventTime()).isEqualTo(OffsetDateTime.parse("2024-03-01T08:00:00-05:00"));
    assertThat(warnings).extracting(Finding::ruleId).contains("XML-TIME-NO-ZONE");
    assertThat(warnings.get(0).location().line()).isPositive();
    // padded values are trimmed, URN spelling kept
    assertThat(commissioning.epcList()).containsExactly(
        "urn:epc:id:sgtin:0361234.056789.100001", "urn:epc:id:sgtin:0361234.056789.100002");
    assertThat(commissioning.bizStep().orElseThrow().form()).isEqualTo(CbvForm.URN);
    assertThat(commissioning.ilmd()).extracting(e -> e.name().expandedIri())
        .containsExactly("urn:epcglobal:cbv:mdalotNumber", "urn:epcglobal:cbv:mdaitemExpirationDate");
    AggregationEvent packing = (AggregationEvent) doc.events().get(1);
    assertThat(packing.eventTime().getOffset()).isEqualTo(ZoneOffset.UTC);
    ObjectEvent shipping = (ObjectEvent) doc.events().get(2);
    assertThat(shipping.eventId()).contains("urn:uuid:0c8e4f0e-0000-4000-8000-000000000001");
    assertThat(shipping.sourceList()).hasSize(1);
    assertThat(shipping.destinationList()).hasSize(1);
    assertThat(shipping.bizTransactionList().get(0).value()).isEqualTo("urn:epcglobal:cbv:bt:0398765000009:PO-4711");

    // 1.2 -> 2.0 -> 1.2 keeps header, master data and transaction statement
    EpcisDocument via20 = read(write(doc, XmlVersion.V2_0));
    assertThat(via20.header()).isEqualTo(doc.header());
    byte[] back12 = write(via20, XmlVersion.V1_2);
    EpcisDocument back = read(back12);
    assertThat(back.header()).isEqualTo(doc.header());
    assertThat(back.events()).isEqualTo(doc.events());
    String xml12 = new String(back12, StandardCharsets.UTF_8);
    assertThat(xml12).contains("<gs1ushc:dscsaTransactionStatement>");
    assertThat(xml12.indexOf("gs1ushc:dscsaTransactionStatement")).isLessThan(xml12.indexOf("<EPCISBody>"));
  }

  @Test
  void lenientInputIsReadWithWarnings() {
    EpcisDocument doc;
    List<Finding> warnings;
    try (XmlEventStream stream = EpcisXmlReader.create().open(fixture("lenient-2.0.xml"), "lenient-2.0.xml")) {
      List<EpcisEvent> events = new ArrayList<>();
      stream.forEachRemaining(events::add);
      doc = stream.document().withEvents(events);
      warnings = stream.warnings();
    }
    assertThat(warnings).extracting(Finding::ruleId)
        .contains("XML-NAME-CASE", "XML-QUALIFIED-EVENT", "XML-STRAY-TEXT");
    ObjectEvent event = (ObjectEvent) doc.events().get(0);
    assertThat(event.eventTime().getNano()).isEqualTo(17069617);
    assertThat(event.bizStep()).contains(BizStep.INSPECTING);
    assertThat(event.extensions()).hasSize(1);
    Extension temperature = event.extensions().get(0);
    assertThat(temperature.datatype()).isEqualTo(Extension.XSD_DECIMAL);
    assertThat(temperature.isNumber()).isTrue();
    assertThat(temperature.text()).isEqualTo("4.5");
    // written strictly: unqualified event, fields in schema order, Web URI kept, typed value kept
    String xml = new String(write(doc, XmlVersion.V2_0), StandardCharsets.UTF_8);
    assertThat(xml).contains("<ObjectEvent>").doesNotContain("epcis:ObjectEvent").doesNotContain("stray")
        .contains("<bizStep>https://ref.gs1.org/cbv/BizStep-inspecting</bizStep>")
        .contains("2024-03-01T10:00:00.017069617+01:00")
        .contains("xsi:type=\"xsd:decimal\"");
    assertThat(xml.indexOf("<eventTime>")).isLessThan(xml.indexOf("<action>"));
    assertThat(read(xml.getBytes(StandardCharsets.UTF_8)).events()).isEqualTo(doc.events());
  }

  @Test
  void cbvFormIsConfigurableIn20AndAlwaysUrnIn12() {
    EpcisDocument doc = fullDocument();
    String web = new String(writeWith(EpcisXmlWriter.builder().cbvForm(CbvXmlForm.WEB_URI).build(), doc),
        StandardCharsets.UTF_8);
    assertThat(web).contains("https://ref.gs1.org/cbv/BizStep-shipping").doesNotContain("urn:epcglobal:cbv:bizstep");
    String urn = new String(writeWith(EpcisXmlWriter.builder().cbvForm(CbvXmlForm.URN).build(), doc),
        StandardCharsets.UTF_8);
    assertThat(urn).contains("urn:epcglobal:cbv:bizstep:shipping").contains("urn:epcglobal:cbv:btt:po");
    assertThat(read(web.getBytes(StandardCharsets.UTF_8)).events()).isEqualTo(doc.events());
  }

  @Test
  void errorsNameTheRuleAndTheLine() {
    String missingTime = """
        <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
            creationDate="2024-01-01T00:00:00Z"><EPCISBody><EventList>
        <ObjectEvent><eventTimeZoneOffset>+00:00</eventTimeZoneOffset><action>ADD</action></ObjectEvent>
        </EventList></EPCISBody></epcis:EPCISDocument>""";
    assertThatThrownBy(() -> read(missingTime.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EpcisException.class)
        .satisfies(e -> {
          Finding f = ((EpcisException) e).finding();
          assertThat(f.ruleId()).isEqualTo("XML-MISSING");
          assertThat(f.message()).contains("eventTime");
          assertThat(f.location().line()).isEqualTo(3);
          assertThat(f.location().file()).isEqualTo("test.xml");
          assertThat(f.location().eventIndex()).isZero();
        });
    String badAction = missingTime.replace("<action>ADD</action>",
        "<eventTime>2024-01-01T00:00:00Z</eventTime><action>CREATE</action>");
    assertThatThrownBy(() -> read(badAction.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("XML-ACTION").hasMessageContaining("'CREATE'");
    String truncated = missingTime.substring(0, missingTime.indexOf("</ObjectEvent>"));
    assertThatThrownBy(() -> read(truncated.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EpcisException.class).hasMessageStartingWith("test.xml:");
    assertThatThrownBy(() -> read("<html/>".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("XML-ROOT").hasMessageContaining("html");
  }

  @Test
  void bareEventsAreRead() {
    String bare = """
        <TransactionEvent><eventTime>2024-01-01T00:00:00Z</eventTime>
          <eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
          <bizTransactionList><bizTransaction type="urn:epcglobal:cbv:btt:po">urn:x:po:1</bizTransaction>
          </bizTransactionList><epcList/><action>DELETE</action></TransactionEvent>""";
    try (XmlEventStream stream = EpcisXmlReader.create().open(
        new ByteArrayInputStream(bare.getBytes(StandardCharsets.UTF_8)), "bare.xml")) {
      assertThat(stream.isBareEvent()).isTrue();
      assertThat(stream.hasNext()).isTrue();
      assertThat(stream.next().type().localName()).isEqualTo("TransactionEvent");
      assertThat(stream.hasNext()).isFalse();
    }
  }
}
