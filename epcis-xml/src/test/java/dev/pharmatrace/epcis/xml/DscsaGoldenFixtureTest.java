package dev.pharmatrace.epcis.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.Vocabulary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The GS1 US pharma (DSCSA) example goes 1.2 → 2.0 → 1.2 with its SBDH, all six master-data elements and the
 * gs1ushc transaction statement intact; every output is valid against the official XSD.
 */
class DscsaGoldenFixtureTest {
  static final String FIXTURE =
      "openepcis-test-resources/1.2/EPCIS/XML/Capture/Documents/GS1_US_Pharma_Example_2_2_1_1.xml";

  @Test
  void goesTo20AndBackWithTheDscsaHeaderIntact() throws IOException {
    Optional<Path> corpus = Corpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), Corpus.ABSENT);
    Path c = corpus.get();
    Path file = c.resolve(FIXTURE);
    EpcisXmlReader reader = EpcisXmlReader.create();
    EpcisDocument original = reader.read(file);

    assertThat(original.header().sbdh().senders()).hasSize(1);
    assertThat(original.header().sbdh().receivers()).hasSize(1);
    assertThat(original.header().sbdh().documentIdentification().instanceIdentifier()).isEqualTo("1100220001");
    assertThat(original.header().masterData().vocabularies()).flatExtracting(Vocabulary::elements).hasSize(6);
    assertThat(original.header().masterData().vocabularies()).extracting(Vocabulary::type)
        .containsExactly(Vocabulary.EPC_CLASS, Vocabulary.LOCATION);
    assertThat(original.header().extensions()).extracting(e -> e.name().expandedIri())
        .contains("http://epcis.gs1us.org/hc/nsdscsaTransactionStatement");

    byte[] v20 = write(original, XmlVersion.V2_0);
    assertThat(Corpus.officialError(c.resolve("gs1-reference/XSD/EPCglobal-epcis-2_0.xsd"),
        new ByteArrayInputStream(v20))).isNull();
    EpcisDocument upgraded = reader.read(new ByteArrayInputStream(v20), "upgraded.xml");
    assertThat(upgraded.header()).isEqualTo(original.header());
    assertThat(upgraded.events()).isEqualTo(original.events());

    byte[] v12 = write(upgraded, XmlVersion.V1_2);
    assertThat(Corpus.officialError(c.resolve("gs1-reference/epcis-1.2-original-xsd/EPCglobal-epcis-1_2.xsd"),
        new ByteArrayInputStream(v12))).isNull();
    String text = new String(v12, StandardCharsets.UTF_8);
    assertThat(text.indexOf("gs1ushc:dscsaTransactionStatement")).isPositive()
        .isLessThan(text.indexOf("<EPCISBody>"));
    assertThat(XmlSemanticEquality.differences(XmlRoundTripConformanceTest.dom(Files.readAllBytes(file)),
        XmlRoundTripConformanceTest.dom(v12))).isEmpty();
  }

  static byte[] write(EpcisDocument doc, XmlVersion version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpcisXmlWriter.builder().version(version).build().write(doc, out);
    return out.toByteArray();
  }
}
