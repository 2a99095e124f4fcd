package dev.pharmatrace.epcis.jsonld.ld;

import static dev.pharmatrace.epcis.jsonld.ld.LdTestSupport.epcisDoc;
import static dev.pharmatrace.epcis.jsonld.ld.LdTestSupport.propertyIris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.jsonld.ContextLoaders;
import dev.pharmatrace.epcis.jsonld.JsonLdContexts;
import dev.pharmatrace.epcis.jsonld.JsonLdProcessing;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.cbv.CbvValue;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.cbv.ErrorReason;
import dev.pharmatrace.epcis.model.cbv.MeasurementType;
import dev.pharmatrace.epcis.model.cbv.SensorAlertType;
import dev.pharmatrace.epcis.model.cbv.SensorComponent;
import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import dev.pharmatrace.epcis.model.report.EpcisException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our DSCSA extension context, and our EPCIS context's vocabularies against our own CBV model. */
class LdDscsaContextTest {
  static final String GS1USHC = "http://epcis.gs1us.org/hc/ns";
  static final String SBDH = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader";
  static final String CBVMDA_XML = "urn:epcglobal:cbv:mda";

  private final JsonLdProcessing ld = JsonLdProcessing.offline();

  @Test
  void dscsaPrefixesExpandToNamespacePlusLocalName() {
    JsonArray expanded = ld.expand(LdTestSupport.fixture("dscsa-shipment.jsonld"), "dscsa-shipment.jsonld");
    assertThat(propertyIris(expanded)).contains(
        GS1USHC + "dscsaTransactionStatement",
        GS1USHC + "affirmTransactionStatement",
        SBDH + "StandardBusinessDocumentHeader",
        SBDH + "HeaderVersion",
        CBVMDA_XML + "lotNumber",
        // the standard context's cbvmda (protected) keeps its colon
        "urn:epcglobal:cbv:mda:itemExpirationDate");
    assertThat(propertyIris(expanded)).noneMatch(iri -> iri.startsWith("gs1ushc:") || iri.startsWith("sbdh:"));
  }

  @Test
  void dscsaContextAloneWorksWithoutTheEpcisContext() {
    JsonArray expanded = ld.expand(LdTestSupport.json("{\"@context\": \"" + ContextLoaders.DSCSA_CONTEXT + "\","
        + " \"@id\": \"urn:x\", \"gs1ushc:dscsaTransactionStatement\": \"t\", \"cbvmdaxml:lotNumber\": \"L\"}"));
    assertThat(propertyIris(expanded))
        .containsExactlyInAnyOrder(GS1USHC + "dscsaTransactionStatement", CBVMDA_XML + "lotNumber");
  }

  @Test
  void aPlainPrefixWithoutDelimiterDoesNotExpand() {
    // why the DSCSA context declares @prefix: true: JSON-LD 1.1 uses a simple term as a prefix only when its IRI
    // ends in a delimiter, so "gs1ushc:x" would stay a (meaningless) absolute IRI with scheme "gs1ushc"
    JsonArray expanded = ld.expand(epcisDoc("{\"gs1ushc\": \"" + GS1USHC + "\"}",
        "\"@id\": \"urn:x\", \"gs1ushc:dscsaTransactionStatement\": \"t\""));
    assertThat(propertyIris(expanded)).containsExactly("gs1ushc:dscsaTransactionStatement");
  }

  @Test
  void cbvmdaCannotBeRedefinedUnderTheProtectedEpcisContext() {
    // the reason our DSCSA context names the colon-less namespace cbvmdaxml: redefining cbvmda is an error
    assertThatThrownBy(() -> ld.expand(epcisDoc("{\"cbvmda\": {\"@id\": \"" + CBVMDA_XML + "\", \"@prefix\": true}}",
        "\"@id\": \"urn:x\", \"cbvmda:lotNumber\": \"L\""), "redefine.jsonld"))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-PROTECTED-TERM");
          assertThat(e.finding().location().file()).isEqualTo("redefine.jsonld");
          assertThat(e.finding().message()).contains("PROTECTED_TERM_REDEFINITION").contains("@protected");
        });
  }

  @Test
  void dscsaPrefixesAreProtected() {
    JsonValue ctx = LdTestSupport.json("[\"" + JsonLdContexts.EPCIS_2_0_0 + "\", \"" + ContextLoaders.DSCSA_CONTEXT
        + "\", {\"gs1ushc\": \"http://example.com/other/\"}]");
    assertThatThrownBy(() -> ld.expand(LdTestSupport.json("{\"@context\": " + ctx + ", \"@id\": \"urn:x\"}")))
        .isInstanceOfSatisfying(EpcisException.class,
            e -> assertThat(e.finding().ruleId()).isEqualTo("JSONLD-PROTECTED-TERM"));
  }

  @Test
  void vocabulariesOfOurContextAreThoseOfOurCbvModel() {
    JsonObject ctx = ((JsonObject) ContextLoaders.bundled().load(URI.create(JsonLdContexts.EPCIS_2_0_0)))
        .getJsonObject("@context");
    assertVocabulary(scoped(ctx, "bizStep"), BizStep.standardValues());
    assertVocabulary(scoped(ctx, "disposition"), Disposition.standardValues());
    assertVocabulary(without(scoped(ctx, "persistentDisposition"), "set", "unset"), Disposition.standardValues());
    assertVocabulary(scoped(scoped(ctx, "bizTransactionList"), "type"), BizTransactionType.standardValues());
    assertVocabulary(scoped(scoped(ctx, "sourceList"), "type"), SourceDestType.standardValues());
    assertVocabulary(scoped(scoped(ctx, "destinationList"), "type"), SourceDestType.standardValues());
    assertVocabulary(scoped(scoped(ctx, "errorDeclaration"), "reason"), ErrorReason.standardValues());
    JsonObject report = scoped(scoped(ctx, "sensorElementList"), "sensorReport");
    assertVocabulary(scoped(report, "type"), MeasurementType.standardValues());
    assertVocabulary(scoped(report, "exception"), SensorAlertType.standardValues());
    assertVocabulary(scoped(report, "component"), SensorComponent.standardValues());
  }

  private static JsonObject scoped(JsonObject ctx, String term) {
    return ctx.getJsonObject(term).getJsonObject("@context");
  }

  private static JsonObject without(JsonObject o, String... keys) {
    var b = jakarta.json.Json.createObjectBuilder(o);
    for (String k : keys) {
      b.remove(k);
    }
    return b.build();
  }

  private static void assertVocabulary(JsonObject scoped, List<? extends CbvValue> values) {
    Map<String, String> inContext = new LinkedHashMap<>();
    scoped.forEach((k, v) -> {
      if (!k.startsWith("@")) {
        inContext.put(k, ((JsonString) v).getString());
      }
    });
    Map<String, String> inModel = new LinkedHashMap<>();
    for (CbvValue v : values) {
      // the model's compact IRI (cbv:BizStep-shipping, gs1:Temperature) is what the context maps the word to
      inModel.put(v.word().orElseThrow(), v.render(dev.pharmatrace.epcis.model.cbv.CbvForm.CURIE));
    }
    assertThat(inContext).isEqualTo(inModel);
  }

  @Test
  void gitHubUrlGetsTheDevelopmentCopysDecimalQuantity() {
    JsonObject ratified = (JsonObject) ContextLoaders.bundled().load(URI.create(JsonLdContexts.EPCIS_2_0_0));
    JsonObject github = (JsonObject) ContextLoaders.bundled().load(URI.create(JsonLdContexts.EPCIS_GITHUB));
    assertThat(ratified.getJsonObject("@context").getJsonObject("quantity").getString("@type"))
        .isEqualTo("xsd:double");
    assertThat(github.getJsonObject("@context").getJsonObject("quantity").getString("@type"))
        .isEqualTo("xsd:decimal");
    var r = new LinkedHashMap<>(ratified.getJsonObject("@context"));
    var g = new LinkedHashMap<>(github.getJsonObject("@context"));
    r.remove("quantity");
    g.remove("quantity");
    assertThat(g).isEqualTo(r);
    assertThat(ContextLoaders.bundled().load(URI.create(JsonLdContexts.EPCIS_UNVERSIONED))).isEqualTo(ratified);
  }
}
