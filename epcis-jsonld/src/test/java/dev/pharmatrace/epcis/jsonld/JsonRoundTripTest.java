package dev.pharmatrace.epcis.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.Fixtures;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class JsonRoundTripTest {

  static byte[] json(EpcisDocument d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpcisJsonWriter.create().write(d, out);
    return out.toByteArray();
  }

  static EpcisDocument readJson(byte[] bytes) {
    return EpcisJsonReader.create().read(new ByteArrayInputStream(bytes), "test.jsonld");
  }

  static byte[] xml(EpcisDocument d, XmlVersion v) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpcisXmlWriter.builder().version(v).build().write(d, out);
    return out.toByteArray();
  }

  /** What a conversion may change: the schema version, the prefixes chosen, XML schema hints. */
  static EpcisDocument comparable(EpcisDocument d) {
    // JSON has no master-data document: its master data travels in the header of an EPCISDocument
    boolean md = d.type() == dev.pharmatrace.epcis.model.DocumentType.EPCIS_MASTER_DATA_DOCUMENT;
    dev.pharmatrace.epcis.model.EpcisHeader header = md
        ? dev.pharmatrace.epcis.model.EpcisHeader.of(null, d.masterData()) : d.header();
    return new EpcisDocument(md ? dev.pharmatrace.epcis.model.DocumentType.EPCIS_DOCUMENT : d.type(), "any",
        null, d.documentId(), Map.of(), List.of(), header,
        d.queryResults(), d.events(), md ? null : d.masterData(), d.bodyExtensions(), d.extensions(),
        d.otherAttributes().stream().filter(a -> !a.name().localName().equals("schemaLocation")).toList());
  }

  /**
   * JSON Schema findings on our output, without those that come from source content the EPCIS JSON Schema cannot
   * accept although the XML schema does (so no faithful conversion could pass): persistentDisposition on an
   * Aggregation/Transaction/AssociationEvent (allowed by the ratified 2.0.1 schema, not by the master schema the
   * corpus carries), a sensorReport without type or with a measurement type newer than the master schema's list (written as its Web URI, the IRI JSON-LD
   * expands it to, which that schema's pattern refuses), the same EPC twice in a
   * list, an identifier that is not a URI, and a query document without query results (a query request).
   */
  static List<String> schemaFindings(byte[] jsonld) {
    return EpcisJsonSchemaValidator.create().validate(new ByteArrayInputStream(jsonld), "out.jsonld").stream()
        .map(Object::toString)
        .filter(f -> !f.contains("\"persistentDisposition\" is not defined for an")
            && !f.contains("missing required member \"type\" in a sensor report")
            && !f.contains("JSON-SCHEMA-UNIQUE-ITEMS")
            && !(f.contains("sensorReport") && f.contains("is written as a GS1 Web vocabulary URI"))
            && !f.contains("is not a valid URI")
            && !f.contains("with \"queryResults\""))
        .toList();
  }

  /** The creation date is compared separately: a writer fills in a missing one. */
  static void assertSameCreationDate(EpcisDocument expected, EpcisDocument actual) {
    if (expected.creationDate() != null) {
      assertThat(actual.creationDate()).isEqualTo(expected.creationDate());
    }
  }

  @Test
  void everyFieldOfEveryEventTypeSurvivesJsonLd() {
    EpcisDocument doc = EpcisDocument.builder().creationDate(OffsetDateTime.parse("2024-03-01T10:00:00Z"))
        .namespace("ex", Fixtures.EX).addEvents(Fixtures.allFullEvents()).build();
    byte[] bytes = json(doc);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("\"bizStep\" : \"shipping\"").contains("\"ex:shipmentInfo\"")
        .contains("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
    EpcisDocument back = readJson(bytes);
    for (int i = 0; i < doc.events().size(); i++) {
      assertThat(back.events().get(i)).as("event %d", i).isEqualTo(doc.events().get(i));
    }
    assertThat(back).isEqualTo(doc);
  }

  @TestFactory
  Stream<DynamicTest> validXmlConvertsToJsonLdAndBack() throws IOException {
    Optional<Path> corpus = JsonCorpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), JsonCorpus.ABSENT);
    Path c = corpus.get();
    EpcisSchemaValidator validator = EpcisSchemaValidator.create();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path f : JsonCorpus.files(c, ".xml")) {
      tests.add(DynamicTest.dynamicTest(c.relativize(f).toString(), () -> {
        Assumptions.assumeTrue(validator.validate(f).isEmpty(), "not a valid EPCIS document");
        String head = Files.readString(f);
        Assumptions.assumeFalse(head.contains("EPCISCaptureJob") || head.contains("EPCISException"),
            "a capture job or exception resource, not an EPCIS document");
        EpcisDocument original = EpcisXmlReader.create().read(f);
        byte[] jsonld = json(original);
        // our output must pass our JSON Schema (whose verdict equals the official one's on the corpus)
        assertThat(schemaFindings(jsonld)).as("JSON Schema findings on our JSON-LD output").isEmpty();
        EpcisDocument viaJson = readJson(jsonld);
        assertThat(comparable(viaJson)).isEqualTo(comparable(original));
        assertSameCreationDate(original, viaJson);
        // a master-data document becomes an EPCISDocument with header master data in JSON (which has no
        // master-data document); that has no 1.2 XML form without an SBDH
        Assumptions.assumeFalse(original.type() == dev.pharmatrace.epcis.model.DocumentType.EPCIS_MASTER_DATA_DOCUMENT
            && original.schemaVersion().startsWith("1"), "1.2 master-data document: no way back to 1.2 XML");
        XmlVersion own = original.schemaVersion().startsWith("1") ? XmlVersion.V1_2 : XmlVersion.V2_0;
        byte[] back = xml(viaJson, own);
        assertThat(validator.validate(new ByteArrayInputStream(back), "back.xml")).isEmpty();
        assertThat(comparable(EpcisXmlReader.create().read(new ByteArrayInputStream(back), "back.xml")))
            .isEqualTo(comparable(original));
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> jsonLdDocumentsConvertToXmlAndBack() throws IOException {
    Optional<Path> corpus = JsonCorpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), JsonCorpus.ABSENT);
    Path c = corpus.get();
    EpcisSchemaValidator validator = EpcisSchemaValidator.create();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path f : JsonCorpus.files(c, ".json", ".jsonld")) {
      tests.add(DynamicTest.dynamicTest(c.relativize(f).toString(), () -> {
        String text = Files.readString(f);
        Assumptions.assumeTrue(text.contains("\"EPCISDocument\"") || text.contains("\"EPCISQueryDocument\"")
            || text.contains("Event\""), "not an EPCIS document or event");
        Assumptions.assumeFalse(f.toString().contains("/Invalid/"), "intentionally invalid");
        EpcisDocument original;
        try {
          original = EpcisJsonReader.create().read(f);
        } catch (EpcisException e) {
          Assumptions.abort("not readable as EPCIS JSON-LD: " + e.getMessage());
          return;
        }
        Assumptions.assumeFalse(original.events().isEmpty() && original.header() == null, "no content");
        byte[] back = json(original);
        if (EpcisJsonSchemaValidator.create().validate(f).isEmpty()) {
          assertThat(schemaFindings(back)).as("JSON Schema findings on our JSON-LD output").isEmpty();
        }
        assertThat(comparable(readJson(back))).isEqualTo(comparable(original));
        byte[] x = xml(original, XmlVersion.V2_0);
        assertThat(validator.validate(new ByteArrayInputStream(x), "x.xml")).isEmpty();
        EpcisDocument viaXml = EpcisXmlReader.create().read(new ByteArrayInputStream(x), "x.xml");
        assertThat(comparable(viaXml).events()).isEqualTo(comparable(original).events());
        assertThat(comparable(readJson(json(viaXml)))).isEqualTo(comparable(viaXml));
      }));
    }
    return tests.stream();
  }
}
