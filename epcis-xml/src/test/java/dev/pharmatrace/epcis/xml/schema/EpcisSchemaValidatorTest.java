package dev.pharmatrace.epcis.xml.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.Severity;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.XmlLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests on the project's own fixtures (no corpus needed). */
class EpcisSchemaValidatorTest {
  private static final EpcisSchemaValidator VALIDATOR = EpcisSchemaValidator.create();

  private static final String DOC_2_0 = "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" "
      + "schemaVersion=\"2.0\" creationDate=\"2024-03-01T09:30:00Z\">\n";
  private static final String DOC_1_2 = "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:1\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:acme=\"https://acme.example/epcis\" "
      + "schemaVersion=\"1.2\" creationDate=\"2024-03-01T09:30:00Z\">\n";

  // ------------------------------------------------------------------ valid documents

  @ParameterizedTest
  @ValueSource(strings = {"valid-2.0-document.xml", "valid-1.2-dscsa.xml", "valid-2.0-query.xml",
      "valid-2.0-masterdata.xml", "bare-object-event.xml"})
  void validFixturesHaveNoFinding(String fixture) {
    assertThat(VALIDATOR.validate(fixture(fixture))).isEmpty();
  }

  @Test
  void aNilQuantityIsValidIn12AsTheGs1ModifiedSchemaAllowsIt() {
    String xml = DOC_1_2 + """
        <EPCISBody><EventList><ObjectEvent>
          <eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
          <epcList/><action>OBSERVE</action>
          <extension><quantityList><quantityElement>
            <epcClass>urn:epc:class:lgtin:0614141.107346.LOT42</epcClass><quantity xsi:nil="true"/>
          </quantityElement></quantityList></extension>
        </ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>""";
    assertThat(validate(xml)).isEmpty();
  }

  @Test
  void timesWithoutZoneAreValidIn12() {
    String xml = DOC_1_2 + """
        <EPCISBody><EventList><ObjectEvent>
          <eventTime>2024-03-01T08:00:00</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
          <epcList/><action>OBSERVE</action>
        </ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>""";
    assertThat(validate(xml)).isEmpty();
  }

  @Test
  void schemaVersion10And11DocumentsUseThe12Schema() {
    for (String version : List.of("1.0", "1.1")) {
      String xml = DOC_1_2.replace("schemaVersion=\"1.2\"", "schemaVersion=\"" + version + "\"") + """
          <EPCISBody><EventList><QuantityEvent>
            <eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
            <epcClass>urn:epc:idpat:sgtin:0614141.107346.*</epcClass><quantity>12</quantity>
          </QuantityEvent></EventList></EPCISBody></epcis:EPCISDocument>""";
      assertThat(validate(xml)).as(version).isEmpty();
    }
  }

  @Test
  void aForeignElementInA12EventListOrAnAttributeOnItIsValid() {
    String foreign = DOC_1_2 + """
        <EPCISBody><EventList><acme:note>shipment 42</acme:note></EventList></EPCISBody></epcis:EPCISDocument>""";
    String attribute = DOC_1_2 + """
        <EPCISBody><EventList acme:batch="7"/></EPCISBody></epcis:EPCISDocument>""";
    assertThat(validate(foreign)).isEmpty();
    assertThat(validate(attribute)).isEmpty();
  }

  @Test
  void a12DocumentNeitherOfficialSchemaAcceptsIsInvalid() {
    // the original 1.2 XSD rejects the nil quantity, the GS1-modified one the foreign element in the EventList
    String xml = DOC_1_2 + """
        <EPCISBody><EventList>
          <acme:note>shipment 42</acme:note>
          <ObjectEvent>
            <eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
            <epcList/><action>OBSERVE</action>
            <extension><quantityList><quantityElement>
              <epcClass>urn:epc:class:lgtin:0614141.107346.LOT42</epcClass>
              <quantity xsi:nil="true"/>
            </quantityElement></quantityList></extension>
          </ObjectEvent>
        </EventList></EPCISBody></epcis:EPCISDocument>""";
    List<Finding> findings = validate(xml);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("XSD");
      assertThat(f.message()).contains("neither official EPCIS 1.2 schema", "acme:note", "xsi:nil");
      assertThat(f.location().line()).isEqualTo(9);
    });
  }

  @Test
  void anInternalDoctypeWithoutEntitiesIsIgnored() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE project>\n" + DOC_2_0
        + "<EPCISBody/></epcis:EPCISDocument>";
    assertThat(validate(xml)).isEmpty();
  }

  @Test
  void captureJobAndProblemResourcesValidate() {
    String job = """
        <epcis:EPCISCaptureJob xmlns:epcis="urn:epcglobal:epcis:xsd:2" captureID="c1" running="false" success="true">
          <captureErrorBehaviour>rollback</captureErrorBehaviour>
          <createdAt>2024-03-01T09:30:00Z</createdAt>
        </epcis:EPCISCaptureJob>""";
    assertThat(validate(job)).isEmpty();
    assertThat(validate(job.replace("rollback", "retry"))).extracting(Finding::ruleId)
        .contains("XSD-cvc-enumeration-valid");
  }

  // ------------------------------------------------------------------ schema errors: rule id and position

  @Test
  void wrongElementOrder() {
    List<Finding> findings = VALIDATOR.validate(fixture("invalid-2.0-wrong-order.xml"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("XSD-cvc-complex-type.2.4.a");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("Unexpected element 'action'. Expected: eventTime.");
      assertThat(f.location().file()).endsWith("invalid-2.0-wrong-order.xml");
      assertThat(f.location().line()).isEqualTo(6);
      assertThat(f.location().column()).isEqualTo(17);
    });
  }

  @Test
  void badActionValue() {
    List<Finding> findings = validate(event2("<epcList/><action>CREATE</action>"));
    assertThat(findings).extracting(Finding::ruleId)
        .containsExactly("XSD-cvc-enumeration-valid", "XSD-cvc-type.3.1.3");
    assertThat(findings.get(0).message())
        .isEqualTo("Value 'CREATE' is not allowed; expected one of: ADD, OBSERVE, DELETE.");
    assertThat(findings.get(0).location().line()).isEqualTo(4);
    assertThat(findings.get(0).location().column()).isEqualTo(34);
  }

  @Test
  void missingEventTime() {
    String xml = DOC_2_0 + """
        <EPCISBody><EventList><ObjectEvent>
        <eventTimeZoneOffset>+01:00</eventTimeZoneOffset>
        <action>ADD</action>
        </ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>""";
    assertThat(validate(xml)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("XSD-cvc-complex-type.2.4.a");
      assertThat(f.message()).isEqualTo("Unexpected element 'eventTimeZoneOffset'. Expected: eventTime.");
      assertThat(f.location().line()).isEqualTo(3);
      assertThat(f.location().column()).isEqualTo(22);
    });
  }

  @Test
  void timestampWithoutZoneIsInvalidIn20() {
    String xml = DOC_2_0 + """
        <EPCISBody><EventList><ObjectEvent>
        <eventTime>2024-03-01T08:00:00</eventTime>
        <eventTimeZoneOffset>+01:00</eventTimeZoneOffset>
        <action>ADD</action>
        </ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>""";
    List<Finding> findings = validate(xml);
    assertThat(findings).extracting(Finding::ruleId).containsExactly("XSD-cvc-pattern-valid", "XSD-cvc-type.3.1.3");
    assertThat(findings.get(0).message()).startsWith("Value '2024-03-01T08:00:00' is not an EPCIS 2.0 timestamp")
        .contains("time zone");
    assertThat(findings.get(0).location().line()).isEqualTo(3);
    assertThat(findings.get(0).location().column()).isEqualTo(43);
  }

  @Test
  void aPrefixedEventElementIsRejected() {
    String xml = DOC_2_0 + """
        <EPCISBody><EventList>
          <epcis:ObjectEvent>
            <eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
            <action>ADD</action>
          </epcis:ObjectEvent>
        </EventList></EPCISBody></epcis:EPCISDocument>""";
    assertThat(validate(xml)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("XSD-cvc-complex-type.2.4.a");
      assertThat(f.message()).startsWith("Unexpected element '{urn:epcglobal:epcis:xsd:2}ObjectEvent'.")
          .contains("Hint: elements inside an EPCIS document are unqualified");
      assertThat(f.location().line()).isEqualTo(3);
      assertThat(f.location().column()).isEqualTo(22);
    });
  }

  @Test
  void aNilQuantityWithContentIsInvalidEvenIn12() {
    String xml = DOC_1_2 + """
        <EPCISBody><EventList><ObjectEvent>
          <eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
          <epcList/><action>OBSERVE</action>
          <extension><quantityList><quantityElement>
            <epcClass>urn:epc:class:lgtin:0614141.107346.LOT42</epcClass><quantity xsi:nil="true">5</quantity>
          </quantityElement></quantityList></extension>
        </ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>""";
    assertThat(validate(xml)).extracting(Finding::ruleId).containsExactly("XSD-cvc-elt.3.2.1");
  }

  @Test
  void everyErrorIsReportedNotJustTheFirst() {
    String xml = DOC_2_0 + """
        <EPCISBody><EventList>
        <ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
          <action>CREATE</action></ObjectEvent>
        <ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
          <action>ADD</action><bizStep>urn:x</bizStep><bizStep>urn:y</bizStep></ObjectEvent>
        </EventList></EPCISBody></epcis:EPCISDocument>""";
    assertThat(validate(xml)).extracting(f -> f.ruleId() + "@" + f.location().line()).containsExactly(
        "XSD-cvc-enumeration-valid@4", "XSD-cvc-type.3.1.3@4", "XSD-cvc-complex-type.2.4.a@6");
  }

  @Test
  void findingsAreCappedWithAFinalNote() {
    StringBuilder xml = new StringBuilder(DOC_2_0).append("<EPCISBody><EventList>\n");
    for (int i = 0; i < 600; i++) {
      xml.append("<ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime>")
          .append("<eventTimeZoneOffset>+00:00</eventTimeZoneOffset><action>NONE</action></ObjectEvent>\n");
    }
    xml.append("</EventList></EPCISBody></epcis:EPCISDocument>");
    List<Finding> findings = validate(xml.toString());
    assertThat(findings).hasSize(EpcisSchemaValidator.MAX_FINDINGS + 1);
    Finding last = findings.get(findings.size() - 1);
    assertThat(last.ruleId()).isEqualTo("XSD");
    assertThat(last.message()).startsWith("200 more schema errors were omitted");
    assertThat(last.location().line()).isEqualTo(503);
  }

  // ------------------------------------------------------------------ roots

  @Test
  void aBareEventIsValidatedInASyntheticDocumentWithPositionsInTheOriginal() {
    List<Finding> findings = VALIDATOR.validate(fixture("bare-object-event-invalid.xml"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("XSD-cvc-complex-type.2.4.a");
      assertThat(f.message()).isEqualTo("Unexpected element 'bizStep'. Expected: action.");
      assertThat(f.location().line()).isEqualTo(8);
      assertThat(f.location().column()).isEqualTo(12);
    });
  }

  @Test
  void aNamespaceQualifiedBareEventIsInvalid() {
    String xml = """
        <epcis:ObjectEvent xmlns:epcis="urn:epcglobal:epcis:xsd:2">
          <eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
          <action>ADD</action>
        </epcis:ObjectEvent>""";
    assertThat(validate(xml)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("XSD-cvc-complex-type.2.4.a");
      assertThat(f.message()).contains("unqualified");
      assertThat(f.location().line()).isEqualTo(1);
    });
  }

  @Test
  void anUnknownRootIsReportedWithWhatWasExpected() {
    assertThat(validate("<html><body/></html>")).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("XML-ROOT");
      assertThat(f.message()).contains("<html> (no namespace)", "EPCISDocument", "urn:epcglobal:epcis:xsd:2",
          "bare EPCIS 2.0 event");
      assertThat(f.location().line()).isEqualTo(1);
    });
    assertThat(validate("<EPCISDocument schemaVersion=\"2.0\"/>")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("has no namespace"));
    assertThat(validate("<e:ObjectEvent xmlns:e=\"urn:epcglobal:epcis:xsd:1\"/>")).singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("XML-ROOT"));
    assertThat(validate("<e:EPCISDocument xmlns:e=\"urn:epcglobal:epcis:xsd:3\"/>")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("not an EPCIS namespace"));
  }

  // ------------------------------------------------------------------ hostile and broken input

  @Test
  void anInternalEntityIsNeitherDeclaredNorExpanded() {
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE epcis:EPCISDocument [ <!ENTITY who "EXPANDED-ENTITY-VALUE"> ]>
        """ + DOC_2_0 + "<EPCISBody><EventList><ObjectEvent><eventTime>&who;</eventTime>"
        + "</ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>";
    assertThat(validate(xml)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("XML-ENTITY");
      assertThat(f.message()).contains("who").doesNotContain("EXPANDED-ENTITY-VALUE");
      assertThat(f.location().line()).isEqualTo(4);
    });
  }

  @Test
  void anExternalEntityIsNeverRead(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    for (String target : List.of("file:///etc/passwd", secret.toUri().toString())) {
      String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [ <!ENTITY xxe SYSTEM \"" + target + "\"> ]>\n" + DOC_2_0
          + "<EPCISBody><EventList><ObjectEvent><eventTime>&xxe;</eventTime>"
          + "</ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>";
      List<Finding> findings = validate(xml);
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("XML-ENTITY");
        assertThat(f.message()).contains("xxe").doesNotContain("root:", "TOP-SECRET-CONTENT");
      });
    }
  }

  @Test
  void nothingIsFetchedFromTheNetwork() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger requests = new AtomicInteger();
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "<!ENTITY x 'fetched'>".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE d SYSTEM \"" + base + "/doc.dtd\">\n"
          + DOC_2_0.replace(">\n", " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
              + "xsi:schemaLocation=\"urn:epcglobal:epcis:xsd:2 " + base + "/epcis.xsd\" "
              + "xmlns:acme=\"urn:acme\">\n")
          + "<EPCISBody/><acme:x xsi:schemaLocation=\"urn:acme " + base + "/acme.xsd\"/></epcis:EPCISDocument>";
      assertThat(validate(xml)).isEmpty();
      String entity = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [ <!ENTITY e SYSTEM \"" + base + "/e.txt\"> ]>\n"
          + DOC_2_0 + "<EPCISBody/><x xmlns=\"urn:x\">&e;</x></epcis:EPCISDocument>";
      assertThat(validate(entity)).extracting(Finding::ruleId).containsExactly("XML-ENTITY");
      assertThat(requests.get()).isZero();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void deepNestingHitsTheDepthLimit() {
    StringBuilder xml = new StringBuilder(DOC_2_0).append("<EPCISBody><EventList><extension>");
    for (int i = 0; i < 200; i++) {
      xml.append("<x:n xmlns:x=\"urn:x\">");
    }
    List<Finding> findings = validate(xml.toString());
    assertThat(findings).last().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("XML-LIMIT-DEPTH");
      assertThat(f.message()).contains("100");
    });
    List<Finding> lowered = EpcisSchemaValidator.create(XmlLimits.DEFAULTS.withMaxDepth(3))
        .validate(fixture("valid-2.0-query.xml"));
    assertThat(lowered).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("XML-LIMIT-DEPTH");
      assertThat(f.location().line()).isEqualTo(6); // <queryName>, the fourth level
      assertThat(f.location().column()).isEqualTo(7);
    });
  }

  @Test
  void notWellFormed() {
    String xml = DOC_2_0 + "<EPCISBody>\n<EventList></EPCISBody></epcis:EPCISDocument>";
    assertThat(validate(xml)).last().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("XML-WELL-FORMED");
      assertThat(f.location().line()).isEqualTo(3);
    });
    assertThat(validate("")).extracting(Finding::ruleId).containsExactly("XML-WELL-FORMED");
  }

  @Test
  void unreadableFileGivesAnIoFinding(@TempDir Path dir) {
    Path missing = dir.resolve("missing.xml");
    assertThat(VALIDATOR.validate(missing)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("IO");
      assertThat(f.message()).contains("missing.xml");
      assertThat(f.location().file()).isEqualTo(missing.toString());
    });
    assertThat(VALIDATOR.validate(dir)).extracting(Finding::ruleId).containsExactly("IO");
  }

  @Test
  void aStreamFailingMidwayGivesAnIoFinding() {
    InputStream failing = new SequenceInputStream(
        new ByteArrayInputStream((DOC_2_0 + "<EPCISBody>").getBytes(StandardCharsets.UTF_8)), new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        });
    assertThat(VALIDATOR.validate(failing, "stream")).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("IO");
      assertThat(f.message()).contains("connection reset");
    });
  }

  // ------------------------------------------------------------------ API properties

  @Test
  void oneValidatorServesManyThreads() {
    List<String> fixtures = List.of("valid-2.0-document.xml", "valid-1.2-dscsa.xml", "invalid-2.0-wrong-order.xml",
        "bare-object-event-invalid.xml");
    List<List<Finding>> expected = fixtures.stream().map(f -> VALIDATOR.validate(fixture(f))).toList();
    IntStream.range(0, 32).parallel().forEach(i -> {
      int k = i % fixtures.size();
      assertThat(VALIDATOR.validate(fixture(fixtures.get(k)))).isEqualTo(expected.get(k));
    });
  }

  @Test
  void theBundledSchemasLoadInAPlainSchemaFactoryThroughRelativeImports() throws Exception {
    for (String entry : List.of("epcis-2.0.xsd", "epcis-query-2.0.xsd", "epcis-masterdata-2.0.xsd",
        "epcis-1.2.xsd", "epcis-query-1.2.xsd", "epcis-masterdata-1.2.xsd")) {
      URL url = EpcisSchemaValidator.class.getResource("schema/" + entry);
      assertThat(url).as(entry).isNotNull();
      SchemaFactory f = SchemaFactory.newDefaultInstance();
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      assertThat(f.newSchema(url)).as(entry).isNotNull();
    }
  }

  @Test
  void theBundledSchemasAreOurOwnText() throws IOException {
    for (String file : List.of("epcglobal.xsd", "sbdh.xsd", "epcis-2.0.xsd", "epcis-query-2.0.xsd",
        "epcis-masterdata-2.0.xsd", "epcis-1.2.xsd", "epcis-query-1.2.xsd", "epcis-masterdata-1.2.xsd")) {
      try (InputStream in = EpcisSchemaValidator.class.getResourceAsStream("schema/" + file)) {
        assertThat(in).as(file).isNotNull();
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).as(file).startsWith("<?xml").contains("PharmaTrace EPCIS")
            .doesNotContain("Copyright (C)", "All Rights Reserved", "schemaLocation=\"http");
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static String event2(String fields) {
    return DOC_2_0 + "<EPCISBody><EventList>\n<ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime>"
        + "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset>\n"
        + fields + "\n</ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>";
  }

  private static List<Finding> validate(String xml) {
    return VALIDATOR.validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
  }

  static Path fixture(String name) {
    try {
      return Path.of(EpcisSchemaValidatorTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
