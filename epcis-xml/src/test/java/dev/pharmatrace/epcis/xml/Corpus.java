package dev.pharmatrace.epcis.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The shared conformance corpus and the official GS1 schemas, used as test data and oracle only. */
final class Corpus {
  private Corpus() {}

  /** The corpus folder, if present. */
  static Optional<Path> dir() {
    return dev.pharmatrace.epcis.model.ConformanceCorpus.dir();
  }

  static final String ABSENT = "conformance corpus ../shared/conformance not found: corpus tests skipped";

  /** Every .xml data file of the corpus (not the reference schemas), sorted. */
  static List<Path> xmlFiles(Path corpus) throws IOException {
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(p -> p.toString().endsWith(".xml"))
          .filter(p -> !corpus.relativize(p).startsWith("gs1-reference"))
          .sorted().toList();
    }
  }

  /** The root element's namespace and local name, read with a plain scan (no DTD). */
  static String[] root(Path file) throws IOException {
    String text = Files.readString(file);
    int i = 0;
    while (true) {
      i = text.indexOf('<', i);
      if (i < 0) {
        return new String[] {"", ""};
      }
      char c = text.charAt(i + 1);
      if (c == '?' || c == '!') {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
          && text.charAt(end) != '/') {
        end++;
      }
      String qname = text.substring(i + 1, end);
      int colon = qname.indexOf(':');
      String prefix = colon < 0 ? "" : qname.substring(0, colon);
      String local = colon < 0 ? qname : qname.substring(colon + 1);
      int tagEnd = text.indexOf('>', end);
      String tag = text.substring(i, tagEnd);
      String attr = prefix.isEmpty() ? "xmlns=\"" : "xmlns:" + prefix + "=\"";
      int a = tag.indexOf(attr);
      if (a < 0) {
        attr = attr.replace('"', '\'');
        a = tag.indexOf(attr);
      }
      String ns = a < 0 ? "" : tag.substring(a + attr.length(), tag.indexOf(attr.charAt(attr.length() - 1),
          a + attr.length()));
      return new String[] {ns, local};
    }
  }

  /** The official schema for an EPCIS document root, or empty when none applies. */
  static Optional<Path> officialSchema(Path corpus, String ns, String local, boolean modified12) {
    Path ref = corpus.resolve("gs1-reference");
    String v12 = modified12 ? "XSL/1.2/XSD/" : "epcis-1.2-original-xsd/";
    return Optional.ofNullable(switch (ns + " " + local) {
      case "urn:epcglobal:epcis:xsd:2 EPCISDocument" -> ref.resolve("XSD/EPCglobal-epcis-2_0.xsd");
      case "urn:epcglobal:epcis-query:xsd:2 EPCISQueryDocument" -> ref.resolve("XSD/EPCglobal-epcis-query-2_0.xsd");
      case "urn:epcglobal:epcis-masterdata:xsd:2 EPCISMasterDataDocument" ->
          ref.resolve("XSD/EPCglobal-epcis-masterdata-2_0.xsd");
      case "urn:epcglobal:epcis:xsd:1 EPCISDocument" -> ref.resolve(v12 + "EPCglobal-epcis-1_2.xsd");
      case "urn:epcglobal:epcis-query:xsd:1 EPCISQueryDocument" -> ref.resolve(v12 + "EPCglobal-epcis-query-1_2.xsd");
      case "urn:epcglobal:epcis-masterdata:xsd:1 EPCISMasterDataDocument" ->
          ref.resolve(v12 + "EPCglobal-epcis-masterdata-1_2.xsd");
      default -> null;
    }).filter(Files::isRegularFile);
  }

  /** Null when valid against the official schema, else the first error. */
  static String officialError(Path xsd, InputStream xml) throws IOException {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      Schema schema = f.newSchema(xsd.toFile());
      Validator v = schema.newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.validate(new StreamSource(xml));
      return null;
    } catch (SAXException e) {
      return e.getMessage();
    }
  }
}
