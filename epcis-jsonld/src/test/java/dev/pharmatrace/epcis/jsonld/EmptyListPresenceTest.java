package dev.pharmatrace.epcis.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.ListField;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Lists written though empty ({@code <epcList/>}, {@code "epcList": []}) survive every conversion, and do not take
 * part in equality.
 */
class EmptyListPresenceTest {
  static final String XML = """
      <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
          creationDate="2024-03-01T08:00:00Z">
        <EPCISBody><EventList>
          <ObjectEvent>
            <eventTime>2024-03-01T08:00:00-05:00</eventTime><eventTimeZoneOffset>-05:00</eventTimeZoneOffset>
            <epcList/>
            <action>OBSERVE</action>
            <quantityList>
              <quantityElement><epcClass>urn:epc:class:lgtin:0361234.056789.L1</epcClass><quantity>5</quantity>
              </quantityElement>
            </quantityList>
          </ObjectEvent>
          <AggregationEvent>
            <eventTime>2024-03-01T08:05:00-05:00</eventTime><eventTimeZoneOffset>-05:00</eventTimeZoneOffset>
            <parentID>urn:epc:id:sscc:0361234.0000000001</parentID>
            <childEPCs/>
            <action>DELETE</action>
            <childQuantityList/>
          </AggregationEvent>
          <TransformationEvent>
            <eventTime>2024-03-01T08:10:00-05:00</eventTime><eventTimeZoneOffset>-05:00</eventTimeZoneOffset>
            <inputEPCList/>
            <inputQuantityList>
              <quantityElement><epcClass>urn:epc:class:lgtin:0361234.056789.L1</epcClass><quantity>1</quantity>
              </quantityElement>
            </inputQuantityList>
            <outputEPCList><epc>urn:epc:id:sgtin:0361234.056789.1</epc></outputEPCList>
            <outputQuantityList/>
          </TransformationEvent>
        </EventList></EPCISBody>
      </epcis:EPCISDocument>
      """;

  static EpcisDocument readXml(byte[] bytes) {
    return EpcisXmlReader.create().read(new ByteArrayInputStream(bytes), "test.xml");
  }

  static Set<ListField> presentEmpty(EpcisEvent e) {
    Set<ListField> out = EnumSet.noneOf(ListField.class);
    for (ListField f : ListField.values()) {
      if (e.emptyListPresent(f)) {
        out.add(f);
      }
    }
    return out;
  }

  static void assertPresence(EpcisDocument d) {
    assertThat(presentEmpty(d.events().get(0))).containsExactly(ListField.EPC_LIST);
    assertThat(presentEmpty(d.events().get(1))).containsExactlyInAnyOrder(ListField.CHILD_EPCS,
        ListField.CHILD_QUANTITY_LIST);
    assertThat(presentEmpty(d.events().get(2))).containsExactlyInAnyOrder(ListField.INPUT_EPC_LIST,
        ListField.OUTPUT_QUANTITY_LIST);
  }

  /** The names of the empty elements of each event in XML output, checked with the DOM, not our reader. */
  static String emptyElements(byte[] xml) throws Exception {
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    StringBuilder sb = new StringBuilder();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element el = (Element) all.item(i);
      if (el.getLocalName().endsWith("Event")) {
        sb.append('|').append(el.getLocalName()).append(':');
      } else if (el.getLocalName().endsWith("List") || el.getLocalName().equals("childEPCs")) {
        if (!el.hasChildNodes() || el.getElementsByTagName("*").getLength() == 0) {
          sb.append(el.getLocalName()).append(',');
        }
      }
    }
    return sb.toString();
  }

  @Test
  void xmlKeepsEmptyListsThroughXmlAndJson() throws Exception {
    byte[] input = XML.getBytes(StandardCharsets.UTF_8);
    EpcisDocument d = readXml(input);
    assertPresence(d);
    String expected = "|ObjectEvent:epcList,|AggregationEvent:childEPCs,childQuantityList,"
        + "|TransformationEvent:inputEPCList,outputQuantityList,";
    assertThat(emptyElements(input)).isEqualTo(expected);

    byte[] xml = JsonRoundTripTest.xml(d, XmlVersion.V2_0);
    assertThat(emptyElements(xml)).isEqualTo(expected);
    assertThat(EpcisSchemaValidator.create().validate(new ByteArrayInputStream(xml), "out.xml")).isEmpty();

    byte[] json = JsonRoundTripTest.json(d);
    tools.jackson.databind.JsonNode tree = new tools.jackson.databind.ObjectMapper().readTree(json);
    tools.jackson.databind.JsonNode events = tree.at("/epcisBody/eventList");
    assertThat(events.get(0).get("epcList").isArray()).isTrue();
    assertThat(events.get(0).get("epcList").size()).isZero();
    assertThat(events.get(1).get("childEPCs").size()).isZero();
    assertThat(events.get(1).get("childQuantityList").size()).isZero();
    assertThat(events.get(2).get("inputEPCList").size()).isZero();
    assertThat(events.get(2).get("outputEPCList").size()).isEqualTo(1);
    assertThat(events.get(2).has("outputQuantityList")).isTrue();
    assertThat(EpcisJsonSchemaValidator.create().validate(new ByteArrayInputStream(json), "out.jsonld")).isEmpty();

    EpcisDocument fromJson = JsonRoundTripTest.readJson(json);
    assertPresence(fromJson);
    assertThat(emptyElements(JsonRoundTripTest.xml(fromJson, XmlVersion.V2_0))).isEqualTo(expected);
  }

  @Test
  void oneTwoWritesItsMandatoryListsAndKeepsTheOptionalOnes() throws Exception {
    EpcisDocument d = readXml(XML.getBytes(StandardCharsets.UTF_8));
    byte[] xml12 = JsonRoundTripTest.xml(d, XmlVersion.V1_2);
    // 1.2: epcList and childEPCs are mandatory; the quantity lists live in extension wrappers
    assertThat(emptyElements(xml12)).isEqualTo("|ObjectEvent:epcList,|AggregationEvent:childEPCs,childQuantityList,"
        + "|TransformationEvent:inputEPCList,outputQuantityList,");
    assertThat(EpcisSchemaValidator.create().validate(new ByteArrayInputStream(xml12), "out.xml")).isEmpty();
    assertPresence(readXml(xml12));
  }

  @Test
  void absentListsStayAbsent() throws Exception {
    String noEmpty = XML.replace("<epcList/>", "").replace("<childEPCs/>", "").replace("<childQuantityList/>", "")
        .replace("<inputEPCList/>", "").replace("<outputQuantityList/>", "");
    EpcisDocument d = readXml(noEmpty.getBytes(StandardCharsets.UTF_8));
    for (EpcisEvent e : d.events()) {
      assertThat(presentEmpty(e)).isEmpty();
    }
    assertThat(emptyElements(JsonRoundTripTest.xml(d, XmlVersion.V2_0)))
        .isEqualTo("|ObjectEvent:|AggregationEvent:|TransformationEvent:");
    assertThat(new String(JsonRoundTripTest.json(d), StandardCharsets.UTF_8)).doesNotContain("[ ]", "[]");
    // equality is by meaning: an empty list written or not is the same event
    assertThat(d.events()).isEqualTo(readXml(XML.getBytes(StandardCharsets.UTF_8)).events());
    assertThat(d.events().get(0).hashCode())
        .isEqualTo(readXml(XML.getBytes(StandardCharsets.UTF_8)).events().get(0).hashCode());
  }

  @Test
  void presenceIsIgnoredForListsThatHaveEntries() {
    ObjectEvent e = ObjectEvent.builder().eventTime(java.time.OffsetDateTime.parse("2024-03-01T08:00:00Z"))
        .action(dev.pharmatrace.epcis.model.Action.ADD).addEpc("urn:epc:id:sgtin:0361234.056789.1")
        .emptyListPresent(ListField.EPC_LIST).emptyListPresent(ListField.QUANTITY_LIST).build();
    String json = new String(JsonRoundTripTest.json(EpcisDocument.builder().creationDate(e.eventTime()).addEvent(e).build()),
        StandardCharsets.UTF_8);
    assertThat(json).contains("\"quantityList\" : [ ]").contains("urn:epc:id:sgtin:0361234.056789.1");
    AggregationEvent copy = AggregationEvent.builder().eventTime(e.eventTime()).action(e.action())
        .common(e.common()).build();
    assertThat(copy.emptyListPresent(ListField.QUANTITY_LIST)).isTrue();
  }
}
