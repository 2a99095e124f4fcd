package dev.pharmatrace.epcis.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.jsonld.JsonDocumentWriter;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.Severity;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlDocumentWriter;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The T3 document written in each syntax: schema-valid, read back equal, byte-identical for a seed. */
class T3SyntaxTest {
  static final Shipment SHIPMENT = SampleShipments.generate(2026, 500, 12, 8);

  static byte[] xml(Shipment s, XmlVersion version) {
    T3Document t3 = T3Builder.builder().epcisVersion(version.schemaVersion()).build().build(s);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XmlDocumentWriter w = EpcisXmlWriter.builder().version(version).build().open(out, t3.header())) {
      t3.forEach(w::write);
      w.finish();
      assertThat(w.warnings()).isEmpty();
    }
    return out.toByteArray();
  }

  static byte[] json(Shipment s) {
    T3Document t3 = T3Builder.builder().epcisVersion("2.0").build().build(s);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonDocumentWriter w = EpcisJsonWriter.create().open(out, t3.header())) {
      t3.forEach(w::write);
      w.finish();
      assertThat(w.warnings()).isEmpty();
    }
    return out.toByteArray();
  }

  static List<Finding> errors(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  @Test
  void xml12IsSchemaValidAndReadsBackEqual(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t3.xml");
    Files.write(file, xml(SHIPMENT, XmlVersion.V1_2));
    assertThat(errors(EpcisSchemaValidator.create().validate(file))).isEmpty();
    assertReadsBack(EpcisXmlReader.create().read(file), "1.2");
    String text = Files.readString(file);
    assertThat(text).contains("xmlns:cbvmda=\"urn:epcglobal:cbv:mda\"")
        .contains("<gs1ushc:affirmTransactionStatement>true</gs1ushc:affirmTransactionStatement>")
        .contains("<sbdh:Identifier Authority=\"GS1\">" + SHIPMENT.seller().sgln() + "</sbdh:Identifier>")
        .contains("<bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>");
  }

  @Test
  void xml20IsSchemaValidAndReadsBackEqual(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t3.xml");
    Files.write(file, xml(SHIPMENT, XmlVersion.V2_0));
    assertThat(errors(EpcisSchemaValidator.create().validate(file))).isEmpty();
    assertReadsBack(EpcisXmlReader.create().read(file), "2.0");
  }

  @Test
  void jsonLdIsSchemaValidAndReadsBackEqual(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t3.jsonld");
    Files.write(file, json(SHIPMENT));
    assertThat(errors(EpcisJsonSchemaValidator.create().validate(file))).isEmpty();
    assertReadsBack(EpcisJsonReader.create().read(file), "2.0");
  }

  /** Times on the full minute (no seconds) still make valid xs:dateTime values, also in the SBDH. */
  @Test
  void aShipTimeOnTheMinuteIsValidEverywhere(@TempDir Path dir) throws Exception {
    assertThat(T3BuilderTest.SHIP.getSecond()).isZero();
    for (XmlVersion v : XmlVersion.values()) {
      Path file = dir.resolve("t3-" + v + ".xml");
      Files.write(file, xml(T3BuilderTest.small(), v));
      assertThat(errors(EpcisSchemaValidator.create().validate(file))).as(v.toString()).isEmpty();
    }
    assertThat(T3Builder.create().build(T3BuilderTest.small()).header().header().sbdh().documentIdentification()
        .creationDateAndTime()).isEqualTo("2026-03-02T15:05:00-05:00");
  }

  private static void assertReadsBack(EpcisDocument read, String version) {
    EpcisDocument built = T3Builder.builder().epcisVersion(version).build().build(SHIPMENT).toDocument();
    assertThat(read.events()).isEqualTo(built.events());
    assertThat(read.header().sbdh()).isEqualTo(built.header().sbdh());
    assertThat(read.header().masterData()).isEqualTo(built.header().masterData());
    assertThat(read.header().extensions()).isEqualTo(built.header().extensions());
    assertThat(read.creationDate()).isEqualTo(built.creationDate());
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() {
    Shipment again = SampleShipments.generate(2026, 500, 12, 8);
    Shipment other = SampleShipments.generate(2027, 500, 12, 8);
    assertThat(xml(again, XmlVersion.V1_2)).isEqualTo(xml(SHIPMENT, XmlVersion.V1_2));
    assertThat(json(again)).isEqualTo(json(SHIPMENT));
    assertThat(xml(other, XmlVersion.V1_2)).isNotEqualTo(xml(SHIPMENT, XmlVersion.V1_2));
  }

  /** The official verdict: GS1's unmodified EPCIS 1.2 XSD, from the conformance corpus when present. */
  @Test
  void xml12PassesTheOfficialUnmodifiedXsd() throws Exception {
    Optional<Path> xsd = corpus().map(c -> c.resolve("gs1-reference/epcis-1.2-original-xsd/EPCglobal-epcis-1_2.xsd"))
        .filter(Files::isRegularFile);
    assumeTrue(xsd.isPresent(), "conformance corpus ../shared/conformance not found: official XSD check skipped");
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    Validator v = f.newSchema(xsd.get().toFile()).newValidator();
    v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    v.validate(new StreamSource(new java.io.ByteArrayInputStream(xml(SHIPMENT, XmlVersion.V1_2))));
    // and the smallest shipment: one item, one case, one pallet
    v.validate(new StreamSource(new java.io.ByteArrayInputStream(xml(SampleShipments.generate(5, 1, 1, 1),
        XmlVersion.V1_2))));
  }

  /** The conformance corpus, as the other modules' tests find it. */
  static Optional<Path> corpus() {
    return dev.pharmatrace.epcis.model.ConformanceCorpus.dir();
  }

}
