package dev.pharmatrace.epcis.xml.schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Test-time oracle: the verdict of the OFFICIAL GS1 XSDs (read from the conformance corpus, never shipped), chosen
 * by root element as the project's tooling does: 2.0 by namespace; 1.x valid if the original GS1 1.2 XSD or the
 * GS1-modified one accepts the document; a bare unqualified 2.0 event wrapped (as text) in an EPCISDocument.
 */
final class OfficialXsdOracle {
  /** The official verdict on one document. */
  enum Verdict {
    VALID, INVALID, NOT_APPLICABLE
  }

  /**
   * A verdict and the official validator's first error; for 1.x also the verdicts of the two official 1.2 schemas.
   *
   * @param verdict the verdict (1.x: valid if either 1.2 schema accepts the document)
   * @param firstError the first error, or null
   * @param original12 1.x only: the verdict of the original GS1 1.2 XSD, else null
   * @param modified12 1.x only: the verdict of the GS1-modified 1.2 XSD, else null
   */
  record Result(Verdict verdict, String firstError, Verdict original12, Verdict modified12) {
    Result(Verdict verdict, String firstError) {
      this(verdict, firstError, null, null);
    }
  }

  private static final String NS2 = "urn:epcglobal:epcis:xsd:2";
  private static final Set<String> EVENTS =
      Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent");

  private final Path reference;
  private final Map<String, Schema> schemas = new HashMap<>();

  private OfficialXsdOracle(Path reference) {
    this.reference = reference;
  }

  /** The oracle over {@code corpus/gs1-reference}, if the corpus is there. */
  static Optional<OfficialXsdOracle> in(Optional<Path> corpus) {
    return corpus.map(c -> c.resolve("gs1-reference"))
        .filter(r -> Files.isRegularFile(r.resolve("XSD/EPCglobal-epcis-2_0.xsd")))
        .map(OfficialXsdOracle::new);
  }

  /** The official verdict on a document. */
  synchronized Result verdict(byte[] xml) {
    String[] root = root(xml);
    if (root == null) {
      return new Result(Verdict.INVALID, "not well-formed before the root element");
    }
    String ns = root[0];
    String local = root[1];
    switch (ns) {
      case "":
        if (!EVENTS.contains(local)) {
          return new Result(Verdict.NOT_APPLICABLE, null);
        }
        byte[] wrapped = wrap(xml);
        return wrapped == null ? new Result(Verdict.NOT_APPLICABLE, null) : check(wrapped, "XSD/EPCglobal-epcis-2_0.xsd");
      case NS2:
        return check(xml, "XSD/EPCglobal-epcis-2_0.xsd");
      case "urn:epcglobal:epcis-query:xsd:2":
        return check(xml, "XSD/EPCglobal-epcis-query-2_0.xsd");
      case "urn:epcglobal:epcis-masterdata:xsd:2":
        return check(xml, "XSD/EPCglobal-epcis-masterdata-2_0.xsd");
      case "urn:epcglobal:epcis:xsd:1":
        return either(xml, "EPCglobal-epcis-1_2.xsd");
      case "urn:epcglobal:epcis-query:xsd:1":
        return either(xml, "EPCglobal-epcis-query-1_2.xsd");
      case "urn:epcglobal:epcis-masterdata:xsd:1":
        return either(xml, "EPCglobal-epcis-masterdata-1_2.xsd");
      default:
        return new Result(Verdict.NOT_APPLICABLE, null);
    }
  }

  private Result either(byte[] xml, String file) {
    Result original = check(xml, "epcis-1.2-original-xsd/" + file);
    Result modified = check(xml, "XSL/1.2/XSD/" + file);
    boolean valid = original.verdict() == Verdict.VALID || modified.verdict() == Verdict.VALID;
    return new Result(valid ? Verdict.VALID : Verdict.INVALID, valid ? null : original.firstError(),
        original.verdict(), modified.verdict());
  }

  private Result check(byte[] xml, String schemaFile) {
    Validator v = schema(schemaFile).newValidator();
    List<String> errors = new ArrayList<>();
    v.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    });
    try {
      v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException e) {
      errors.add("fatal: " + e.getMessage());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new Result(errors.isEmpty() ? Verdict.VALID : Verdict.INVALID, errors.isEmpty() ? null : errors.get(0));
  }

  private Schema schema(String file) {
    return schemas.computeIfAbsent(file, f -> {
      try {
        SchemaFactory sf = SchemaFactory.newDefaultInstance();
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        return sf.newSchema(reference.resolve(f).toFile());
      } catch (SAXException e) {
        throw new IllegalStateException("official schema " + f + ": " + e.getMessage(), e);
      }
    });
  }

  /** Namespace and local name of the root element, or null. */
  static String[] root(byte[] xml) {
    try {
      XMLInputFactory f = XMLInputFactory.newDefaultFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT) {
            return new String[] {r.getNamespaceURI() == null ? "" : r.getNamespaceURI(), r.getLocalName()};
          }
        }
        return null;
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      return null;
    }
  }

  /** A bare event as text inside an EPCIS 2.0 document, or null when it cannot be wrapped as text. */
  static byte[] wrap(byte[] xml) {
    String text = new String(xml, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.contains("<!DOCTYPE")) {
      return null;
    }
    String body = text.strip();
    if (body.startsWith("<?xml")) {
      body = body.substring(body.indexOf("?>") + 2);
    }
    return ("<ptwrap:EPCISDocument xmlns:ptwrap=\"" + NS2 + "\" schemaVersion=\"2.0\" "
        + "creationDate=\"2000-01-01T00:00:00Z\"><EPCISBody><EventList>" + body
        + "</EventList></EPCISBody></ptwrap:EPCISDocument>").getBytes(StandardCharsets.UTF_8);
  }
}
