package dev.pharmatrace.epcis.xml.internal.schema;

import com.ctc.wstx.exc.WstxIOException;
import com.ctc.wstx.exc.WstxLazyException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.xml.EpcisXmlNamespaces;
import dev.pharmatrace.epcis.xml.XmlLimits;
import dev.pharmatrace.epcis.xml.internal.SecureStax;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.TypeInfoProvider;
import javax.xml.validation.ValidatorHandler;
import org.codehaus.stax2.XMLStreamLocation2;
import org.codehaus.stax2.XMLStreamReader2;
import org.w3c.dom.TypeInfo;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One validation: streams the document from a hardened StAX reader into the JDK's schema {@link ValidatorHandler} as
 * SAX events (no DOM; memory stays bounded by the parser limits), with the reader's positions as the locator, so
 * that every error points into the original file.
 */
public final class SchemaValidation {
  private SchemaValidation() {}

  /** Creation date given to the synthetic document around a bare event (any valid value would do). */
  private static final String SYNTHETIC_CREATION_DATE = "2000-01-01T00:00:00Z";

  /**
   * Validates {@code in} (not closed here) and returns every finding; empty when the document is valid.
   *
   * @param factory a hardened input factory ({@link SecureStax#inputFactory})
   * @param in the document
   * @param systemId the name used in findings
   * @param limits the limits the factory enforces (named in limit findings)
   * @param maxFindings the most schema findings to list
   */
  public static List<Finding> validate(XMLInputFactory factory, InputStream in, String systemId, XmlLimits limits,
      int maxFindings) {
    return validate(factory, in, systemId, limits, maxFindings, new long[3]);
  }

  /**
   * {@link #validate(XMLInputFactory, InputStream, String, XmlLimits, int)}, for the tests that compare the paths:
   * {@code skipped} is null to hand everything to the validator (no bare EPC skipped, no {@link EventFastPath}),
   * else its slots count the bare EPCs not handed over, the events the fast path found certainly valid, and those it
   * gave up on.
   */
  static List<Finding> validate(XMLInputFactory factory, InputStream in, String systemId, XmlLimits limits,
      int maxFindings, long[] skipped) {
    FindingCollector collector = new FindingCollector(systemId, maxFindings);
    XMLStreamReader2 reader = null;
    try {
      reader = (XMLStreamReader2) factory.createXMLStreamReader(systemId, in);
      run(reader, systemId, collector, skipped);
    } catch (XMLStreamException e) {
      collector.addTerminal(locate(parserFinding(e, systemId, limits), reader, systemId));
    } catch (WstxLazyException e) {
      XMLStreamException original = e.getCause() instanceof XMLStreamException x ? x
          : new XMLStreamException(e.getMessage());
      collector.addTerminal(locate(parserFinding(original, systemId, limits), reader, systemId));
    } catch (SAXException e) {
      // the validator gave up on its own (it does not for well-formed input; our error handler never throws)
      collector.addTerminal(Finding.error("XSD", String.valueOf(e.getMessage()), location(reader, systemId)));
    } finally {
      if (reader != null) {
        try {
          reader.closeCompletely();
        } catch (XMLStreamException ignored) {
          // nothing more to report
        }
      }
    }
    return collector.findings();
  }

  private static void run(XMLStreamReader2 r, String systemId, FindingCollector collector, long[] skipped)
      throws XMLStreamException, SAXException {
    int event = r.getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      if (event == XMLStreamConstants.END_DOCUMENT || !r.hasNext()) {
        collector.addTerminal(Finding.error("XML-ROOT", "the document has no root element",
            location(r, systemId)));
        return;
      }
      event = r.next();
    }
    String rootNs = nz(r.getNamespaceURI());
    String rootName = r.getLocalName();
    RootDispatch.Target target = RootDispatch.target(rootNs, rootName);
    if (target == null) {
      collector.addTerminal(Finding.error("XML-ROOT", RootDispatch.unknownRootMessage(rootNs, rootName),
          location(r, systemId)));
      return;
    }

    ValidatorHandler vh = BundledSchemas.schema(target.entry()).newValidatorHandler();
    harden(vh);
    Locator locator = new ReaderLocator(r, systemId);
    vh.setErrorHandler(collector);
    Version12Variants variants = null;
    if (target.entry().isVersion12()) {
      variants = new Version12Variants(vh.getTypeInfoProvider(), locator, systemId);
    }
    EpcLists lists = new EpcLists(vh.getTypeInfoProvider(), variants,
        target.entry().isVersion12() ? EpcisXmlNamespaces.EPCIS_1_2 : EpcisXmlNamespaces.EPCIS_2_0);
    vh.setContentHandler(lists);
    vh.setDocumentLocator(locator);
    vh.startDocument();
    AttributesImpl attributes = new AttributesImpl();
    if (target.wrapInDocument()) {
      attributes.addAttribute("", "schemaVersion", "schemaVersion", "CDATA", "2.0");
      attributes.addAttribute("", "creationDate", "creationDate", "CDATA", SYNTHETIC_CREATION_DATE);
      vh.startElement(EpcisXmlNamespaces.EPCIS_2_0, "EPCISDocument", "EPCISDocument", attributes);
      attributes.clear();
      vh.startElement("", "EPCISBody", "EPCISBody", attributes);
      vh.startElement("", "EventList", "EventList", attributes);
    }
    BundledSchemas.Entry entry = target.entry();
    EventFastPath fastPath = skipped == null
        || entry != BundledSchemas.Entry.CORE_2_0 && entry != BundledSchemas.Entry.CORE_1_2 ? null
        : new EventFastPath(entry == BundledSchemas.Entry.CORE_1_2);
    pump(r, vh, attributes, new QNames(), skipped == null ? null : lists, fastPath, skipped);
    if (fastPath != null) {
      skipped[0] += fastPath.epcsRead;
    }
    if (target.wrapInDocument()) {
      vh.endElement("", "EventList", "EventList");
      vh.endElement("", "EPCISBody", "EPCISBody");
      vh.endElement(EpcisXmlNamespaces.EPCIS_2_0, "EPCISDocument", "EPCISDocument");
    }
    vh.endDocument();
    Finding conflict = variants == null ? null : variants.conflict();
    if (conflict != null) {
      collector.add(conflict);
    }
  }

  /** Feeds the current start tag and everything after it, to the end of the document. */
  private static void pump(XMLStreamReader2 r, ValidatorHandler vh, AttributesImpl attributes, QNames names,
      EpcLists lists, EventFastPath fastPath, long[] skipped) throws XMLStreamException, SAXException {
    int event = r.getEventType();
    while (true) {
      if (event == XMLStreamConstants.START_ELEMENT && fastPath != null && lists.inEventList()
          && EventFastPath.isCandidate(r)) {
        if (fastPath.skip(r, vh, attributes, names)) {
          skipped[1]++;
          if (!r.hasNext()) {
            return;
          }
          event = r.next();
          continue;
        }
        skipped[2]++;
        event = r.getEventType(); // the fast path gave up: go on from the first event it did not hand over
      }
      if (event == XMLStreamConstants.START_ELEMENT && lists != null && lists.inEpcList() && isBareEpc(r)) {
        event = skipEpc(r, vh, attributes);
        if (event != XMLStreamConstants.START_ELEMENT) {
          skipped[0]++;
          if (!r.hasNext()) {
            return;
          }
          event = r.next();
          continue;
        }
      }
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          for (int i = 0, n = r.getNamespaceCount(); i < n; i++) {
            vh.startPrefixMapping(nz(r.getNamespacePrefix(i)), nz(r.getNamespaceURI(i)));
          }
          attributes.clear();
          for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String local = r.getAttributeLocalName(i);
            attributes.addAttribute(nz(r.getAttributeNamespace(i)), local, names.of(r.getAttributePrefix(i), local),
                "CDATA", r.getAttributeValue(i));
          }
          vh.startElement(nz(r.getNamespaceURI()), r.getLocalName(), names.of(r.getPrefix(), r.getLocalName()),
              attributes);
        }
        case XMLStreamConstants.END_ELEMENT -> {
          vh.endElement(nz(r.getNamespaceURI()), r.getLocalName(), names.of(r.getPrefix(), r.getLocalName()));
          for (int i = 0, n = r.getNamespaceCount(); i < n; i++) {
            vh.endPrefixMapping(nz(r.getNamespacePrefix(i)));
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            vh.characters(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        case XMLStreamConstants.END_DOCUMENT -> {
          return;
        }
        default -> {
          // comments, processing instructions: no bearing on validity
        }
      }
      if (!r.hasNext()) {
        return;
      }
      event = r.next();
    }
  }

  /** An {@code <epc>} element without attributes or namespace declarations, of no namespace. */
  private static boolean isBareEpc(XMLStreamReader2 r) {
    return r.getAttributeCount() == 0 && r.getNamespaceCount() == 0 && "epc".equals(r.getLocalName())
        && nz(r.getNamespaceURI()).isEmpty();
  }

  /**
   * Reads a bare {@code <epc>} element of an EPC list past its end without handing it to the validator, when its
   * content is text only: the list's content model is {@code epc*} and an {@code epc} is any string without
   * attributes, so such an element is valid wherever it stands in the list and leaving it out changes no verdict
   * and no finding ({@code BareEpcSkippingTest} compares both paths). Two of every three elements of a typical
   * shipment are EPCs. The text is still read to its end (so the parser's text limit applies) but not copied. Returns
   * {@link XMLStreamConstants#END_ELEMENT} when the element was skipped; when a child element turns up, the start tag
   * is handed over (the text before the child has no bearing: any string is an EPC, and the child is the error) and
   * the child's {@link XMLStreamConstants#START_ELEMENT} is returned for the caller to handle.
   */
  private static int skipEpc(XMLStreamReader2 r, ValidatorHandler vh, AttributesImpl attributes)
      throws XMLStreamException, SAXException {
    while (true) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.END_ELEMENT -> {
          return event;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> r.getTextLength();
        case XMLStreamConstants.START_ELEMENT -> {
          attributes.clear();
          vh.startElement("", "epc", "epc", attributes);
          return event;
        }
        default -> {
          // comments, processing instructions: no bearing on validity
        }
      }
    }
  }

  /** No external access from the validator either (schema-location hints are ignored by the JDK anyway). */
  private static void harden(ValidatorHandler vh) {
    try {
      vh.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      vh.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      vh.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      vh.setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
    } catch (SAXException e) {
      throw new IllegalStateException("the JDK validator refuses a hardening setting", e);
    }
    vh.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> null);
  }

  /** Some parser errors (limits) carry no position: use the reader's. */
  private static Finding locate(Finding finding, XMLStreamReader reader, String systemId) {
    if (finding.location().line() > 0 || reader == null) {
      return finding;
    }
    return new Finding(finding.ruleId(), finding.severity(), finding.message(), location(reader, systemId));
  }

  private static Finding parserFinding(XMLStreamException e, String systemId, XmlLimits limits) {
    Throwable cause = e instanceof WstxIOException ? e.getCause() : null;
    if (cause == null && e.getNestedException() instanceof IOException) {
      cause = e.getNestedException();
    }
    if (cause instanceof IOException && !(cause instanceof CharConversionException)) {
      return Finding.error("IO", "cannot read the document: " + describe(cause), locationOf(e, systemId));
    }
    return SecureStax.toFinding(e, systemId, limits);
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }

  private static SourceLocation locationOf(XMLStreamException e, String systemId) {
    javax.xml.stream.Location l = e.getLocation();
    return l == null ? SourceLocation.of(systemId, 0, 0)
        : SourceLocation.of(systemId, Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()));
  }

  private static SourceLocation location(XMLStreamReader r, String systemId) {
    if (r == null) {
      return SourceLocation.of(systemId, 0, 0);
    }
    javax.xml.stream.Location l = r.getLocation();
    return SourceLocation.of(systemId, Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()));
  }

  /**
   * Qualified names {@code prefix:local}, one string per pair: the validator hashes every name it is given into its
   * symbol table, and a string built anew for every tag would have its hash computed anew each time.
   */
  static final class QNames {
    private static final int LIMIT = 4096;
    /** Local name → {prefix, qualified name} of the last pair seen with that local name. */
    private final Map<String, String[]> byLocal = new HashMap<>();

    String of(String prefix, String local) {
      if (prefix == null || prefix.isEmpty()) {
        return local;
      }
      String[] last = byLocal.get(local);
      if (last != null && last[0].equals(prefix)) {
        return last[1];
      }
      String qName = prefix + ":" + local;
      if (byLocal.size() >= LIMIT) {
        byLocal.clear();
      }
      byLocal.put(local, new String[] {prefix, qName});
      return qName;
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * Positions from the reader: just after the current event (for a start tag, after its {@code >}), which is where
   * the JDK's own parser reports schema errors too.
   */
  /**
   * Placed after the validator, where the schema type of each element is known: tells whether the innermost open
   * element is an EPC list (type {@code EPCListType} of EPCIS 1.2 or 2.0); passes start and end tags on to the 1.2
   * variants check when there is one.
   */
  private static final class EpcLists extends DefaultHandler {
    private final TypeInfoProvider types;
    private final Version12Variants next;
    private boolean[] open = new boolean[64];
    /** Whether each open element is an event list of {@link #eventListNs}. */
    private boolean[] eventList = new boolean[64];
    /** The namespace of the document's EPCIS version, whose event lists the fast path reads. */
    private final String eventListNs;
    private int depth;

    EpcLists(TypeInfoProvider types, Version12Variants next, String eventListNs) {
      this.types = types;
      this.next = next;
      this.eventListNs = eventListNs;
    }

    boolean inEpcList() {
      return depth > 0 && open[depth - 1];
    }

    boolean inEventList() {
      return depth > 0 && eventList[depth - 1];
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      TypeInfo type = types.getElementTypeInfo();
      if (depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
        eventList = Arrays.copyOf(eventList, depth * 2);
      }
      String typeName = type == null ? null : type.getTypeName();
      eventList[depth] = "EventListType".equals(typeName) && eventListNs.equals(type.getTypeNamespace());
      open[depth++] = "EPCListType".equals(typeName)
          && (EpcisXmlNamespaces.EPCIS_2_0.equals(type.getTypeNamespace())
              || EpcisXmlNamespaces.EPCIS_1_2.equals(type.getTypeNamespace()));
      if (next != null) {
        next.startElement(uri, localName, qName, attributes);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      depth--;
      if (next != null) {
        next.endElement(uri, localName, qName);
      }
    }
  }

  private static final class ReaderLocator implements Locator {
    private final XMLStreamReader2 reader;
    private final String systemId;

    ReaderLocator(XMLStreamReader2 reader, String systemId) {
      this.reader = reader;
      this.systemId = systemId;
    }

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public int getLineNumber() {
      XMLStreamLocation2 l = reader.getLocationInfo().getCurrentLocation();
      return l == null ? 0 : l.getLineNumber();
    }

    @Override
    public int getColumnNumber() {
      XMLStreamLocation2 l = reader.getLocationInfo().getCurrentLocation();
      return l == null ? 0 : l.getColumnNumber();
    }
  }
}
