package dev.pharmatrace.epcis.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events in valid JSON-LD forms other than the standard compact one are normalised, event by event. */
class NonCompactFormTest {
  static final String CONTEXT = """
      ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"ex": "https://example.com/ns/"}]""";

  /** The shipping event in the standard compact form. */
  static final String COMPACT = """
      {"type": "ObjectEvent", "eventTime": "2024-03-01T08:00:00-05:00", "eventTimeZoneOffset": "-05:00",
       "epcList": ["urn:epc:id:sgtin:0361234.056789.1"], "action": "OBSERVE", "bizStep": "shipping",
       "disposition": "in_transit", "readPoint": {"id": "urn:epc:id:sgln:0361234.00001.0"},
       "ex:carrier": "ACME"}""";

  static String document(String context, String... events) {
    return "{\"@context\": " + context + ", \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", "
        + "\"creationDate\": \"2024-03-01T09:00:00Z\", \"epcisBody\": {\"eventList\": [" + String.join(",", events)
        + "]}}";
  }

  static EpcisDocument read(String json) {
    return EpcisJsonReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.jsonld");
  }

  static List<Finding> warnings(String json) {
    try (JsonEventStream s = EpcisJsonReader.create()
        .open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.jsonld")) {
      while (s.hasNext()) {
        s.next();
      }
      return s.warnings();
    }
  }

  @Test
  void fullIrisAndValueObjectsReadAsTheCompactEvent() {
    String expanded = """
        {"type": "ObjectEvent", "eventTime": "2024-03-01T08:00:00-05:00", "eventTimeZoneOffset": "-05:00",
         "https://ref.gs1.org/epcis/epcList": [{"@id": "urn:epc:id:sgtin:0361234.056789.1"}], "action": "OBSERVE",
         "https://ref.gs1.org/epcis/bizStep": {"@id": "https://ref.gs1.org/cbv/BizStep-shipping"},
         "epcis:disposition": {"@id": "https://ref.gs1.org/cbv/Disp-in_transit"},
         "readPoint": {"@id": "urn:epc:id:sgln:0361234.00001.0"},
         "https://example.com/ns/carrier": "ACME"}""";
    EpcisEvent compact = read(document(CONTEXT, COMPACT)).events().get(0);
    EpcisDocument d = read(document(CONTEXT, COMPACT, expanded));
    assertThat(d.events()).hasSize(2);
    assertThat(d.events().get(1)).isEqualTo(compact);
    List<Finding> w = warnings(document(CONTEXT, COMPACT, expanded));
    assertThat(w).extracting(Finding::ruleId).containsExactly("JSONLD-NORMALISED");
    assertThat(w.get(0).location().jsonPointer()).isEqualTo("/epcisBody/eventList/1");
  }

  @Test
  void termAliasesInTheDocumentContextAreResolved() {
    String context = """
        ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
         {"ex": "https://example.com/ns/", "step": {"@id": "epcis:bizStep", "@type": "@vocab"}}]""";
    String aliased = COMPACT.replace("\"bizStep\": \"shipping\"", "\"step\": \"shipping\"");
    EpcisEvent compact = read(document(CONTEXT, COMPACT)).events().get(0);
    assertThat(read(document(context, aliased)).events().get(0)).isEqualTo(compact);
  }

  @Test
  void coercedExtensionValuesReadAsTextAndIri() {
    // the EPCIS context aliases @type as "type" and @id as "id": compaction writes typed values and node
    // references with those aliases, which must still read as a typed text and an IRI
    String context = """
        ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
         {"ex": "https://example.com/ns/", "ex:count": {"@type": "xsd:integer"}, "ex:ref": {"@type": "@id"}}]""";
    String coerced = COMPACT.replace("\"ex:carrier\": \"ACME\"",
        "\"ex:count\": \"4\", \"ex:ref\": \"urn:epc:id:giai:0361234.1\"");
    EpcisEvent e = read(document(context, coerced)).events().get(0);
    List<dev.pharmatrace.epcis.model.Extension> ext = e.common().extensions();
    assertThat(ext).extracting(x -> x.name().localName()).containsExactly("count", "ref");
    assertThat(ext).allMatch(x -> x.name().namespace().equals("https://example.com/ns/") && x.children().isEmpty());
    assertThat(ext.get(0).text()).isEqualTo("4");
    assertThat(ext.get(0).datatype()).isEqualTo(dev.pharmatrace.epcis.model.Extension.XSD_INTEGER);
    assertThat(ext.get(1).text()).isEqualTo("urn:epc:id:giai:0361234.1");
  }

  @Test
  void vocabularyValuesShortenedWithADocumentPrefixAreExpanded() {
    // compaction writes a vocabulary IRI under the document's own prefix ("ex:btt-passage"): read back as the IRI
    String withIris = COMPACT.replace("\"ex:carrier\": \"ACME\"", """
        "bizTransactionList": [{"type": "https://example.com/ns/btt-passage", "bizTransaction": "urn:x:1"}],
        "sourceList": [{"type": "https://example.com/ns/sdt-yard", "source": "urn:x:2"}]""");
    EpcisEvent plain = read(document(CONTEXT, withIris)).events().get(0);
    assertThat(plain.bizTransactionList().get(0).type().asGiven()).isEqualTo("https://example.com/ns/btt-passage");
    String coercing = """
        ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
         {"ex": "https://example.com/ns/", "ex:count": {"@type": "xsd:integer"}}]""";
    assertThat(read(document(coercing, withIris)).events().get(0)).isEqualTo(plain);
  }

  @Test
  void theStandardFormIsNotNormalised() {
    assertThat(warnings(document(CONTEXT, COMPACT))).isEmpty();
  }

  @Test
  void anUndefinedTermInANormalisedEventIsRefusedNotDropped() {
    String expanded = COMPACT.replace("\"bizStep\": \"shipping\"",
        "\"https://ref.gs1.org/epcis/bizStep\": {\"@id\": \"https://ref.gs1.org/cbv/BizStep-shipping\"}")
        .replace("\"ex:carrier\"", "\"carrier\"");
    assertThatThrownBy(() -> read(document(CONTEXT, expanded)))
        .isInstanceOf(EpcisException.class)
        .satisfies(e -> {
          Finding f = ((EpcisException) e).finding();
          assertThat(f.ruleId()).isEqualTo("JSONLD-UNDEFINED-TERM");
          assertThat(f.message()).contains("carrier");
          assertThat(f.location().file()).isEqualTo("t.jsonld");
          assertThat(f.location().eventIndex()).isEqualTo(0);
        });
  }

  static final String PARTNER_CONTEXT = "https://partner.example/epcis-context.jsonld";

  static String partnerDocument() {
    return document("[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", \"" + PARTNER_CONTEXT
        + "\"]", COMPACT.replace("\"ex:carrier\"", "\"pt:carrier\""));
  }

  @Test
  void prefixesOfARemoteUserContextComeThroughTheContextLoader() {
    ContextLoader partner = ContextLoaders.chain(ContextLoaders.bundled(), ContextLoaders.fromMap(Map.of(
        PARTNER_CONTEXT, "{\"@context\": {\"pt\": \"https://partner.example/ns/\"}}")));
    EpcisJsonReader reader = EpcisJsonReader.create().withJsonLdProcessing(JsonLdProcessing.withLoader(partner));
    EpcisDocument d = reader.read(new ByteArrayInputStream(partnerDocument().getBytes(StandardCharsets.UTF_8)),
        "t.jsonld");
    assertThat(d.events().get(0).extensions().get(0).name().namespace()).isEqualTo("https://partner.example/ns/");
    assertThat(d.events().get(0).extensions().get(0).name().localName()).isEqualTo("carrier");
  }

  @Test
  void aRemoteContextTheLoaderDoesNotServeIsReportedOffline() {
    List<Finding> w = warnings(partnerDocument());
    assertThat(w).extracting(Finding::ruleId).containsExactly("JSONLD-CONTEXT-UNAVAILABLE");
    assertThat(w.get(0).message()).contains(PARTNER_CONTEXT);
  }

  /** An event whose own context maps a prefix onto the EPCIS vocabulary, body before the document's context. */
  static String eventPrefixOntoEpcisVocabulary(String documentContext) {
    return """
        {"epcisBody": {"eventList": [{"@context": [{"rail": "https://ref.gs1.org/epcis/"}],
          "type": "ObjectEvent", "eventTime": "2024-03-01T08:00:00Z", "eventTimeZoneOffset": "+00:00",
          "epcList": ["urn:epc:id:sgtin:0361234.056789.1"], "action": "OBSERVE", "rail:wagon": "W-17"}]},
         "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2024-03-01T09:00:00Z",
         "@context": %s}""".formatted(documentContext);
  }

  @Test
  void aPrefixOfTheEventContextOntoTheEpcisVocabularyMakesTheEventNormalised() {
    // rail:wagon is https://ref.gs1.org/epcis/wagon, an IRI of the EPCIS vocabulary: the writer spells it
    // epcis:wagon, so the reader must treat the event as the non-compact form it is, as JSON-LD expansion does
    String json = eventPrefixOntoEpcisVocabulary(CONTEXT);
    assertThat(warnings(json)).extracting(Finding::ruleId).containsExactly("JSONLD-NORMALISED");
    EpcisDocument d = read(json);
    assertThat(d.events().get(0).extensions()).singleElement().satisfies(x -> {
      assertThat(x.name().namespace()).isEqualTo("https://ref.gs1.org/epcis/");
      assertThat(x.name().localName()).isEqualTo("wagon");
    });
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    EpcisJsonWriter.create().write(d, out);
    assertThat(read(out.toString(StandardCharsets.UTF_8)).events()).isEqualTo(d.events());
  }

  @Test
  void anEventNeedingJsonLdWithAnUnavailableDocumentContextIsRefusedAtReadNotAfterWriting() {
    // found by fuzzing: the event was read as compact (its own prefixes were not considered), its written form was
    // not, and that form then needed the unavailable context: read, write and read again failed on the second read
    String json = eventPrefixOntoEpcisVocabulary(
        "[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", \""
        + PARTNER_CONTEXT + "\", {\"ex\": \"https://example.com/ns/\"}]");
    assertThatThrownBy(() -> read(json)).isInstanceOf(EpcisException.class).satisfies(e -> {
      Finding f = ((EpcisException) e).finding();
      assertThat(f.ruleId()).isEqualTo("JSONLD-CONTEXT-UNAVAILABLE");
      assertThat(f.message()).contains(PARTNER_CONTEXT);
      assertThat(f.location().jsonPointer()).isEqualTo("/epcisBody/eventList/0");
      assertThat(f.location().eventIndex()).isEqualTo(0);
      assertThat(f.location().line()).isEqualTo(1);
    });
  }

  @Test
  void remoteContextsOfAnEventContextComeThroughTheContextLoader() {
    String event = COMPACT.replace("{\"type\"", "{\"@context\": [\"" + ContextLoaders.DSCSA_CONTEXT + "\", \""
        + PARTNER_CONTEXT + "\"], \"type\"").replace("\"ex:carrier\"", "\"gs1ushc:carrier\"");
    String json = document("\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"", event, event);
    EpcisDocument d = read(json);
    // as JSON-LD expands it with the bundled DSCSA context: namespace + local name, not an IRI of scheme gs1ushc
    assertThat(d.events()).allSatisfy(e -> assertThat(e.extensions().get(0).name().namespace())
        .isEqualTo("http://epcis.gs1us.org/hc/ns"));
    // the unknown one is reported as in the document's context, once, at the context that names it
    List<Finding> w = warnings(json);
    assertThat(w).extracting(Finding::ruleId).containsExactly("JSONLD-CONTEXT-UNAVAILABLE");
    assertThat(w.get(0).message()).contains(PARTNER_CONTEXT);
    assertThat(w.get(0).location().jsonPointer()).isEqualTo("/epcisBody/eventList/0/@context");
  }

  /**
   * Found by fuzzing: a nested member named by a full IRI below the EPCIS vocabulary ({@code .../epcis/ext1:note})
   * makes the writer declare {@code "ns": "https://ref.gs1.org/epcis/ext1:"}; that prefix definition was taken for
   * an alias of an EPCIS term, so the written event went through JSON-LD, which refused its un-namespaced nested
   * members: the written document did not read back. A prefix definition (trailing delimiter, or
   * {@code "@prefix": true}) aliases no term.
   */
  @Test
  void aPrefixBelowTheEpcisVocabularyIsNoTermAlias() {
    String nested = COMPACT.replace("\"ex:carrier\": \"ACME\"",
        "\"ex:data\": {\"https://ref.gs1.org/epcis/ext1:note\": \"n\", \"plain\": \"p\"}");
    String prefixed = COMPACT.replace("\"ex:carrier\": \"ACME\"",
        "\"ex:data\": {\"p:note\": \"n\", \"plain\": \"p\"}");
    String prefixContext = CONTEXT.replace("}]",
        ", \"p\": {\"@id\": \"https://ref.gs1.org/epcis/ext1\", \"@prefix\": true}}]");
    for (String json : List.of(document(CONTEXT, nested), document(prefixContext, prefixed))) {
      assertThat(warnings(json)).as(json).isEmpty();
      EpcisDocument d = read(json);
      assertThat(d.events().get(0).extensions().get(0).children()).extracting(x -> x.name().namespace())
          .containsExactly(json.contains("\"p:note\"") ? "https://ref.gs1.org/epcis/ext1"
              : "https://ref.gs1.org/epcis/ext1:", "");
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      EpcisJsonWriter.create().write(d, out);
      String written = out.toString(StandardCharsets.UTF_8);
      assertThat(written).contains("https://ref.gs1.org/epcis/ext1");
      assertThat(warnings(written)).as(written).isEmpty();
      assertThat(read(written).events()).isEqualTo(d.events());
    }
  }

  /**
   * Found by fuzzing: an attribute member ({@code "@shiftx:code"}, prefix undeclared, so namespace {@code shiftx:})
   * in an event that needs JSON-LD. The writer declares that namespace in the event's context ({@code "ns":
   * "shiftx:"}); JSON-LD passes the attribute through unexpanded, and the normalised event was mapped with the
   * document's prefixes only, so on the second read {@code ns:code} became namespace {@code ns:}.
   */
  @Test
  void anEventsOwnPrefixesStayInScopeAfterNormalisation() {
    String event = COMPACT.replace("\"ex:carrier\": \"ACME\"",
        "\"ex:see://x\": \"1\", \"ex:shift\": {\"@shiftx:code\": \"B\", \"ex:line\": \"2\"}");
    EpcisDocument d = read(document(CONTEXT, event));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    EpcisJsonWriter.create().write(d, out);
    EpcisDocument again = read(out.toString(StandardCharsets.UTF_8));
    assertThat(again.events()).isEqualTo(d.events());
    assertThat(again.events().get(0).extensions()).anySatisfy(x -> assertThat(x.attributes()).singleElement()
        .satisfies(a -> assertThat(a.name().namespace()).isEqualTo("shiftx:")));
  }
}
