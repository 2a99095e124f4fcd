package dev.pharmatrace.epcis.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisHeader;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.Fixtures;
import dev.pharmatrace.epcis.model.MasterData;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.Vocabulary;
import dev.pharmatrace.epcis.model.VocabularyElement;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.sbdh.DocumentIdentification;
import dev.pharmatrace.epcis.model.sbdh.Partner;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReaderWriterTest {
  static final String GS1USHC = "http://epcis.gs1us.org/hc/ns";
  static final String MDA = "urn:epcglobal:cbv:mda";

  static EpcisDocument read(String json) {
    return EpcisJsonReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
  }

  static String write(EpcisDocument d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpcisJsonWriter.create().write(d, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes {@code d}, and asserts that reading the written form and writing it again gives the same text. */
  static String writeStably(EpcisDocument d) {
    String written = write(d);
    assertThat(write(read(written))).as("written again after reading back").isEqualTo(written);
    return written;
  }

  static EpcisDocument dscsa() {
    StandardBusinessDocumentHeader sbdh = StandardBusinessDocumentHeader.builder()
        .addSender(Partner.of("urn:epc:id:sgln:0361234.00000.0", "SGLN"))
        .addReceiver(Partner.of("urn:epc:id:sgln:0398765.00000.0", "SGLN"))
        .documentIdentification(new DocumentIdentification("EPCglobal", "1.0", "b1c4", "Events", null,
            "2024-03-01T10:00:00"))
        .build();
    MasterData md = MasterData.of(List.of(Vocabulary.of(Vocabulary.LOCATION, List.of(
        VocabularyElement.builder("urn:epc:id:sgln:0361234.00000.0").attribute(MDA + "#name", "Example Pharma")
            .build()))));
    Extension statement = Extension.element(QualifiedName.of(GS1USHC, "dscsaTransactionStatement", "gs1ushc"),
        Extension.text(QualifiedName.of(GS1USHC, "affirmTransactionStatement"), "true"));
    ObjectEvent commissioning = ObjectEvent.builder().eventTime(Fixtures.EVENT_TIME).action(Action.ADD)
        .bizStep(BizStep.of("urn:epcglobal:cbv:bizstep:commissioning"))
        .addEpcs("urn:epc:id:sgtin:0361234.056789.100001")
        .ilmd(List.of(Extension.text(QualifiedName.of(MDA, "lotNumber", "cbvmda"), "LOT1"))).build();
    return EpcisDocument.builder().schemaVersion("1.2").creationDate(OffsetDateTime.parse("2024-03-01T10:00:00Z"))
        .namespace("gs1ushc", GS1USHC).namespace("cbvmda", MDA)
        .header(new EpcisHeader(sbdh, md, List.of(statement), List.of()))
        .addEvent(commissioning).build();
  }

  @Test
  void aDscsaDocumentKeepsSbdhMasterDataAndTransactionStatement() {
    EpcisDocument doc = dscsa();
    String json = write(doc);
    // namespaces without a trailing delimiter are declared as prefixes; the protected cbvmda is not redefined
    assertThat(json).contains("\"@id\" : \"http://epcis.gs1us.org/hc/ns\"").contains("\"@prefix\" : true")
        .contains("gs1ushc:dscsaTransactionStatement").contains("sbdh:StandardBusinessDocumentHeader")
        .contains("\"sender\" : \"urn:epc:id:sgln:0361234.00000.0\"").contains("\"bizStep\" : \"commissioning\"")
        .doesNotContain("\"cbvmda\" : {");
    EpcisDocument back = read(json);
    assertThat(back.header()).isEqualTo(doc.header());
    assertThat(back.events()).isEqualTo(doc.events());
  }

  @Test
  void errorsCarryAJsonPointerAndALine() {
    String json = """
        {"@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
         "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2024-01-01T00:00:00Z",
         "epcisBody": {"eventList": [
           {"type": "ObjectEvent", "eventTime": "2024-01-01T00:00:00Z", "eventTimeZoneOffset": "+00:00",
            "action": "ADD"},
           {"type": "ObjectEvent", "eventTime": "2024-01-01T00:00:00Z", "eventTimeZoneOffset": "+00:00",
            "action": "CREATE"}
         ]}}""";
    assertThatThrownBy(() -> read(json)).isInstanceOf(EpcisException.class).satisfies(e -> {
      Finding f = ((EpcisException) e).finding();
      assertThat(f.ruleId()).isEqualTo("JSON-ACTION");
      assertThat(f.location().jsonPointer()).isEqualTo("/epcisBody/eventList/1/action");
      assertThat(f.location().line()).isEqualTo(6);
      assertThat(f.toString()).startsWith("t.json:6:").contains("/epcisBody/eventList/1/action");
    });
    assertThatThrownBy(() -> read(json.replace("\"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\": "
        + "\"+00:00\",\n    \"action\": \"ADD\"", "\"eventTimeZoneOffset\": \"+00:00\", \"action\": \"ADD\"")))
        .hasMessageContaining("JSON-MISSING").hasMessageContaining("eventTime");
    assertThatThrownBy(() -> read("{\"type\": \"EPCISDocument\", \"type\": \"x\"}"))
        .hasMessageContaining("JSON-DUPLICATE-KEY");
    assertThatThrownBy(() -> read("{\"type\": \"EPCISDocument\", \"epcisBody\": {\"eventList\": [{]}}"))
        .hasMessageContaining("JSON-SYNTAX").hasMessageContaining("t.json:1:");
    assertThatThrownBy(() -> read("[]")).hasMessageContaining("JSON-ROOT");
    String deep = "{\"type\":\"ObjectEvent\",\"ex:x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThatThrownBy(() -> read(deep)).hasMessageContaining("JSON-LIMIT");
  }

  /**
   * Found by JsonReaderFuzzTest: our carrier namespace of un-namespaced names, spelled out as an IRI, was read as an
   * ordinary namespace (written back as "ns:..."), while its prefixed form is read as an un-namespaced name.
   */
  @Test
  void theUnqualifiedCarrierNamespaceSpelledOutIsAnUnnamespacedName() {
    String json = "{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\":"
        + " \"+00:00\", \"action\": \"OBSERVE\", \"https://pharmatrace.dev/ns/epcis/unqualified/note\": \"x\"}";
    EpcisDocument once = read(json);
    assertThat(once.events().get(0).common().extensions().get(0).name())
        .isEqualTo(dev.pharmatrace.epcis.model.QualifiedName.local("note"));
    writeStably(once);
  }

  /**
   * Found by JsonReaderFuzzTest (long run): a prefix declared for our carrier namespace of un-namespaced names, then
   * a local part that is no term ("ex::shift"), was read as the un-namespaced name ":shift"; written bare, that is a
   * compact IRI with an empty prefix, and the written document no longer read. Spelled out, the same. Since stop 16
   * such a name is the name of its IRI ({@code .../unqualified/:shift}: {@code shift} in the namespace
   * {@code .../unqualified/:}), as it is spelled out; what names no NCName after any namespace is still refused.
   */
  @Test
  void anUnnamespacedNameThroughTheCarrierNamespaceMustBeATerm() {
    String context = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", {\"ex\":"
        + " \"https://pharmatrace.dev/ns/epcis/unqualified/\", \"ex2\": \"https://example.com/ex2/\"}],"
        + " \"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\","
        + " \"action\": \"OBSERVE\", ";
    for (String member : java.util.List.of("\"ex2:line\": {\"ex:a shift\": \"1\"}", "\"ex:a shift\": \"1\"",
        "\"ex2:line\": {\"https://pharmatrace.dev/ns/epcis/unqualified/a shift\": \"1\"}")) {
      String json = context + member + "}";
      assertThatThrownBy(() -> read(json)).as(member).isInstanceOf(EpcisException.class).satisfies(e -> {
        Finding f = ((EpcisException) e).finding();
        assertThat(f.ruleId()).isEqualTo("JSON-NAME");
        assertThat(f.location().jsonPointer()).as(member).endsWith("shift");
      });
    }
    for (String member : java.util.List.of("\"ex::shift\": \"1\"",
        "\"https://pharmatrace.dev/ns/epcis/unqualified/:shift\": \"1\"")) {
      EpcisDocument d = read(context + member + "}");
      assertThat(d.events().get(0).extensions().get(0).name().expandedIri()).as(member)
          .isEqualTo("https://pharmatrace.dev/ns/epcis/unqualified/:shift");
      assertThat(d.events().get(0).extensions().get(0).name().localName()).as(member).isEqualTo("shift");
      assertThat(read(write(d)).events()).as(member).isEqualTo(d.events());
    }
    // a term through the carrier prefix is the un-namespaced name, and written back reads back the same
    EpcisDocument once = read(context + "\"ex2:line\": {\"ex:shift\": \"1\"}}");
    assertThat(once.events().get(0).extensions().get(0).children().get(0).name())
        .isEqualTo(dev.pharmatrace.epcis.model.QualifiedName.local("shift"));
    String written = write(once);
    assertThat(read(written).events()).isEqualTo(once.events());
  }

  /**
   * Found by JsonReaderFuzzTest: a member named "" (or "ex:") made the model's IllegalArgumentException leak; a member
   * named "//bizStep" was kept as an un-namespaced extension that the writer could not write back faithfully.
   */
  @Test
  void memberNamesWithoutLocalNameAreFindings() {
    for (String doc : java.util.List.of("{\"type\": \"EPCISDocument\", \"\": 1}",
        "{\"type\": \"EPCISDocument\", \"epcisHeader\": {\"ex:\": 1}}",
        "{\"type\": \"EPCISDocument\", \"epcisBody\": {\"http://example.com/\": 1, \"eventList\": []}}",
        "{\"type\": \"EPCISDocument\", \"@\": \"x\"}",
        // stop 16: blanks after the last delimiter, declared prefix or not, in a document or an event
        "{\"type\": \"EPCISDocument\", \"sn: \": \"x\"}",
        "{\"@context\": {\"ex\": \"urn:ex:\"}, \"type\": \"EPCISDocument\", \"ex:  \": \"x\"}",
        "{\"type\": \"EPCISDocument\", \"http://example.com/a/ \": \"x\"}",
        "{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\","
            + " \"action\": \"OBSERVE\", \"sn:\\t\": \"inspecting\"}",
        // found later: written back as "ptu://bizStep", an absolute IRI, the document no longer read
        "{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\","
            + " \"action\": \"OBSERVE\", \"//bizStep\": \"inspecting\"}")) {
      assertThatThrownBy(() -> read(doc)).as(doc).isInstanceOf(EpcisException.class)
          .satisfies(e -> assertThat(((EpcisException) e).finding().ruleId()).isEqualTo("JSON-NAME"));
    }
  }

  /**
   * The XML reader's fuzz finding, in JSON: a short number whose plain form has a billion digits is refused; and the
   * JSON reader's own (stop 13): an exponent beyond the int range, which Jackson cannot even hold as a decimal.
   */
  @Test
  void numbersWithHugeExponentsAreRefusedNotExpanded() {
    for (String number : java.util.List.of("1e1000000500", "\"1E-5000\"", "0E+2000", "1e9000000500",
        "-2.5E-9000000500")) {
      String json = "{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\":"
          + " \"+00:00\", \"action\": \"OBSERVE\", \"quantityList\": [{\"epcClass\":"
          + " \"urn:epc:class:lgtin:4012345.012345.998877\", \"quantity\": " + number + "}]}";
      assertThatThrownBy(() -> read(json)).as(number).isInstanceOf(EpcisException.class).satisfies(e -> {
        Finding f = ((EpcisException) e).finding();
        assertThat(f.ruleId()).isEqualTo("JSON-NUMBER");
        assertThat(f.location().jsonPointer()).isEqualTo("/quantityList/0/quantity");
      });
    }
  }

  /**
   * A fuzz finding (stop 13): a member name whose prefix is neither declared nor a URI scheme was read as an absolute
   * IRI, and the written document then failed JSON-LD expansion when read again.
   */
  @Test
  void aMemberNameWithAPrefixThatIsNoSchemeIsRefused() {
    String json = "{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\":"
        + " \"+00:00\", \"action\": \"OBSERVE\", \"r`il:axles\": \"4\"}";
    assertThatThrownBy(() -> read(json)).isInstanceOf(EpcisException.class).satisfies(e -> {
      Finding f = ((EpcisException) e).finding();
      assertThat(f.ruleId()).isEqualTo("JSON-NAME");
      assertThat(f.message()).contains("r`il");
    });
    // a real scheme stays an absolute IRI
    String scheme = json.replace("r`il:axles", "urn:example:axles");
    assertThat(read(scheme).events()).singleElement()
        .satisfies(ev -> assertThat(ev.extensions()).singleElement()
            .satisfies(x -> assertThat(x.name().localName()).isEqualTo("axles")));
  }

  /**
   * Found by JsonReaderFuzzTest (third 10-minute run): a member named by an absolute IRI whose namespace is no valid
   * IRI ({@code "componehttp://nt"}: the namespace {@code componehttp://} has no authority). Read, it became that
   * namespace; written, a prefix was declared for it, which JSON-LD processing refuses (INVALID_IRI_MAPPING) when the
   * written event is normalised: the written document did not read back.
   */
  @Test
  void anAbsoluteIriMemberNameWhoseNamespaceIsNoIriIsRefused() {
    String event = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", {\"ex\":"
        + " \"https://example.com/ex/\"}], \"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\","
        + " \"eventTimeZoneOffset\": \"+00:00\", \"action\": \"OBSERVE\", ";
    // each name, and its RFC 6901 reference token ('/' written '~1'), under ex:data
    java.util.Map<String, String> names = java.util.Map.of("componehttp://nt", "/componehttp:~1~1nt",
        "http://nt", "/http:~1~1nt", "http://a b/nt", "/http:~1~1a b~1nt");
    for (java.util.Map.Entry<String, String> name : names.entrySet()) {
      String member = "\"ex:data\": {\"" + name.getKey() + "\": \"x\"}";
      assertThatThrownBy(() -> read(event + member + "}")).as(member).isInstanceOf(EpcisException.class)
          .satisfies(e -> {
            Finding f = ((EpcisException) e).finding();
            assertThat(f.ruleId()).isEqualTo("JSON-NAME");
            assertThat(f.message()).contains("no valid IRI");
            assertThat(f.location().jsonPointer()).endsWith("/ex:data" + name.getValue());
          });
    }
    // a namespace that is an IRI is kept, and the written form reads back the same
    EpcisDocument ok = read(event + "\"ex:data\": {\"componehttp://host/nt\": \"x\"}}");
    assertThat(ok.events().get(0).extensions().get(0).children().get(0).name().namespace())
        .isEqualTo("componehttp://host/");
    assertThat(read(write(ok)).events()).isEqualTo(ok.events());
  }

  /**
   * A bad member name is located through its nesting, wherever it stands: inside extension values, lists, ILMD,
   * locations, error declarations, sensor elements and attributes (stop 15; the pointer named the member from the
   * event before).
   */
  @Test
  void aBadNameIsLocatedThroughItsNesting() {
    String event = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", {\"ex\":"
        + " \"https://example.com/ex/\"}], \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\","
        + " \"creationDate\": \"2024-01-01T00:00:00Z\", \"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\","
        + " \"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\", \"action\": \"OBSERVE\", ";
    String loc = "\"id\": \"urn:epc:id:sgln:0614141.00777.0\"";
    // the member holding the bad name 'a/b' (no term, no IRI), and the pointer of that name from the event
    java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("\"a/b\": \"v\"", "/a~1b");
    cases.put("\"@a/b\": \"v\"", "/@a~1b");
    cases.put("\"ex:data\": {\"a/b\": \"v\"}", "/ex:data/a~1b");
    cases.put("\"ex:data\": {\"@a/b\": \"v\"}", "/ex:data/@a~1b");
    cases.put("\"ex:data\": {\"ex:in\": {\"ex:deeper\": {\"a/b\": 1}}}", "/ex:data/ex:in/ex:deeper/a~1b");
    cases.put("\"ex:list\": [{\"ex:x\": 1}, {\"a/b\": \"v\"}]", "/ex:list/1/a~1b");
    cases.put("\"ilmd\": {\"ex:lot\": {\"a/b\": \"v\"}}", "/ilmd/ex:lot/a~1b");
    cases.put("\"ilmd\": {\"a/b\": \"v\"}", "/ilmd/a~1b");
    cases.put("\"readPoint\": {" + loc + ", \"a/b\": \"v\"}", "/readPoint/a~1b");
    cases.put("\"bizLocation\": {" + loc + ", \"ex:r\": {\"a/b\": \"v\"}}", "/bizLocation/ex:r/a~1b");
    cases.put("\"errorDeclaration\": {\"declarationTime\": \"2024-01-01T00:00:00Z\", \"a/b\": \"v\"}",
        "/errorDeclaration/a~1b");
    cases.put("\"sensorElementList\": [{\"sensorReport\": [{\"type\": \"Temperature\"}], \"a/b\": \"v\"}]",
        "/sensorElementList/0/a~1b");
    cases.put("\"sensorElementList\": [{\"sensorMetadata\": {\"a/b\": \"v\"}}]",
        "/sensorElementList/0/sensorMetadata/a~1b");
    cases.put("\"sensorElementList\": [{\"sensorReport\": [{\"type\": \"Temperature\", \"a/b\": \"v\"}]}]",
        "/sensorElementList/0/sensorReport/0/a~1b");
    for (java.util.Map.Entry<String, String> c : cases.entrySet()) {
      assertThatThrownBy(() -> read(event + c.getKey() + "}]}}")).as(c.getKey()).isInstanceOf(EpcisException.class)
          .satisfies(e -> {
            Finding f = ((EpcisException) e).finding();
            assertThat(f.ruleId()).isEqualTo("JSON-NAME");
            assertThat(f.location().jsonPointer()).isEqualTo("/epcisBody/eventList/0" + c.getValue());
          });
    }
    // and outside events: document, header and body extensions
    String doc = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", {\"ex\":"
        + " \"https://example.com/ex/\"}], \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\","
        + " \"creationDate\": \"2024-01-01T00:00:00Z\", ";
    java.util.Map<String, String> outside = new java.util.LinkedHashMap<>();
    outside.put("\"@a/b\": \"v\", \"epcisBody\": {\"eventList\": []}}", "/@a~1b");
    outside.put("\"ex:top\": {\"a/b\": 1}, \"epcisBody\": {\"eventList\": []}}", "/ex:top/a~1b");
    outside.put("\"epcisHeader\": {\"ex:h\": [{\"a/b\": 1}]}, \"epcisBody\": {\"eventList\": []}}",
        "/epcisHeader/ex:h/0/a~1b");
    outside.put("\"epcisBody\": {\"eventList\": [], \"ex:b\": {\"ex:c\": {\"a/b\": 1}}}}",
        "/epcisBody/ex:b/ex:c/a~1b");
    for (java.util.Map.Entry<String, String> c : outside.entrySet()) {
      assertThatThrownBy(() -> read(doc + c.getKey())).as(c.getKey()).isInstanceOf(EpcisException.class)
          .satisfies(e -> {
            Finding f = ((EpcisException) e).finding();
            assertThat(f.ruleId()).isEqualTo("JSON-NAME");
            assertThat(f.location().jsonPointer()).isEqualTo(c.getValue());
          });
    }
  }

  /**
   * A fuzz finding (stop 14): an un-namespaced XML schema hint on the document is not written to JSON, but the
   * writer declared the prefix of un-namespaced names for it; read back without it, the second write differed.
   */
  @Test
  void aSchemaHintThatIsNotWrittenDeclaresNothing() {
    String json = "{\"@context\": \"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", \"type\":"
        + " \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"2024-01-01T00:00:00Z\","
        + " \"@noNamespaceSchemaLocation\": \"EPCIS.xsd\", \"@schemaLocation\": \"urn:x EPCIS.xsd\","
        + " \"epcisBody\": {\"eventList\": []}}";
    EpcisDocument d = read(json);
    assertThat(d.otherAttributes()).hasSize(2);
    assertThat(writeStably(d)).doesNotContain("SchemaLocation").doesNotContain("unqualified");
  }

  /**
   * A fuzz finding (stop 15): content after the document's closing brace was ignored, so a header closed one brace
   * too early ended the document there and the body after it was dropped silently. Now refused, whichever way the
   * document is read (body in place, body set aside before a later context, no body, a bare event).
   */
  @Test
  void contentAfterTheDocumentIsRefused() {
    String ctx = "\"@context\": \"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"";
    String head = "\"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"2024-01-01T00:00:00Z\"";
    String body = "\"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\","
        + " \"eventTimeZoneOffset\": \"+00:00\", \"epcList\": [], \"action\": \"OBSERVE\"}]}";
    List<String> documents = List.of("{" + ctx + ", " + head + ", " + body + "}",
        "{" + head + ", " + body + ", " + ctx + "}",
        "{" + ctx + ", " + head + "}",
        "{" + ctx + ", \"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\":"
            + " \"+00:00\", \"action\": \"OBSERVE\"}");
    for (String document : documents) {
      assertThat(read(document + "\n\n").events()).as(document).hasSizeLessThan(2);
      for (String after : List.of(", {\"more\": 1}", " {\"more\": 1}", " x", " }", " 1", " \"s\"")) {
        assertThatThrownBy(() -> read(document + after)).as(document + after).isInstanceOf(EpcisException.class)
            .satisfies(e -> assertThat(((EpcisException) e).finding().ruleId()).isEqualTo("JSON-SYNTAX"));
      }
    }
  }

  /**
   * A fuzz finding (stop 15): a prefix mapped to an IRI below the EPCIS vocabulary that ends in no delimiter. An event
   * with a typed term goes through JSON-LD, whose compaction spells the term's IRI {@code epcis:aaaatyped}, while
   * {@code rail:plain} keeps its spelling: the two came back as names of different namespaces, and the second write
   * differed from the first. A name is now split at the longest such namespace it starts with.
   */
  @Test
  void oneIriIsOneNameHoweverItIsSpelled() {
    String json = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", {\"rail\":"
        + " \"https://ref.gs1.org/epcis/aaaa\", \"rail:typed\": {\"@type\": \"xsd:integer\"}}], \"type\":"
        + " \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"2020-07-03T09:00:00Z\", \"epcisBody\":"
        + " {\"eventList\": [{\"type\": \"ObjectEvent\", \"eventTime\": \"2019-10-04T13:12:00Z\","
        + " \"eventTimeZoneOffset\": \"+01:00\", \"epcList\": [], \"action\": \"OBSERVE\", \"rail:plain\": \"3\","
        + " \"rail:typed\": \"4\", \"epcis:aaaaspelled\": \"5\"}]}}";
    EpcisDocument d = read(json);
    assertThat(d.events().get(0).extensions()).extracting(e -> e.name().namespace())
        .containsOnly("https://ref.gs1.org/epcis/aaaa");
    assertThat(d.events().get(0).extensions()).extracting(e -> e.name().localName())
        .containsExactlyInAnyOrder("plain", "typed", "spelled");
    assertThat(writeStably(d)).contains("\"rail:plain\"", "\"rail:typed\"", "\"rail:spelled\"");
  }

  /**
   * A fuzz finding (stop 16): as above, with a name that XML cannot spell ({@code rail:v@x}, not an NCName after any
   * namespace): {@code epcis:aaaav@x}, as compaction wrote it, was split at {@code epcis:} and {@code rail:v@x} at
   * {@code rail:}. Every spelling of one IRI, however its local part looks, is now one name: checked here on groups
   * of spellings of one IRI, each group against itself and against the other groups.
   */
  @Test
  void oneIriIsOneNameWhateverItsLocalPart() {
    List<List<String>> groups = List.of(
        List.of("rail:v@x", "epcis:aaaav@x", "https://ref.gs1.org/epcis/aaaav@x"),
        List.of("rail:1", "epcis:aaaa1", "https://ref.gs1.org/epcis/aaaa1"),
        List.of("rail:-x", "epcis:aaaa-x", "https://ref.gs1.org/epcis/aaaa-x"),
        List.of("ex:a/b", "sub:b", "http://ex.example/a/b"),
        List.of("ex:a/b@c", "sub:b@c", "http://ex.example/a/b@c"),
        List.of("rail:plain", "epcis:aaaaplain", "https://ref.gs1.org/epcis/aaaaplain"),
        // its own split at the last '/' is no IRI a prefix can be declared for (the absolute spelling is refused)
        List.of("rail:x[y/ab", "epcis:aaaax[y/ab"),
        // below our carrier namespace of un-namespaced names, which is no candidate itself
        List.of("ptu:a:b", "https://pharmatrace.dev/ns/epcis/unqualified/a:b"));
    StringBuilder members = new StringBuilder();
    int i = 0;
    for (List<String> group : groups) {
      for (String key : group) {
        members.append(", \"").append(key).append("\": \"").append(i++).append('"');
      }
    }
    String json = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", {\"rail\":"
        + " \"https://ref.gs1.org/epcis/aaaa\", \"ex\": \"http://ex.example/\", \"sub\": \"http://ex.example/a/\","
        + " \"ptu\": \"https://pharmatrace.dev/ns/epcis/unqualified/\"}],"
        + " \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"2020-07-03T09:00:00Z\","
        + " \"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\", \"eventTime\": \"2019-10-04T13:12:00Z\","
        + " \"eventTimeZoneOffset\": \"+01:00\", \"epcList\": [], \"action\": \"OBSERVE\"" + members + "}]}}";
    List<dev.pharmatrace.epcis.model.QualifiedName> names = read(json).events().get(0).extensions().stream()
        .map(e -> e.name()).toList();
    assertThat(names).hasSize(i);
    int at = 0;
    for (List<String> group : groups) {
      for (int k = 0; k < group.size(); k++) {
        var name = names.get(at + k);
        assertThat(name.namespace() + name.localName()).as(group.get(k)).isEqualTo(expand(group.get(k)));
        assertThat(List.of(name.namespace(), name.localName())).as(group.get(k))
            .isEqualTo(List.of(names.get(at).namespace(), names.get(at).localName()));
      }
      at += group.size();
    }
    assertThat(names.stream().map(n -> n.namespace() + "|" + n.localName()).distinct()).hasSize(groups.size());
    // an NCName rest where there is one: XML can spell these
    assertThat(names.get(3).localName()).isEqualTo("aaaa1");
    assertThat(names.get(9).localName()).isEqualTo("b");
    assertThat(names.get(15).localName()).isEqualTo("plain");
    assertThat(names.get(18).localName()).isEqualTo("x[y/ab");
    assertThat(List.of(names.get(20).namespace(), names.get(20).localName()))
        .containsExactly("https://pharmatrace.dev/ns/epcis/unqualified/a:", "b");
  }

  private static String expand(String key) {
    return key.replaceFirst("^rail:", "https://ref.gs1.org/epcis/aaaa")
        .replaceFirst("^epcis:", "https://ref.gs1.org/epcis/")
        .replaceFirst("^ex:", "http://ex.example/").replaceFirst("^sub:", "http://ex.example/a/")
        .replaceFirst("^ptu:", "https://pharmatrace.dev/ns/epcis/unqualified/");
  }

  /**
   * Found while reproducing a fuzz finding (stop 16): a bare event (the body of an EPCIS 2.0 capture of one event)
   * that needed JSON-LD normalisation was refused with JSONLD-UNDEFINED-TERM for "type": the minimal document it is
   * normalised in did not get the event's own context. It reads now, as the same event in a document does.
   */
  @Test
  void aBareEventThatNeedsNormalisationIsRead() {
    String context = "\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", {\"ex\":"
        + " \"https://example.com/ex/\"}]";
    String event = "\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\":"
        + " \"+00:00\", \"epcList\": [\"urn:epc:id:sgtin:0614141.107346.1\"], \"action\": \"OBSERVE\","
        + " \"https://example.com/abs/shift\": \"1\", \"ex:typed\": {\"@value\": \"2\", \"@type\": \"ex:t\"}";
    EpcisDocument bare = read("{" + context + ", " + event + "}");
    EpcisDocument inDocument = read("{" + context + ", \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\","
        + " \"creationDate\": \"2024-01-01T00:00:00Z\", \"epcisBody\": {\"eventList\": [{" + event + "}]}}");
    assertThat(bare.events()).hasSize(1).isEqualTo(inDocument.events());
    assertThat(bare.events().get(0).extensions()).extracting(e -> e.name().expandedIri())
        .containsExactlyInAnyOrder("https://example.com/abs/shift", "https://example.com/ex/typed");
  }

  /**
   * A fuzz finding (stop 14): a context term mapped to a relative IRI is no prefix JSON-LD expands through; read as
   * one, it was written back as a prefix definition that JSON-LD processing refused ({@code JSONLD-UNDEFINED-TERM}
   * on the second read). Names using it are now read as absolute IRIs of their own scheme, as JSON-LD reads them.
   */
  @Test
  void aContextTermMappedToARelativeIriIsNoPrefix() {
    String json = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", {\"ex\":"
        + " \"relative-namespace\", \"ok\": \"urn:ok:\"}], \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\","
        + " \"creationDate\": \"2024-03-01T09:00:00Z\", \"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\","
        + " \"eventTime\": \"2024-03-01T08:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\", \"action\": \"OBSERVE\","
        + " \"epcList\": [\"urn:epc:id:sgtin:0361234.056789.1\"], \"ex:see://x\": \"1\", \"ex:shift\": {\"ex:line\":"
        + " \"2\"}, \"ok:a\": \"3\"}]}}";
    EpcisDocument d = read(json);
    assertThat(d.namespaces()).doesNotContainKey("ex").containsEntry("ok", "urn:ok:");
    assertThat(d.events().get(0).extensions()).extracting(x -> x.name().namespace())
        .contains("ex:", "urn:ok:").doesNotContain("relative-namespace");
    assertThat(read(writeStably(d)).events()).isEqualTo(d.events());
  }

  /** A fuzz finding (stop 13): a blank or non-string schemaVersion is a finding, not the model's exception. */
  @Test
  void aBlankOrNonStringSchemaVersionIsRefused() {
    for (String version : java.util.List.of("\"\"", "\"  \"", "2.0", "{}", "null")) {
      String document = "{\"@context\": \"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
          + " \"type\": \"EPCISDocument\", \"schemaVersion\": " + version + ", \"creationDate\":"
          + " \"2024-01-01T00:00:00Z\", \"epcisBody\": {\"eventList\": []}}";
      String bare = "{\"type\": \"ObjectEvent\", \"schemaVersion\": " + version + ", \"eventTime\":"
          + " \"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\", \"action\": \"OBSERVE\"}";
      for (String json : java.util.List.of(document, bare)) {
        assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(EpcisException.class).satisfies(e -> {
          Finding f = ((EpcisException) e).finding();
          assertThat(f.ruleId()).isEqualTo("JSON-TYPE");
          assertThat(f.location().jsonPointer()).isEqualTo("/schemaVersion");
          assertThat(f.message()).contains("schemaVersion");
        });
      }
    }
  }

  /**
   * The writer streams through a bare generator; its layout is what Jackson's {@code ObjectMapper} writes for the
   * same tree (indented with {@code INDENT_OUTPUT}, or compact): the oracle is Jackson's own serialisation.
   */
  @Test
  void theWrittenLayoutIsJacksonsOwnIndentedOrCompactForm() {
    tools.jackson.databind.json.JsonMapper oracle = tools.jackson.databind.json.JsonMapper.builder()
        .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    EpcisDocument document = EpcisDocument.builder().creationDate(Fixtures.EVENT_TIME)
        .addEvents(Fixtures.allFullEvents()).build();
    for (EpcisDocument d : List.of(document, dscsa())) {
      String pretty = write(d);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      EpcisJsonWriter.builder().pretty(false).build().write(d, out);
      String compact = out.toString(StandardCharsets.UTF_8);
      tools.jackson.databind.JsonNode tree = oracle.readTree(pretty);
      assertThat(pretty).contains("\n  \"type\" : ").isEqualTo(oracle.writerWithDefaultPrettyPrinter()
          .writeValueAsString(tree));
      assertThat(compact).doesNotContain("\n").isEqualTo(oracle.writeValueAsString(tree));
    }
  }

  @Test
  void bareEventsAndEventContextsAreRead() {
    String bare = """
        {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"ex": "urn:ex:"}],
         "eventTime": "2024-01-01T00:00:00+01:00", "type": "ObjectEvent", "eventTimeZoneOffset": "+01:00",
         "action": "OBSERVE", "epcList": ["urn:epc:id:sgtin:0614141.107346.2017"],
         "ex:temp": 4.5, "ex:ok": true, "ex:count": 3, "ex:when": {"@value": "2024-01-01", "@type": "xsd:date"}}""";
    try (JsonEventStream s = EpcisJsonReader.create().open(
        new ByteArrayInputStream(bare.getBytes(StandardCharsets.UTF_8)), "bare.json")) {
      assertThat(s.isBareEvent()).isTrue();
      ObjectEvent e = (ObjectEvent) s.next();
      assertThat(s.hasNext()).isFalse();
      assertThat(e.extensions()).extracting(Extension::datatype).containsExactly(Extension.XSD_DOUBLE,
          Extension.XSD_BOOLEAN, Extension.XSD_INTEGER, Extension.XSD_DATE);
      assertThat(e.extensions()).extracting(x -> x.name().namespace()).containsOnly("urn:ex:");
      // typed values come back typed
      String json = write(EpcisDocument.builder().creationDate(Fixtures.EVENT_TIME).addEvent(e).build());
      assertThat(json).contains("\"ex:temp\" : 4.5").contains("\"ex:ok\" : true").contains("\"ex:count\" : 3")
          .contains("\"@type\" : \"xsd:date\"");
      assertThat(read(json).events()).containsExactly(e);
    }
    String withEventContext = """
        {"@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", "type": "EPCISDocument",
         "schemaVersion": "2.0", "creationDate": "2024-01-01T00:00:00Z", "epcisBody": {"eventList": [
           {"@context": {"local": "urn:local:"}, "type": "ObjectEvent", "eventTime": "2024-01-01T00:00:00Z",
            "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "local:note": "x"}]}}""";
    ObjectEvent e = (ObjectEvent) read(withEventContext).events().get(0);
    assertThat(e.extensions().get(0).name()).isEqualTo(QualifiedName.of("urn:local:", "note"));
  }

  @Test
  void aHeaderAfterTheBodyIsReadBeforeTheEvents() {
    String json = """
        {"type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2024-01-01T00:00:00Z",
         "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"ex": "urn:ex:"}],
         "epcisBody": {"eventList": []},
         "epcisHeader": {"ex:note": "late"}}""";
    try (JsonEventStream s = EpcisJsonReader.create().open(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "late.json")) {
      assertThat(s.document().header().extensions()).hasSize(1);
      assertThat(s.hasNext()).isFalse();
      assertThat(s.warnings()).isEmpty();
    }
  }
}
