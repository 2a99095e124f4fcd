package dev.pharmatrace.epcis.xml.internal.schema;

import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.xml.EpcisXmlNamespaces;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.validation.TypeInfoProvider;
import org.w3c.dom.TypeInfo;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Makes the 1.x verdict exactly "the original GS1 1.2 XSD accepts it OR the GS1-modified 1.2 XSD accepts it".
 *
 * <p>Our 1.2 schema is the union of the two: it allows elements of other namespaces directly in an {@code EventList}
 * (original only), and attributes on {@code EventList} and {@code xsi:nil} on a quantity element's {@code quantity}
 * (modified only). A document using features of both kinds is valid against neither official schema, so this
 * handler, placed after the validator (it sees the schema types of elements), records where each kind is first used
 * and reports the combination.
 */
public final class Version12Variants extends DefaultHandler {
  private static final String NS = EpcisXmlNamespaces.EPCIS_1_2;
  private static final byte OTHER = 0;
  private static final byte EVENT_LIST = 1;
  private static final byte QUANTITY_ELEMENT = 2;

  private final TypeInfoProvider types;
  private final Locator locator;
  private final String systemId;
  private final Deque<Byte> open = new ArrayDeque<>();
  private SourceLocation originalOnly;
  private String originalOnlyWhat;
  private SourceLocation modifiedOnly;
  private String modifiedOnlyWhat;

  /** A handler reading types from the validator's {@code types} provider. */
  public Version12Variants(TypeInfoProvider types, Locator locator, String systemId) {
    this.types = types;
    this.locator = locator;
    this.systemId = systemId;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    byte parent = open.isEmpty() ? OTHER : open.peek();
    if (parent == EVENT_LIST && originalOnly == null && !uri.isEmpty() && !uri.equals(NS)) {
      originalOnly = here();
      originalOnlyWhat = "element <" + qName + "> of namespace " + uri + " directly in an EventList";
    }
    if (parent == QUANTITY_ELEMENT && modifiedOnly == null && uri.isEmpty() && localName.equals("quantity")
        && attributes.getIndex(EpcisXmlNamespaces.XSI, "nil") >= 0) {
      modifiedOnly = here();
      modifiedOnlyWhat = "xsi:nil on <quantity>";
    }
    byte kind = kind(types.getElementTypeInfo());
    if (kind == EVENT_LIST && modifiedOnly == null) {
      for (int i = 0; i < attributes.getLength(); i++) {
        if (!EpcisXmlNamespaces.XSI.equals(attributes.getURI(i))) {
          modifiedOnly = here();
          modifiedOnlyWhat = "attribute " + attributes.getQName(i) + " on <" + qName + ">";
          break;
        }
      }
    }
    open.push(kind);
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    open.pop();
  }

  /** The finding for a document combining both kinds of features, or null. */
  public Finding conflict() {
    if (originalOnly == null || modifiedOnly == null) {
      return null;
    }
    boolean originalFirst = originalOnly.line() < modifiedOnly.line()
        || originalOnly.line() == modifiedOnly.line() && originalOnly.column() <= modifiedOnly.column();
    SourceLocation later = originalFirst ? modifiedOnly : originalOnly;
    return Finding.error("XSD", "neither official EPCIS 1.2 schema accepts this combination: "
        + originalOnlyWhat + " (line " + originalOnly.line() + ", allowed only by the original GS1 1.2 XSD) and "
        + modifiedOnlyWhat + " (line " + modifiedOnly.line() + ", allowed only by the GS1-modified 1.2 XSD); "
        + "remove one of them", later);
  }

  private static byte kind(TypeInfo type) {
    if (type == null || !NS.equals(type.getTypeNamespace())) {
      return OTHER;
    }
    String name = type.getTypeName();
    if ("EventListType".equals(name)) {
      return EVENT_LIST;
    }
    return "QuantityElementType".equals(name) ? QUANTITY_ELEMENT : OTHER;
  }

  private SourceLocation here() {
    return SourceLocation.of(systemId, Math.max(0, locator.getLineNumber()), Math.max(0, locator.getColumnNumber()));
  }
}
