package dev.pharmatrace.epcis.jsonld;

import static dev.pharmatrace.epcis.jsonld.JsonReaderWriterTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.TypeSpecificFields;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A member of another event type (say {@code parentID} in an ObjectEvent) has no place in the event's model: the
 * reader dropped it without a word until stop 18, so {@code convert} and {@code hash} lost it. It is now refused
 * ({@code JSON-MISPLACED-FIELD}, at its JSON pointer), as the schema refuses it.
 */
class MisplacedMembersTest {
  private static final String HEAD = "{\"@context\": "
      + "[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"],"
      + " \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"2024-01-01T00:00:00Z\","
      + " \"epcisBody\": {\"eventList\": [{";
  private static final String TAIL = "}]}}";
  private static final String WHEN = "\"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\"";
  private static final String SGTIN = "[\"urn:epc:id:sgtin:0614141.107346.1\"]";
  private static final String QUANTITY = "[{\"epcClass\": \"urn:epc:class:lgtin:0614141.107346.L1\", \"quantity\": 1}]";

  /** A schema-valid event of each type (without its closing brace). */
  private static final Map<String, String> EVENTS = Map.of(
      "ObjectEvent", WHEN + ", \"epcList\": " + SGTIN + ", \"action\": \"OBSERVE\"",
      "AggregationEvent", WHEN + ", \"parentID\": \"urn:epc:id:sscc:0614141.1234567890\", \"childEPCs\": " + SGTIN
          + ", \"action\": \"ADD\"",
      "TransactionEvent", WHEN + ", \"bizTransactionList\": [{\"type\": \"po\", \"bizTransaction\": "
          + "\"urn:epcglobal:cbv:bt:0614141000005:1\"}], \"epcList\": " + SGTIN + ", \"action\": \"ADD\"",
      "TransformationEvent", WHEN + ", \"inputEPCList\": " + SGTIN + ", \"outputEPCList\": "
          + "[\"urn:epc:id:sgtin:0614141.107346.2\"]",
      "AssociationEvent", WHEN + ", \"parentID\": \"urn:epc:id:grai:0614141.12345.1\", \"childEPCs\": " + SGTIN
          + ", \"action\": \"ADD\"");

  private static final Map<String, String> MEMBERS = Map.ofEntries(
      Map.entry("action", "\"ADD\""),
      Map.entry("epcList", SGTIN),
      Map.entry("quantityList", QUANTITY),
      Map.entry("parentID", "\"urn:epc:id:sscc:0614141.1234567891\""),
      Map.entry("childEPCs", "[]"),
      Map.entry("childQuantityList", QUANTITY),
      Map.entry("inputEPCList", SGTIN),
      Map.entry("inputQuantityList", QUANTITY),
      Map.entry("outputEPCList", "[]"),
      Map.entry("outputQuantityList", QUANTITY),
      Map.entry("transformationID", "\"urn:epc:id:gdti:0614141.00001.1\""),
      Map.entry("ilmd", "{}"));

  /** Which types have which of those fields: EPCIS 2.0, section 7.4. */
  private static final Map<String, Set<String>> HAS = TypeSpecificFields.HAS;

  @Test
  void aMemberOfAnotherEventTypeIsRefusedNotDropped() {
    EpcisJsonSchemaValidator schema = EpcisJsonSchemaValidator.create();
    int refused = 0;
    for (String type : EVENTS.keySet()) {
      String base = HEAD + "\"type\": \"" + type + "\", " + EVENTS.get(type) + TAIL;
      assertThat(schema.validate(new ByteArrayInputStream(base.getBytes(StandardCharsets.UTF_8)), type)).as(type)
          .isEmpty();
      assertThat(read(base).events()).hasSize(1);
      for (Map.Entry<String, String> member : MEMBERS.entrySet()) {
        if (HAS.get(type).contains(member.getKey())) {
          continue; // (a second one would be a duplicate key)
        }
        String what = member.getKey() + " in " + type;
        String json = HEAD + "\"type\": \"" + type + "\", " + EVENTS.get(type) + ", \"" + member.getKey() + "\": "
            + member.getValue() + TAIL;
        assertThat(schema.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type)).as(what)
            .anyMatch(Finding::isError);
        assertThatThrownBy(() -> read(json)).as(what).isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("JSON-MISPLACED-FIELD");
            assertThat(f.message()).startsWith("'" + member.getKey() + "' is not a member of " + type);
            assertThat(f.location().jsonPointer()).isEqualTo("/epcisBody/eventList/0/" + member.getKey());
          });
        });
        refused++;
      }
    }
    assertThat(refused).isEqualTo(5 * 12 - 22);
  }
}
