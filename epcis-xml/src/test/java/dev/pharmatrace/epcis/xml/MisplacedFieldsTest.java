package dev.pharmatrace.epcis.xml;

import static dev.pharmatrace.epcis.xml.XmlReaderWriterTest.read;
import static dev.pharmatrace.epcis.xml.XmlReaderWriterTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.TypeSpecificFields;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A field of another event type (say {@code <parentID>} in an ObjectEvent) has no place in the event's model: the
 * reader dropped it without a word until stop 18, so {@code convert} and {@code hash} lost it. It is now refused
 * ({@code XML-MISPLACED-FIELD}), as is a second element of a field an event holds once ({@code XML-REPEATED-FIELD});
 * and an extension that a version's reader would take for such a field is not written
 * into that version ({@code XML-WRITE-NAMESPACE}; found by {@code XmlReaderFuzzTest}).
 */
class MisplacedFieldsTest {
  private static final String HEAD = "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" "
      + "schemaVersion=\"2.0\" creationDate=\"2024-01-01T00:00:00Z\"><EPCISBody><EventList>";
  private static final String TAIL = "</EventList></EPCISBody></epcis:EPCISDocument>";
  private static final String WHEN = "<eventTime>2024-01-01T00:00:00Z</eventTime>"
      + "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset>";
  private static final String SGTIN = "<epc>urn:epc:id:sgtin:0614141.107346.1</epc>";
  private static final String QUANTITY = "<quantityElement><epcClass>urn:epc:class:lgtin:0614141.107346.L1</epcClass>"
      + "<quantity>1</quantity></quantityElement>";

  /** A schema-valid event of each EPCIS 2.0 type, before its closing tag. */
  private static final Map<String, String> EVENTS = Map.of(
      "ObjectEvent", WHEN + "<epcList>" + SGTIN + "</epcList><action>OBSERVE</action>",
      "AggregationEvent", WHEN + "<parentID>urn:epc:id:sscc:0614141.1234567890</parentID><childEPCs>" + SGTIN
          + "</childEPCs><action>ADD</action>",
      "TransactionEvent", WHEN + "<bizTransactionList><bizTransaction type=\"urn:epcglobal:cbv:btt:po\">"
          + "urn:epcglobal:cbv:bt:0614141000005:1</bizTransaction></bizTransactionList><epcList>" + SGTIN
          + "</epcList><action>ADD</action>",
      "TransformationEvent", WHEN + "<inputEPCList>" + SGTIN + "</inputEPCList><outputEPCList>"
          + "<epc>urn:epc:id:sgtin:0614141.107346.2</epc></outputEPCList>",
      "AssociationEvent", WHEN + "<parentID>urn:epc:id:grai:0614141.12345.1</parentID><childEPCs>" + SGTIN
          + "</childEPCs><action>ADD</action>");

  /** Each field that only some event types have, as an element. */
  private static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("action", "<action>ADD</action>"),
      Map.entry("epcList", "<epcList>" + SGTIN + "</epcList>"),
      Map.entry("quantityList", "<quantityList>" + QUANTITY + "</quantityList>"),
      Map.entry("parentID", "<parentID>urn:epc:id:sscc:0614141.1234567891</parentID>"),
      Map.entry("childEPCs", "<childEPCs/>"),
      Map.entry("childQuantityList", "<childQuantityList>" + QUANTITY + "</childQuantityList>"),
      Map.entry("inputEPCList", "<inputEPCList>" + SGTIN + "</inputEPCList>"),
      Map.entry("inputQuantityList", "<inputQuantityList>" + QUANTITY + "</inputQuantityList>"),
      Map.entry("outputEPCList", "<outputEPCList/>"),
      Map.entry("outputQuantityList", "<outputQuantityList>" + QUANTITY + "</outputQuantityList>"),
      Map.entry("transformationID", "<transformationID>urn:epc:id:gdti:0614141.00001.1</transformationID>"),
      Map.entry("ilmd", "<ilmd/>"),
      Map.entry("epcClass", "<epcClass>urn:epc:class:lgtin:0614141.107346.L1</epcClass>"),
      Map.entry("quantity", "<quantity>1</quantity>"));

  /** Which types have which of those fields: EPCIS 2.0, section 7.4. */
  private static final Map<String, Set<String>> HAS = TypeSpecificFields.HAS;

  private static byte[] document(String type, String extra) {
    return (HEAD + "<" + type + ">" + EVENTS.get(type) + extra + "</" + type + ">" + TAIL)
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aFieldOfAnotherEventTypeIsRefusedNotDropped() {
    EpcisSchemaValidator schema = EpcisSchemaValidator.create();
    int refused = 0;
    for (String type : EVENTS.keySet()) {
      assertThat(schema.validate(new ByteArrayInputStream(document(type, "")), type)).as(type).isEmpty();
      assertThat(read(document(type, "")).events()).hasSize(1);
      for (Map.Entry<String, String> field : FIELDS.entrySet()) {
        byte[] xml = document(type, field.getValue());
        String what = field.getKey() + " in " + type;
        if (HAS.get(type).contains(field.getKey())) {
          if (EVENTS.get(type).contains("<" + field.getKey() + ">") && !field.getKey().endsWith("List")
              && !field.getKey().endsWith("EPCs")) {
            // a second one of a field held once (lists add up)
            assertThatThrownBy(() -> read(xml)).as(what).hasMessageContaining("XML-REPEATED-FIELD");
          } else {
            assertThat(read(xml).events()).as(what).hasSize(1); // the lenient reader takes its own fields anywhere
          }
          continue;
        }
        // the official schema refuses it too (the base event is valid)
        assertThat(schema.validate(new ByteArrayInputStream(xml), type)).as(what).anyMatch(Finding::isError);
        assertThatThrownBy(() -> read(xml)).as(what).isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("XML-MISPLACED-FIELD");
            assertThat(f.message()).startsWith("<" + field.getKey() + "> is not a field of " + type);
            assertThat(f.location().eventIndex()).isZero();
          });
        });
        refused++;
      }
    }
    assertThat(refused).isEqualTo(5 * 14 - 22);
  }

  @Test
  void aFieldAnEventHoldsOnceIsRefusedWhenRepeated() {
    EpcisSchemaValidator schema = EpcisSchemaValidator.create();
    String object = "<ObjectEvent><eventTime>2024-01-01T00:00:00Z</eventTime><recordTime>2024-01-01T00:00:01Z"
        + "</recordTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset><eventID>urn:uuid:"
        + "6926712e-5c90-4f6d-9d1a-4b0c1f0e2a11</eventID><epcList>" + SGTIN + "</epcList><action>OBSERVE</action>"
        + "<bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep><disposition>urn:epcglobal:cbv:disp:in_transit"
        + "</disposition><readPoint><id>urn:epc:id:sgln:0614141.00777.0</id></readPoint><bizLocation><id>"
        + "urn:epc:id:sgln:0614141.00888.0</id></bizLocation></ObjectEvent>";
    assertThat(schema.validate(new ByteArrayInputStream((HEAD + object + TAIL).getBytes(StandardCharsets.UTF_8)),
        "x")).isEmpty();
    String aggregation = "<AggregationEvent>" + EVENTS.get("AggregationEvent") + "</AggregationEvent>";
    for (String[] repeat : new String[][] {{object, "eventTime"}, {object, "eventTimeZoneOffset"},
        {object, "recordTime"}, {object, "eventID"}, {object, "action"}, {object, "bizStep"}, {object, "disposition"},
        {object, "readPoint"}, {object, "bizLocation"}, {aggregation, "parentID"}}) {
      String event = repeat[0];
      String field = repeat[1];
      int start = event.indexOf("<" + field + ">");
      int end = event.indexOf("</" + field + ">") + field.length() + 3;
      String element = event.substring(start, end);
      byte[] xml = (HEAD + event.substring(0, end) + element + event.substring(end) + TAIL)
          .getBytes(StandardCharsets.UTF_8);
      assertThat(schema.validate(new ByteArrayInputStream(xml), field)).as(field).anyMatch(Finding::isError);
      assertThatThrownBy(() -> read(xml)).as(field).isInstanceOfSatisfying(EpcisException.class, e ->
          assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("XML-REPEATED-FIELD");
            assertThat(f.message()).startsWith("<" + field + "> appears twice");
          }));
    }
  }

  @Test
  void aQuantityEventKeepsItsOwnFieldsAndRefusesAnEpcList() {
    String head = "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:1\" schemaVersion=\"1.0\" "
        + "creationDate=\"2024-01-01T00:00:00Z\"><EPCISBody><EventList><QuantityEvent>" + WHEN
        + "<epcClass>urn:epc:idpat:sgtin:0614141.107346.*</epcClass><quantity>5</quantity>";
    String tail = "</QuantityEvent>" + TAIL;
    assertThat(read((head + tail).getBytes(StandardCharsets.UTF_8)).events()).hasSize(1);
    assertThatThrownBy(() -> read((head + "<epcList>" + SGTIN + "</epcList>" + tail)
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(EpcisException.class).hasMessageContaining(
        "XML-MISPLACED-FIELD").hasMessageContaining("<epcList> is not a field of QuantityEvent");
  }

  @Test
  void anExtensionThatTheTargetVersionReadsAsAFieldIsNotWrittenIntoIt() {
    // a 1.2 document may hold an element of the 2.0 namespace as an extension of an event
    String doc12 = "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:1\" schemaVersion=\"1.2\" "
        + "creationDate=\"2024-01-01T00:00:00Z\"><EPCISBody><EventList><ObjectEvent>" + WHEN + "<epcList>" + SGTIN
        + "</epcList><action>OBSERVE</action><e2:transformationID xmlns:e2=\"urn:epcglobal:epcis:xsd:2\">x"
        + "</e2:transformationID><e2:shift xmlns:e2=\"urn:epcglobal:epcis:xsd:2\">2</e2:shift></ObjectEvent>"
        + TAIL;
    EpcisDocument read = read(doc12.getBytes(StandardCharsets.UTF_8));
    List<QualifiedName> names = read.events().get(0).extensions().stream().map(Extension::name).toList();
    assertThat(names).extracting(QualifiedName::localName).containsExactly("transformationID", "shift");
    // 1.2 keeps it: read back, the same document
    assertThat(read(write(read, XmlVersion.V1_2))).isEqualTo(read);
    // 2.0 would read <transformationID> as the field (and refuse it in an ObjectEvent): refused, located
    assertThatThrownBy(() -> write(read, XmlVersion.V2_0)).isInstanceOfSatisfying(EpcisException.class, e -> {
      assertThat(e.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("XML-WRITE-NAMESPACE");
        assertThat(f.message()).contains("<transformationID>").contains("urn:epcglobal:epcis:xsd:2");
        assertThat(f.location().eventIndex()).isZero();
      });
    });
    // a name that is no field is kept as an extension in 2.0 as well, and reads back so
    ObjectEvent event = (ObjectEvent) read.events().get(0);
    EpcisDocument shiftOnly = read.withEvents(List.of(event.toBuilder()
        .extensions(List.of(event.extensions().get(1))).build()));
    EpcisDocument again = read(write(shiftOnly, XmlVersion.V2_0));
    assertThat(again.events().get(0).extensions()).isEqualTo(shiftOnly.events().get(0).extensions());
  }
}
