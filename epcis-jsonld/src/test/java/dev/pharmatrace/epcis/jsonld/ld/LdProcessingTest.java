package dev.pharmatrace.epcis.jsonld.ld;

import static dev.pharmatrace.epcis.jsonld.ld.LdTestSupport.epcisDoc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.jsonld.JsonLdContexts;
import dev.pharmatrace.epcis.jsonld.JsonLdProcessing;
import dev.pharmatrace.epcis.model.report.EpcisException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@link JsonLdProcessing} facade: inputs, compaction, normalisation, errors. */
class LdProcessingTest {
  private final JsonLdProcessing ld = JsonLdProcessing.offline();

  @Test
  void expandsStreamsFilesJakartaAndJacksonTreesAlike(@TempDir Path dir) throws IOException {
    String text = LdTestSupport.fixtureText("rdf-small.jsonld");
    Path file = dir.resolve("small.jsonld");
    Files.writeString(file, text);
    JsonArray fromStream = ld.expand(LdTestSupport.stream(text), "small.jsonld");
    JsonNode jackson = JsonMapper.builder().build().readTree(text);
    assertThat(ld.expand(file)).isEqualTo(fromStream);
    assertThat(ld.expand(LdTestSupport.json(text))).isEqualTo(fromStream);
    assertThat(ld.expand(jackson)).isEqualTo(fromStream);
    JsonObject event = fromStream.getJsonObject(0);
    assertThat(event.getJsonArray("https://ref.gs1.org/epcis/bizStep").getJsonObject(0).getString("@id"))
        .isEqualTo("https://ref.gs1.org/cbv/BizStep-shipping");
    assertThat(event.getJsonArray("@type").getString(0)).isEqualTo("https://ref.gs1.org/epcis/ObjectEvent");
  }

  @Test
  void byteOrderMarkAndUtf16AreRead() {
    String text = LdTestSupport.fixtureText("rdf-small.jsonld");
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    JsonArray expected = ld.expand(LdTestSupport.stream(text));
    assertThat(ld.expand(new java.io.ByteArrayInputStream(bom))).isEqualTo(expected);
    assertThat(ld.expand(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16LE))))
        .isEqualTo(expected);
  }

  @Test
  void compactsAgainstTheEpcisContext() {
    JsonArray expanded = ld.expand(LdTestSupport.fixture("rdf-small.jsonld"), "rdf-small.jsonld");
    JsonObject compact = ld.compact(expanded, JsonLdContexts.EPCIS_2_0_0);
    assertThat(compact.getString("@context")).isEqualTo(JsonLdContexts.EPCIS_2_0_0);
    assertThat(compact.getString("type")).isEqualTo("ObjectEvent");
    assertThat(compact.getString("bizStep")).isEqualTo("shipping");
    assertThat(compact.getString("disposition")).isEqualTo("in_transit");
    assertThat(compact.getJsonArray("epcList").getString(0)).isEqualTo("urn:epc:id:sgtin:0614141.107346.2017");
    assertThat(compact.getJsonArray("quantityList").getJsonObject(0).getJsonNumber("quantity").intValue())
        .isEqualTo(200);
    // a context given inline (as the value of @context) works too
    JsonObject inline = ld.compact(expanded, LdTestSupport.json("{\"ep\": \"https://ref.gs1.org/epcis/\"}"));
    assertThat(inline.containsKey("ep:bizStep")).isTrue();
  }

  @Test
  void normalisesNonStandardTermsToTheStandardCompactForm() {
    JsonObject n = ld.normalize(LdTestSupport.fixture("nonstandard-terms.jsonld"), "nonstandard-terms.jsonld");
    assertThat(n.get("@context")).isEqualTo(LdTestSupport.json(
        "[\"" + JsonLdContexts.EPCIS_2_0_0 + "\", {\"example\": \"http://ns.example.com/epcis/\"}]"));
    assertThat(n.getString("type")).isEqualTo("EPCISDocument");
    JsonArray events = n.getJsonObject("epcisBody").getJsonArray("eventList");
    assertThat(events).hasSize(1);
    JsonObject e = events.getJsonObject(0);
    assertThat(e.getString("type")).isEqualTo("ObjectEvent");
    assertThat(e.getString("eventTime")).isEqualTo("2024-03-01T10:00:00.000Z");
    assertThat(e.getString("action")).isEqualTo("OBSERVE");
    assertThat(e.getString("bizStep")).isEqualTo("shipping");
    assertThat(e.getJsonArray("epcList").getString(0)).isEqualTo("urn:epc:id:sgtin:0614141.107346.2017");
    assertThat(e.getString("example:myField")).isEqualTo("kept with its prefix");
    JsonObject report = e.getJsonArray("sensorElementList").getJsonObject(0).getJsonArray("sensorReport")
        .getJsonObject(0);
    assertThat(report.getString("type")).isEqualTo("Temperature");
    assertThat(report.getJsonNumber("value").doubleValue()).isEqualTo(4.5);
    assertThat(report.getString("uom")).isEqualTo("CEL");
    // same meaning: the normalised document expands to what the original expands to
    assertThat(ld.expand(n)).isEqualTo(ld.expand(LdTestSupport.fixture("nonstandard-terms.jsonld")));
  }

  @Test
  void normalisesJacksonTrees() {
    JsonNode doc = JsonMapper.builder().build().readTree(LdTestSupport.fixtureText("nonstandard-terms.jsonld"));
    JsonNode n = ld.normalize(doc);
    assertThat(n.get("epcisBody").get("eventList").isArray()).isTrue();
    assertThat(n.get("epcisBody").get("eventList").get(0).get("bizStep").stringValue()).isEqualTo("shipping");
    assertThat(JsonLdProcessing.toJson(JsonLdProcessing.fromJackson(n))).contains("\"bizStep\":\"shipping\"");
  }

  @Test
  void syntaxErrorsCarryFileLineAndColumn() {
    assertThatThrownBy(() -> ld.expand(LdTestSupport.stream("{\n  \"type\": \"ObjectEvent\",\n  \"action\": }"),
        "broken.jsonld"))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-SYNTAX");
          assertThat(e.finding().location().file()).isEqualTo("broken.jsonld");
          assertThat(e.finding().location().line()).isEqualTo(3);
          assertThat(e.finding().location().column()).isPositive();
        });
    assertThatThrownBy(() -> ld.expand(LdTestSupport.stream("42"), "scalar.json"))
        .isInstanceOfSatisfying(EpcisException.class,
            e -> assertThat(e.finding().message()).contains("object or array"));
  }

  @Test
  void redefiningAnEpcisTermIsReported() {
    assertThatThrownBy(() -> ld.expand(epcisDoc("{\"eventTime\": \"https://example.com/t\"}",
        "\"type\": \"ObjectEvent\""), "redefines.jsonld"))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-PROTECTED-TERM");
          assertThat(e.finding().location().file()).isEqualTo("redefines.jsonld");
          assertThat(e.finding().message()).startsWith("JSON-LD expansion failed: ")
              .doesNotContain("[code=");
        });
  }

  @Test
  void undefinedTermsAreDroppedOrRefusedOnRequest() {
    JsonStructure doc = epcisDoc(null, "\"type\": \"ObjectEvent\", \"eventID\": \"urn:uuid:4\", \"lotNumber\": \"L\"");
    assertThat(LdTestSupport.propertyIris(ld.expand(doc))).isEmpty();
    JsonLdProcessing strict = ld.toBuilder().failOnUndefinedTerms(true).build();
    assertThatThrownBy(() -> strict.expand(doc, "strict.jsonld"))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-UNDEFINED-TERM");
          assertThat(e.finding().message()).contains("lotNumber");
        });
  }

  @Test
  void unreadableFileIsAnIoFinding(@TempDir Path dir) {
    Path missing = dir.resolve("missing.jsonld");
    assertThatThrownBy(() -> ld.expand(missing)).isInstanceOfSatisfying(EpcisException.class, e -> {
      assertThat(e.finding().ruleId()).isEqualTo("JSONLD-IO");
      assertThat(e.finding().location().file()).isEqualTo(missing.toString());
    });
  }

  @Test
  void invalidJsonLdIsReportedWithTheJsonLdErrorCode() {
    InputStream in = LdTestSupport.stream("{\"@context\": {\"@version\": 2.0}, \"@id\": \"urn:x\"}");
    assertThatThrownBy(() -> ld.expand(in, "bad-version.jsonld"))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-INVALID");
          assertThat(e.finding().message()).contains("INVALID_KEYWORD_VERSION_VALUE");
        });
  }

  @Test
  void baseResolvesRelativeIris() {
    JsonStructure doc = epcisDoc(null, "\"eventID\": \"events/1\", \"type\": \"ObjectEvent\"");
    assertThat(ld.expand(doc).getJsonObject(0).getString("@id")).isEqualTo("events/1");
    JsonLdProcessing withBase = ld.toBuilder().base(java.net.URI.create("https://epcis.example.com/")).build();
    assertThat(withBase.expand(doc).getJsonObject(0).getString("@id")).isEqualTo("https://epcis.example.com/events/1");
  }
}
