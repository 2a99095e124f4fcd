package dev.pharmatrace.epcis.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.report.EpcisException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus XML document the official XSD accepts is read, written back in its own version and in the other
 * one, and read again: the model must come back equal, and every output must be valid against the official XSD.
 */
class XmlRoundTripConformanceTest {

  @TestFactory
  Stream<DynamicTest> validCorpusDocumentsRoundTrip() throws IOException {
    Optional<Path> corpus = Corpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), Corpus.ABSENT);
    Path c = corpus.get();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : Corpus.xmlFiles(c)) {
      String[] root = Corpus.root(file);
      Optional<Path> xsd = Corpus.officialSchema(c, root[0], root[1], false);
      if (xsd.isEmpty()) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(c.relativize(file).toString(), () -> roundTrip(c, file, root, xsd.get())));
    }
    return tests.stream();
  }

  private static boolean officiallyValid(Path c, Path file, String[] root, Path xsd) throws IOException {
    if (Corpus.officialError(xsd, Files.newInputStream(file)) == null) {
      return true;
    }
    Optional<Path> modified = Corpus.officialSchema(c, root[0], root[1], true);
    return root[0].endsWith(":1") && modified.isPresent()
        && Corpus.officialError(modified.get(), Files.newInputStream(file)) == null;
  }

  private static void roundTrip(Path c, Path file, String[] root, Path xsd) throws IOException {
    Assumptions.assumeTrue(officiallyValid(c, file, root, xsd), "invalid per the official XSD: not a round-trip case");
    EpcisXmlReader reader = EpcisXmlReader.create();
    EpcisDocument original = reader.read(file);
    XmlVersion own = root[0].endsWith(":1") ? XmlVersion.V1_2 : XmlVersion.V2_0;
    XmlVersion other = own == XmlVersion.V1_2 ? XmlVersion.V2_0 : XmlVersion.V1_2;

    byte[] same = write(original, own);
    assertValid(c, same, own, root[1]);
    assertThat(XmlSemanticEquality.differences(dom(Files.readAllBytes(file)), dom(same)))
        .as("XMLUnit differences between the input and our output").isEmpty();
    EpcisDocument back = reader.read(new ByteArrayInputStream(same), "same.xml");
    assertThat(normalised(back)).isEqualTo(normalised(original));

    if (other == XmlVersion.V1_2 && original.header() != null && original.header().sbdh() == null
        && (original.header().masterData() != null || !original.header().extensions().isEmpty())) {
      // EPCIS 1.2 cannot carry a header without an SBDH: the writer must refuse, naming the reason
      assertThatThrownBy(() -> write(original, other)).isInstanceOf(EpcisException.class)
          .hasMessageContaining("XML-DOWNGRADE").hasMessageContaining("Standard Business Document Header");
      return;
    }
    byte[] converted = write(original, other);
    assertValid(c, converted, other, root[1]);
    EpcisDocument there = reader.read(new ByteArrayInputStream(converted), "converted.xml");
    byte[] backAgain = write(there, own);
    assertValid(c, backAgain, own, root[1]);
    EpcisDocument returned = reader.read(new ByteArrayInputStream(backAgain), "returned.xml");
    // a conversion drops an xsi:schemaLocation that names the other version's schema (it would be wrong there)
    assertThat(withoutSchemaLocation(returned)).isEqualTo(withoutSchemaLocation(original));
  }

  /** The schemaVersion attribute is rewritten on conversion; everything else must survive. */
  private static EpcisDocument normalised(EpcisDocument d) {
    return d.toBuilder().schemaVersion("any").build();
  }

  private static EpcisDocument withoutSchemaLocation(EpcisDocument d) {
    EpcisDocument n = normalised(d);
    return new EpcisDocument(n.type(), n.schemaVersion(), n.creationDate(), n.documentId(), n.namespaces(),
        n.contexts(), n.header(), n.queryResults(), n.events(), n.masterData(), n.bodyExtensions(), n.extensions(),
        n.otherAttributes().stream().filter(a -> !a.name().localName().equals("schemaLocation")).toList());
  }

  /** A DOM of the document for XMLUnit; DTDs are not loaded (some GS1 examples carry a DOCTYPE). */
  static javax.xml.transform.Source dom(byte[] xml) throws IOException {
    try {
      javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      return new javax.xml.transform.dom.DOMSource(f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException(e);
    }
  }

  private static byte[] write(EpcisDocument doc, XmlVersion version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpcisXmlWriter.builder().version(version).build().write(doc, out);
    return out.toByteArray();
  }

  private static void assertValid(Path c, byte[] xml, XmlVersion version, String rootName) throws IOException {
    String ns = switch (rootName) {
      case "EPCISQueryDocument" -> version.queryNamespace();
      case "EPCISMasterDataDocument" -> version.masterDataNamespace();
      default -> version.namespace();
    };
    Path xsd = Corpus.officialSchema(c, ns, rootName, false).orElseThrow();
    String error = Corpus.officialError(xsd, new ByteArrayInputStream(xml));
    if (error != null && version == XmlVersion.V1_2) {
      Path modified = Corpus.officialSchema(c, ns, rootName, true).orElseThrow();
      if (Corpus.officialError(modified, new ByteArrayInputStream(xml)) == null) {
        error = null;
      }
    }
    assertThat(error).as("official XSD verdict on our %s output:%n%s", version, new String(xml)).isNull();
  }
}
