package dev.pharmatrace.epcis.xml.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.ConformanceCorpus;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.xml.XmlLimits;
import dev.pharmatrace.epcis.xml.internal.SecureStax;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The schema pass skips bare {@code <epc>} elements of EPC lists instead of handing them to the validator; this test
 * holds it to giving exactly the findings (rule, message, line, column) of the path that hands over everything: on
 * documents built around every way an {@code epc} can stand out (attributes, children, namespaces, places where an
 * EPC list is not expected, xsi attributes on the list), on this module's fixtures and on the conformance corpus.
 */
class BareEpcSkippingTest {
  private static final XmlLimits LIMITS = XmlLimits.DEFAULTS;
  private static final XMLInputFactory FACTORY = SecureStax.inputFactory(LIMITS);
  private static final String V2 = "urn:epcglobal:epcis:xsd:2";
  private static final String V1 = "urn:epcglobal:epcis:xsd:1";
  private static final String EPC = "urn:epc:id:sgtin:0614141.107346.2017";

  /** What goes into an ObjectEvent's epcList (2.0) in the built documents. */
  private static final List<String> LIST_CONTENT = List.of(
      "<epc>" + EPC + "</epc><epc>urn:epc:id:sgtin:0614141.107346.2018</epc>",
      "",
      "<epc/>",
      "<epc></epc><epc>  </epc>",
      "<epc>not a URI at all \u00e9 %%</epc>",
      "<epc><![CDATA[" + EPC + "]]></epc>",
      "<epc>urn:epc:<!-- a comment -->id:sgtin:0614141.107346.1<?pi data?></epc>",
      "<epc id=\"1\">" + EPC + "</epc>",
      "<epc xmlns:x=\"https://ext.example/ns\" x:a=\"1\">" + EPC + "</epc>",
      "<epc xmlns:x=\"https://ext.example/ns\">" + EPC + "</epc>",
      "<epc xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>",
      "<epc xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"xs:int\" "
          + "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">12</epc>",
      "<epc>" + EPC + "<child/></epc>",
      "<epc>" + EPC + "<child>x</child>tail</epc><epc>" + EPC + "</epc>",
      "<epc><epc>" + EPC + "</epc></epc>",
      "<e:epc xmlns:e=\"" + V2 + "\">" + EPC + "</e:epc>",
      "<x:epc xmlns:x=\"https://ext.example/ns\">" + EPC + "</x:epc>",
      "<epc>" + EPC + "</epc><other>1</other><epc>" + EPC + "</epc>",
      "<epc>" + EPC + "</epc>text between<epc>" + EPC + "</epc>",
      "<other/><epc>" + EPC + "</epc>",
      "<epc>" + EPC + "</epc><quantityElement><epcClass>x</epcClass></quantityElement>");

  /** Where EPC elements may turn up, valid or not: {@code %s} is replaced by the list content above. */
  private static final List<String> EVENTS = List.of(
      "<ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
          + "<epcList>%s</epcList><action>ADD</action></ObjectEvent>",
      "<AggregationEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
          + "<parentID>urn:epc:id:sscc:0614141.1234567890</parentID><childEPCs>%s</childEPCs><action>ADD</action>"
          + "</AggregationEvent>",
      "<TransformationEvent><eventTime>2024-03-01T08:00:00Z</eventTime>"
          + "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset><inputEPCList>%s</inputEPCList>"
          + "<outputEPCList>%s</outputEPCList></TransformationEvent>",
      // an epcList where none belongs: in the ILMD (foreign elements only), in a quantity list, in place of action
      "<ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
          + "<action>ADD</action><ilmd><epcList>%s</epcList></ilmd></ObjectEvent>",
      "<ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
          + "<action>ADD</action><quantityList><epcList>%s</epcList></quantityList></ObjectEvent>",
      "<ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
          + "<epcList>%s</epcList><epcList>%s</epcList><action>ADD</action></ObjectEvent>",
      "<ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
          + "<epcList xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\">%s</epcList>"
          + "<action>ADD</action></ObjectEvent>",
      "<ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
          + "<epcList xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:e=\"" + V2 + "\" "
          + "xsi:type=\"e:QuantityListType\">%s</epcList><action>ADD</action></ObjectEvent>",
      "<ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
          + "<action>ADD</action><x:ext xmlns:x=\"https://ext.example/ns\" xmlns:xsi=\"http://www.w3.org/2001/"
          + "XMLSchema-instance\" xmlns:e=\"" + V2 + "\" xsi:type=\"e:EPCListType\">%s</x:ext></ObjectEvent>",
      "<epcList>%s</epcList>");

  @TestFactory
  Stream<DynamicTest> builtDocumentsGetTheSameFindings() {
    List<DynamicTest> tests = new ArrayList<>();
    for (int e = 0; e < EVENTS.size(); e++) {
      for (int c = 0; c < LIST_CONTENT.size(); c++) {
        String event = EVENTS.get(e).replace("%s", LIST_CONTENT.get(c));
        for (String version : List.of("2.0", "1.2")) {
          String ns = version.equals("2.0") ? V2 : V1;
          String xml = "<?xml version=\"1.0\"?>\n<epcis:EPCISDocument xmlns:epcis=\"" + ns + "\" schemaVersion=\""
              + version + "\" creationDate=\"2024-03-01T09:00:00Z\">\n<EPCISBody>\n<EventList>\n" + event
              + "\n</EventList>\n</EPCISBody>\n</epcis:EPCISDocument>\n";
          String name = "event " + e + ", list content " + c + ", EPCIS " + version;
          tests.add(DynamicTest.dynamicTest(name, () -> assertSameFindings(name, xml.getBytes(StandardCharsets.UTF_8))));
        }
      }
    }
    return tests.stream();
  }

  @Test
  void plainListsAreSkippedAndErrorsBesideThemStillFound() {
    String xml = "<epcis:EPCISDocument xmlns:epcis=\"" + V2 + "\" schemaVersion=\"2.0\" "
        + "creationDate=\"2024-03-01T09:00:00Z\"><EPCISBody><EventList>"
        + "<ObjectEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
        + "<epcList><epc>a</epc><epc>b</epc><epc>c</epc></epcList><action>ADDED</action></ObjectEvent>"
        + "</EventList></EPCISBody></epcis:EPCISDocument>";
    long[] skipped = new long[3];
    List<Finding> findings = SchemaValidation.validate(FACTORY, in(xml.getBytes(StandardCharsets.UTF_8)), "t.xml",
        LIMITS, 100, skipped);
    assertThat(skipped[0]).isEqualTo(3);
    assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("'ADDED'"));
  }

  @TestFactory
  Stream<DynamicTest> fixturesGetTheSameFindings() throws IOException, URISyntaxException {
    Path fixtures = Path.of(BareEpcSkippingTest.class.getResource("/dev/pharmatrace/epcis/xml/schema").toURI());
    try (Stream<Path> s = Files.list(fixtures)) {
      return sameFindings(s.filter(p -> p.toString().endsWith(".xml")).sorted().toList(), 5);
    }
  }

  @TestFactory
  Stream<DynamicTest> corpusGetsTheSameFindings() throws IOException {
    Optional<Path> corpus = ConformanceCorpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), ConformanceCorpus.ABSENT);
    try (Stream<Path> s = Files.walk(corpus.get())) {
      return sameFindings(s.filter(p -> p.toString().endsWith(".xml")).sorted().toList(), 100);
    }
  }

  /** One test per file, then one that the skipping path did skip more than {@code minSkipped} EPCs in all. */
  private static Stream<DynamicTest> sameFindings(List<Path> files, long minSkipped) {
    long[] skippedInAll = new long[1];
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : files) {
      tests.add(DynamicTest.dynamicTest(p.getFileName().toString(),
          () -> skippedInAll[0] += assertSameFindings(p.toString(), Files.readAllBytes(p))));
    }
    tests.add(DynamicTest.dynamicTest("EPCs were skipped in these files", () -> assertThat(skippedInAll[0])
        .as("bare EPCs skipped over all files").isGreaterThan(minSkipped)));
    return tests.stream();
  }

  /** Asserts both paths agree on {@code xml}; returns how many EPCs the skipping path skipped. */
  private static long assertSameFindings(String name, byte[] xml) {
    List<Finding> full = SchemaValidation.validate(FACTORY, in(xml), name, LIMITS, 1000, null);
    long[] skipped = new long[3];
    List<Finding> skipping = SchemaValidation.validate(FACTORY, in(xml), name, LIMITS, 1000, skipped);
    assertThat(skipping).as(name).isEqualTo(full);
    return skipped[0];
  }

  private static ByteArrayInputStream in(byte[] xml) {
    return new ByteArrayInputStream(xml);
  }
}
