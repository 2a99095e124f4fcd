package dev.pharmatrace.epcis.xml.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.schema.OfficialXsdOracle.Result;
import dev.pharmatrace.epcis.xml.schema.OfficialXsdOracle.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Differential test: seeded random mutations of valid and invalid documents (elements dropped, duplicated, swapped,
 * renamed, moved between namespaces, values and attributes changed, foreign content and {@code xsi:nil} added) must
 * get the same verdict from our validator as from the official GS1 XSDs. Seeds are this module's fixtures and, when
 * present, the conformance corpus. Skipped when the official XSDs are not available.
 *
 * <p>Run with more mutants: {@code -Depcis.schema.mutants=20000}, another seed with
 * {@code -Depcis.schema.seed=N}.
 */
class EpcisSchemaDifferentialTest {
  /** Mutants per run; more with -Depcis.schema.mutants=N (surefire passes it on). */
  private static final int MUTANTS = Integer.getInteger("epcis.schema.mutants", 800);
  private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
  private static final String EXT = "https://ext.example/ns";
  private static final String[] NAMESPACES = {"", "urn:epcglobal:epcis:xsd:2", "urn:epcglobal:epcis:xsd:1",
      "urn:epcglobal:epcis-query:xsd:2", EXT, "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader"};
  private static final String[] NAMES = {"eventTime", "recordTime", "eventTimeZoneOffset", "eventID", "epcList",
      "action", "bizStep", "disposition", "readPoint", "bizLocation", "bizTransactionList", "quantityList",
      "quantityElement", "quantity", "uom", "epcClass", "sourceList", "destinationList", "ilmd", "extension",
      "baseExtension", "errorDeclaration", "declarationTime", "reason", "parentID", "childEPCs", "sensorElementList",
      "persistentDisposition", "ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent",
      "AssociationEvent", "QuantityEvent", "EventList", "EPCISBody", "EPCISHeader", "EPCISMasterData",
      "VocabularyList", "attribute", "certificationInfo", "id", "epc", "Sender", "Receiver", "QueryResults"};
  private static final String[] VALUES = {"", " ", "x", "ADD", "OBSERVE", "DELETE", "add", "12", "-3.5", "1e3",
      "2024-03-01T08:00:00Z", "2024-03-01T08:00:00", "2024-03-01T08:00Z", "2024-03-01T24:00:00Z",
      "2024-03-01T08:00:00.5+14:00", "2024-03-01T08:00:00+14:01", "2024-02-30T08:00:00Z", "+01:00",
      "urn:epc:id:sgtin:0614141.107346.1", "not a uri %", "true", "rollback", "ERROR"};

  @Test
  void mutantsGetTheOfficialVerdict() throws Exception {
    Optional<Path> corpus = ConformanceCorpus.dir();
    Optional<OfficialXsdOracle> oracle = OfficialXsdOracle.in(corpus);
    Assumptions.assumeTrue(oracle.isPresent(), ConformanceCorpus.ABSENT);
    List<byte[]> seeds = new ArrayList<>();
    for (String f : List.of("valid-2.0-document.xml", "valid-1.2-dscsa.xml", "valid-2.0-query.xml",
        "valid-2.0-masterdata.xml", "bare-object-event.xml", "invalid-2.0-wrong-order.xml")) {
      seeds.add(Files.readAllBytes(EpcisSchemaValidatorTest.fixture(f)));
    }
    for (Path p : ConformanceCorpus.xmlFiles(corpus.get())) {
      if (Files.size(p) < 20_000) {
        seeds.add(Files.readAllBytes(p));
      }
    }
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
    dbf.setNamespaceAware(true);
    DocumentBuilder db = dbf.newDocumentBuilder();
    Transformer serializer = TransformerFactory.newDefaultInstance().newTransformer();
    serializer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    EpcisSchemaValidator validator = EpcisSchemaValidator.create();
    Random random = new Random(Long.getLong("epcis.schema.seed", 20240301L));
    int compared = 0;
    int officiallyValid = 0;
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < MUTANTS; i++) {
      Document doc = db.parse(new ByteArrayInputStream(seeds.get(random.nextInt(seeds.size()))));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        mutate(doc, random);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      serializer.transform(new DOMSource(doc), new StreamResult(out));
      byte[] xml = out.toByteArray();
      Result official = oracle.get().verdict(xml);
      if (official.verdict() == Verdict.NOT_APPLICABLE) {
        continue;
      }
      compared++;
      List<Finding> ours = validator.validate(new ByteArrayInputStream(xml), "mutant-" + i);
      boolean officialValid = official.verdict() == Verdict.VALID;
      if (officialValid) {
        officiallyValid++;
      }
      if (ours.isEmpty() != officialValid) {
        disagreements.add("mutant " + i + ": official " + official + ", ours " + ours + "\n"
            + new String(xml, StandardCharsets.UTF_8));
      }
    }
    System.out.printf("EPCIS schema differential test: %d mutants compared, %d officially valid, %d disagree%n",
        compared, officiallyValid, disagreements.size());
    assertThat(disagreements).as("mutants on which our verdict differs from the official XSDs").isEmpty();
    assertThat(compared).isGreaterThan(MUTANTS / 2);
    assertThat(officiallyValid).as("enough valid mutants to be meaningful").isGreaterThan(MUTANTS / 20);
  }

  private static void mutate(Document doc, Random random) {
    List<Element> all = new ArrayList<>();
    collect(doc.getDocumentElement(), all);
    Element target = all.get(random.nextInt(all.size()));
    boolean isRoot = target == doc.getDocumentElement();
    Node parent = target.getParentNode();
    switch (random.nextInt(13)) {
      case 0 -> {
        if (!isRoot) {
          parent.removeChild(target);
        }
      }
      case 1 -> {
        if (!isRoot) {
          parent.insertBefore(target.cloneNode(true), target.getNextSibling());
        }
      }
      case 2 -> {
        Element next = nextElement(target);
        if (next != null) {
          parent.insertBefore(next, target);
        }
      }
      case 3 -> {
        if (firstChildElement(target) == null) {
          target.setTextContent(VALUES[random.nextInt(VALUES.length)]);
        }
      }
      case 4 -> rename(doc, target, target.getNamespaceURI(), NAMES[random.nextInt(NAMES.length)]);
      case 5 -> rename(doc, target, NAMESPACES[random.nextInt(NAMESPACES.length)], target.getLocalName());
      case 6 -> target.insertBefore(newChild(doc, random), childAt(target, random));
      case 7 -> {
        switch (random.nextInt(4)) {
          case 0 -> target.setAttributeNS(null, "type", VALUES[random.nextInt(VALUES.length)]);
          case 1 -> target.setAttributeNS(EXT, "x:flag", "1");
          case 2 -> target.setAttributeNS(XSI, "xsi:nil", random.nextBoolean() ? "true" : "false");
          default -> target.setAttributeNS(null, "schemaVersion", "1.2");
        }
      }
      case 8 -> {
        NamedNodeMap attributes = target.getAttributes();
        List<Attr> plain = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
          Attr a = (Attr) attributes.item(i);
          if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
            plain.add(a);
          }
        }
        if (!plain.isEmpty()) {
          target.removeAttributeNode(plain.get(random.nextInt(plain.size())));
        }
      }
      // the spots where the two official 1.2 schemas differ, and where nil is allowed in 2.0
      case 9 -> named(all, "quantity", random).ifPresent(q -> {
        q.setTextContent(random.nextInt(4) == 0 ? "7" : "");
        q.setAttributeNS(XSI, "xsi:nil", random.nextInt(4) == 0 ? "false" : "true");
      });
      case 10 -> named(all, "EventList", random).ifPresent(l -> l.insertBefore(foreign(doc), childAt(l, random)));
      case 11 -> named(all, "EventList", random).ifPresent(l -> l.setAttributeNS(null, "note", "x"));
      default -> named(all, "EventList", random).ifPresent(l -> {
        if (random.nextBoolean()) {
          l.setAttributeNS(EXT, "x:batch", "7");
        } else {
          l.insertBefore(doc.createElementNS(null, "extension"), childAt(l, random));
        }
      });
    }
  }

  private static Node newChild(Document doc, Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return foreign(doc);
      case 1: {
        Element e = doc.createElementNS(null, NAMES[random.nextInt(NAMES.length)]);
        e.setTextContent(VALUES[random.nextInt(VALUES.length)]);
        return e;
      }
      case 2: {
        Element e = doc.createElementNS("urn:epcglobal:epcis:xsd:2", "epcis:ObjectEvent");
        e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:epcis", "urn:epcglobal:epcis:xsd:2");
        return e;
      }
      default:
        return doc.createTextNode(random.nextBoolean() ? "stray text" : "\n  ");
    }
  }

  private static Element foreign(Document doc) {
    Element e = doc.createElementNS(EXT, "x:note");
    e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:x", EXT);
    e.setTextContent("42");
    return e;
  }

  private static void rename(Document doc, Element e, String namespace, String local) {
    String ns = namespace == null ? "" : namespace;
    if (ns.isEmpty()) {
      Element renamed = (Element) doc.renameNode(e, null, local);
      if (renamed.lookupNamespaceURI(null) != null) {
        renamed.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", "");
      }
    } else {
      Element renamed = (Element) doc.renameNode(e, ns, "mx:" + local);
      renamed.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:mx", ns);
    }
  }

  private static Optional<Element> named(List<Element> all, String local, Random random) {
    List<Element> hits = all.stream().filter(e -> local.equals(e.getLocalName())).toList();
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(random.nextInt(hits.size())));
  }

  private static void collect(Element e, List<Element> out) {
    out.add(e);
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        collect(child, out);
      }
    }
  }

  private static Element nextElement(Element e) {
    for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element next) {
        return next;
      }
    }
    return null;
  }

  private static Element firstChildElement(Element e) {
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element c) {
        return c;
      }
    }
    return null;
  }

  private static Node childAt(Element e, Random random) {
    NodeList children = e.getChildNodes();
    int n = children.getLength();
    int at = random.nextInt(n + 1);
    return at == n ? null : children.item(at);
  }
}
