package dev.pharmatrace.epcis.xml;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.Source;
import org.w3c.dom.Attr;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;
import org.xmlunit.diff.ElementSelectors;

/**
 * XMLUnit comparison of an input document with our output: semantically equal, ignoring prefixes, namespace
 * declarations, comments and insignificant whitespace, and the spelling of equal dateTime and decimal values.
 */
final class XmlSemanticEquality {
  private XmlSemanticEquality() {}

  /**
   * The differences that remain (empty when the two are semantically equal). Both documents are first brought to
   * the same EPCIS shape: 1.2 {@code extension} wrappers and the event-level {@code extension} wrapper are
   * unwrapped (where an element sits among an event's extension points carries no meaning), empty lists other
   * than identifier and quantity lists and unspecified quantities are removed. An empty {@code <epcList/>} (or
   * other identifier or quantity list) must come back as it was: the writer keeps what the input wrote, except
   * where a version makes the list mandatory (a 1.2 ObjectEvent's {@code epcList}, an AggregationEvent's
   * {@code childEPCs}), whose empty form carries nothing.
   */
  static List<String> differences(Source expected, Source actual) {
    normalise(((javax.xml.transform.dom.DOMSource) expected).getNode());
    normalise(((javax.xml.transform.dom.DOMSource) actual).getNode());
    Diff diff = DiffBuilder.compare(expected).withTest(actual)
        .ignoreComments()
        .ignoreWhitespace()
        .normalizeWhitespace()
        .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
        .withDifferenceEvaluator((comparison, outcome) -> {
          if (outcome == ComparisonResult.EQUAL) {
            return outcome;
          }
          ComparisonType type = comparison.getType();
          switch (type) {
            case NAMESPACE_PREFIX, XML_ENCODING, XML_STANDALONE, XML_VERSION, HAS_DOCTYPE_DECLARATION,
                SCHEMA_LOCATION, NO_NAMESPACE_SCHEMA_LOCATION,
                DOCTYPE_NAME, DOCTYPE_PUBLIC_ID, DOCTYPE_SYSTEM_ID, CHILD_NODELIST_SEQUENCE -> {
              return ComparisonResult.SIMILAR;
            }
            case TEXT_VALUE, ATTR_VALUE -> {
              if (sameValue(String.valueOf(comparison.getControlDetails().getValue()),
                  String.valueOf(comparison.getTestDetails().getValue()))) {
                return ComparisonResult.SIMILAR;
              }
              return outcome;
            }
            case ELEMENT_NUM_ATTRIBUTES, ATTR_NAME_LOOKUP -> {
              return onlyNamespaceDeclarations(comparison.getControlDetails().getTarget())
                  && onlyNamespaceDeclarations(comparison.getTestDetails().getTarget())
                  ? ComparisonResult.SIMILAR : outcome;
            }
            default -> {
              return outcome;
            }
          }
        })
        .checkForSimilar()
        .build();
    List<String> out = new ArrayList<>();
    for (Difference d : diff.getDifferences()) {
      if (d.getResult() == ComparisonResult.DIFFERENT) {
        out.add(d.getComparison().toString());
      }
    }
    return out;
  }

  private static boolean onlyNamespaceDeclarations(Node node) {
    if (node == null || node.getAttributes() == null) {
      return true;
    }
    // xmlns attributes are not reported by the DOM comparison; any other attribute difference is real
    for (int i = 0; i < node.getAttributes().getLength(); i++) {
      Attr a = (Attr) node.getAttributes().item(i);
      if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> WRAPPERS = java.util.Set.of("extension", "baseExtension");
  private static final java.util.Set<String> LISTS = java.util.Set.of("epcList", "childEPCs", "inputEPCList",
      "outputEPCList", "quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList",
      "bizTransactionList", "sourceList", "destinationList", "sensorElementList", "correctiveEventIDs", "ilmd");

  private static final java.util.Set<String> ID_AND_QUANTITY_LISTS = java.util.Set.of("epcList", "childEPCs",
      "inputEPCList", "outputEPCList", "quantityList", "childQuantityList", "inputQuantityList",
      "outputQuantityList");

  /** Whether an empty list is one the EPCIS 1.2 schema requires (so a writer of 1.2 always writes it). */
  private static boolean mandatoryIn12(Node event, String list) {
    String ns = event.getOwnerDocument().getDocumentElement().getNamespaceURI();
    if (!"urn:epcglobal:epcis:xsd:1".equals(ns)) {
      return false;
    }
    String type = event.getLocalName();
    return list.equals("epcList") && (type.equals("ObjectEvent") || type.equals("TransactionEvent"))
        || list.equals("childEPCs") && type.equals("AggregationEvent");
  }

  private static void normalise(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNextSibling();
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        normalise(child);
        String name = child.getLocalName();
        boolean unqualified = child.getNamespaceURI() == null;
        boolean eventLevel = isEventOrList(node);
        if (unqualified && WRAPPERS.contains(name) && eventLevel) {
          while (child.getFirstChild() != null) {
            node.insertBefore(child.getFirstChild(), child);
          }
          node.removeChild(child);
        } else if (unqualified && LISTS.contains(name) && !hasElementChild(child)
            && (!ID_AND_QUANTITY_LISTS.contains(name) || mandatoryIn12(node, name))) {
          node.removeChild(child);
        } else if (unqualified && name.equals("quantity")
            && "true".equals(((org.w3c.dom.Element) child).getAttributeNS(
                "http://www.w3.org/2001/XMLSchema-instance", "nil"))) {
          node.removeChild(child);
        }
      }
      child = next;
    }
  }

  private static boolean isEventOrList(Node node) {
    String n = node.getLocalName();
    return n != null && (n.endsWith("Event") || WRAPPERS.contains(n) || java.util.Set.of("EventList",
        "sensorElement", "readPoint", "bizLocation", "ilmd", "errorDeclaration", "EPCISBody", "EPCISHeader",
        "EPCISMasterData", "Vocabulary", "VocabularyElement").contains(n));
  }

  private static boolean hasElementChild(Node node) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.ELEMENT_NODE) {
        return true;
      }
    }
    return false;
  }

  /** Equal dateTimes (same instant and offset), numbers written differently, or one CBV value spelled twice. */
  static boolean sameValue(String a, String b) {
    String x = a.strip();
    String y = b.strip();
    if (x.equals(y)) {
      return true;
    }
    for (java.util.function.Function<String, dev.pharmatrace.epcis.model.cbv.CbvValue> vocabulary : List.<
        java.util.function.Function<String, dev.pharmatrace.epcis.model.cbv.CbvValue>>of(
        dev.pharmatrace.epcis.model.cbv.BizStep::of, dev.pharmatrace.epcis.model.cbv.Disposition::of,
        dev.pharmatrace.epcis.model.cbv.BizTransactionType::of, dev.pharmatrace.epcis.model.cbv.SourceDestType::of,
        dev.pharmatrace.epcis.model.cbv.ErrorReason::of)) {
      dev.pharmatrace.epcis.model.cbv.CbvValue p = vocabulary.apply(x);
      if (p.isStandard() && p.equals(vocabulary.apply(y))) {
        return true;
      }
    }
    try {
      OffsetDateTime p = OffsetDateTime.parse(x);
      OffsetDateTime q = OffsetDateTime.parse(y);
      return p.isEqual(q) && p.getOffset().equals(q.getOffset());
    } catch (RuntimeException notTimes) {
      // fall through
    }
    try {
      return new BigDecimal(x).compareTo(new BigDecimal(y)) == 0;
    } catch (NumberFormatException notNumbers) {
      return false;
    }
  }
}
