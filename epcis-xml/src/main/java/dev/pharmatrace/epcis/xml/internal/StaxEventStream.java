package dev.pharmatrace.epcis.xml.internal;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.AssociationEvent;
import dev.pharmatrace.epcis.model.BizLocation;
import dev.pharmatrace.epcis.model.BizTransaction;
import dev.pharmatrace.epcis.model.DocumentType;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.EpcisHeader;
import dev.pharmatrace.epcis.model.ErrorDeclaration;
import dev.pharmatrace.epcis.model.EventBuilder;
import dev.pharmatrace.epcis.model.EventType;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ListField;
import dev.pharmatrace.epcis.model.ExtensionAttribute;
import dev.pharmatrace.epcis.model.MasterData;
import dev.pharmatrace.epcis.model.MasterDataAttribute;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.PersistentDisposition;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.QuantityElement;
import dev.pharmatrace.epcis.model.QueryResults;
import dev.pharmatrace.epcis.model.ReadPoint;
import dev.pharmatrace.epcis.model.SensorElement;
import dev.pharmatrace.epcis.model.SensorMetadata;
import dev.pharmatrace.epcis.model.SensorReport;
import dev.pharmatrace.epcis.model.SourceDest;
import dev.pharmatrace.epcis.model.TransactionEvent;
import dev.pharmatrace.epcis.model.TransformationEvent;
import dev.pharmatrace.epcis.model.Vocabulary;
import dev.pharmatrace.epcis.model.VocabularyElement;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.cbv.ErrorReason;
import dev.pharmatrace.epcis.model.cbv.MeasurementType;
import dev.pharmatrace.epcis.model.cbv.SensorAlertType;
import dev.pharmatrace.epcis.model.cbv.SensorComponent;
import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.model.sbdh.ContactInformation;
import dev.pharmatrace.epcis.model.sbdh.DocumentIdentification;
import dev.pharmatrace.epcis.model.sbdh.Manifest;
import dev.pharmatrace.epcis.model.sbdh.ManifestItem;
import dev.pharmatrace.epcis.model.sbdh.Partner;
import dev.pharmatrace.epcis.model.sbdh.PartnerIdentification;
import dev.pharmatrace.epcis.model.sbdh.Scope;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import dev.pharmatrace.epcis.xml.EpcisXmlNamespaces;
import dev.pharmatrace.epcis.xml.XmlEventStream;
import dev.pharmatrace.epcis.xml.XmlLimits;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.Closeable;
import java.io.IOException;
import dev.pharmatrace.epcis.model.internal.Checks;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The streaming EPCIS XML reader: a hand-written recursive descent over a hardened StAX cursor.
 *
 * <p>Lenient on input: EPCIS element names are matched by local name whatever their prefix or namespace (a
 * qualified {@code epcis:ObjectEvent} is read, with a warning), fields are accepted in any order, structural names in
 * the wrong case ({@code epcisbody}) are accepted with a warning, values are trimmed, 1.2 {@code extension} wrappers
 * are unwrapped, and the EPCIS 2.0 fields that a 1.2 document can only carry in its extension points (written there
 * by our 1.2 writer, in the EPCIS 2.0 namespace) are lifted back into their 2.0 places.
 */
public final class StaxEventStream implements XmlEventStream {
  /** Our marker element around header extensions written after the body of a 2.0 document. */
  public static final String HEADER_EXTENSIONS_NS = "https://pharmatrace.dev/ns/epcis/xml";
  /** The un-namespaced wrapper of namespaced header extensions in EPCIS 2.0 {@code EPCISHeader/extension/extension}. */
  public static final String HEADER_EXTENSIONS_LOCAL = "namespacedHeaderExtensions";
  /** Local name of the header-extensions wrapper after the body (written by earlier versions; still read). */
  public static final String HEADER_EXTENSIONS = "headerExtensions";
  /**
   * The namespace in which an EPCIS 2.0 document carries an un-namespaced event-level extension (from 1.2, whose
   * nested {@code extension} takes un-namespaced elements; 2.0 events take namespaced ones only).
   */
  public static final String UNQUALIFIED_EXTENSION_NS = "https://pharmatrace.dev/ns/epcis/unqualified";

  private static final String XSI = EpcisXmlNamespaces.XSI;
  private static final String SBDH = EpcisXmlNamespaces.SBDH;
  private static final Set<String> EPCIS_NAMESPACES = Set.of(
      EpcisXmlNamespaces.EPCIS_2_0, EpcisXmlNamespaces.EPCIS_1_2, EpcisXmlNamespaces.EPCIS_QUERY_2_0,
      EpcisXmlNamespaces.EPCIS_QUERY_1_2, EpcisXmlNamespaces.EPCIS_MASTER_DATA_2_0,
      EpcisXmlNamespaces.EPCIS_MASTER_DATA_1_2);
  /** The EPCIS 2.0 fields a 1.2 document can only carry in a nested extension. */
  private static final Set<String> PARKED_FIELDS = Set.of(
      "sensorElementList", "persistentDisposition", "certificationInfo", "eventID", "errorDeclaration");
  private static final Set<String> EVENT_NAMES = Set.of(
      "ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent",
      "QuantityEvent");

  private static final int MAX_WARNINGS = 1000;

  private final XMLStreamReader r;
  private final Closeable input;
  private final String systemId;
  private final XmlLimits limits;
  private final ZoneOffset zonelessDefault;
  private final List<Finding> warnings = new ArrayList<>();

  private EpcisDocument.Builder doc;
  private EpcisDocument document;
  private XmlVersion version;
  private boolean bareEvent;
  private List<Extension> headerExtensionsAfterBody = new ArrayList<>();

  /** The nesting of 1.2 {@code extension} wrappers around events still open in the event list. */
  private int wrapperDepth;
  private EpcisEvent pending;
  private boolean finished;
  private long eventCount;
  private SourceLocation lastLocation = SourceLocation.UNKNOWN;
  private SourceLocation pendingLocation = SourceLocation.UNKNOWN;

  /**
   * Opens the stream and reads up to the first event.
   *
   * @param zonelessDefault the offset for zone-less times, or null to use the event's eventTimeZoneOffset (else UTC)
   */
  public StaxEventStream(
      XMLStreamReader reader, Closeable input, String systemId, XmlLimits limits, ZoneOffset zonelessDefault) {
    this.r = reader;
    this.input = input;
    this.systemId = systemId;
    this.limits = limits;
    this.zonelessDefault = zonelessDefault;
    try {
      readProlog();
    } catch (XMLStreamException | RuntimeException e) {
      close();
      throw failure(e);
    }
  }

  /** The exception to throw for a failure while reading: a parser error as its finding, a bad value as one. */
  private RuntimeException failure(Exception e) {
    if (e instanceof IllegalArgumentException || e instanceof NullPointerException) {
      return invalidValue((RuntimeException) e);
    }
    XMLStreamException parse = e instanceof XMLStreamException x ? x : SecureStax.lazyCause((RuntimeException) e);
    if (parse == null) {
      return (RuntimeException) e;
    }
    javax.xml.stream.Location here;
    try {
      here = r.getLocation();
    } catch (RuntimeException ignored) {
      here = null;
    }
    return new EpcisException(SecureStax.toFinding(parse, systemId, limits, here), e);
  }

  // ------------------------------------------------------------------ public API

  @Override
  public EpcisDocument document() {
    if (document == null) {
      document = doc.build();
    }
    return document;
  }

  @Override
  public XmlVersion version() {
    return version;
  }

  @Override
  public boolean isBareEvent() {
    return bareEvent;
  }

  @Override
  public SourceLocation lastEventLocation() {
    return lastLocation;
  }

  @Override
  public List<Finding> warnings() {
    return List.copyOf(warnings);
  }

  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    try {
      pending = advance();
    } catch (XMLStreamException | RuntimeException e) {
      finished = true;
      throw failure(e);
    }
    return pending != null;
  }

  @Override
  public EpcisEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more events in " + systemId);
    }
    EpcisEvent event = pending;
    pending = null;
    lastLocation = pendingLocation;
    return event;
  }

  @Override
  public void close() {
    try {
      r.close();
    } catch (XMLStreamException ignored) {
      // closing a reader that failed: nothing more to report
    }
    if (input != null) {
      try {
        input.close();
      } catch (IOException ignored) {
        // nothing useful to do
      }
    }
  }

  // ------------------------------------------------------------------ document structure

  private void readProlog() throws XMLStreamException {
    if (!nextElementInDocument()) {
      throw fail("XML-ROOT", "the input has no root element");
    }
    String ns = nsOf();
    String local = r.getLocalName();
    doc = EpcisDocument.builder();
    if (EVENT_NAMES.contains(local)) {
      bareEvent = true;
      version = EpcisXmlNamespaces.EPCIS_1_2.equals(ns) ? XmlVersion.V1_2 : XmlVersion.V2_0;
      doc.schemaVersion(version.schemaVersion());
      collectRootNamespaces();
      pending = readEvent(local);
      return;
    }
    DocumentType type = switch (local) {
      case "EPCISDocument" -> DocumentType.EPCIS_DOCUMENT;
      case "EPCISQueryDocument" -> DocumentType.EPCIS_QUERY_DOCUMENT;
      case "EPCISMasterDataDocument" -> DocumentType.EPCIS_MASTER_DATA_DOCUMENT;
      default -> throw fail("XML-ROOT", "the root element is <" + r.getName() + ">; expected an EPCISDocument, "
          + "EPCISQueryDocument, EPCISMasterDataDocument or a bare event");
    };
    if (!EPCIS_NAMESPACES.contains(ns)) {
      throw fail("XML-ROOT", "the root element <" + local + "> is in namespace '" + ns
          + "'; expected urn:epcglobal:epcis:xsd:2 (EPCIS 2.0) or urn:epcglobal:epcis:xsd:1 (EPCIS 1.2)");
    }
    version = ns.endsWith(":1") ? XmlVersion.V1_2 : XmlVersion.V2_0;
    doc.type(type);
    String schemaVersion = null;
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String attrNs = nz(r.getAttributeNamespace(i));
      String name = r.getAttributeLocalName(i);
      String value = r.getAttributeValue(i);
      if (attrNs.isEmpty() && name.equals("schemaVersion")) {
        schemaVersion = value.strip();
      } else if (attrNs.isEmpty() && name.equals("creationDate")) {
        doc.creationDate(time(value, null, "creationDate"));
      } else {
        doc.addOtherAttribute(new ExtensionAttribute(qname(attrNs, name, r.getAttributePrefix(i)), value));
      }
    }
    if (schemaVersion == null || schemaVersion.isEmpty()) {
      warn("XML-SCHEMA-VERSION", (schemaVersion == null ? "the root element has no schemaVersion"
          : "the root element's schemaVersion is blank") + "; assuming " + version.schemaVersion());
      schemaVersion = version.schemaVersion();
    } else if (version == XmlVersion.V1_2 && !schemaVersion.startsWith("1")) {
      warn("XML-SCHEMA-VERSION", "schemaVersion '" + schemaVersion + "' in an EPCIS 1.x namespace document");
    } else if (version == XmlVersion.V2_0 && !schemaVersion.startsWith("2")) {
      warn("XML-SCHEMA-VERSION", "schemaVersion '" + schemaVersion + "' in an EPCIS 2.0 namespace document");
    }
    doc.schemaVersion(schemaVersion);
    collectRootNamespaces();
    // header and body up to the first event
    while (nextChild()) {
      String name = r.getLocalName();
      if (is(name, "EPCISHeader")) {
        readHeader();
      } else if (is(name, "EPCISBody")) {
        if (enterBody(type)) {
          return; // positioned inside the event list
        }
      } else {
        readDocumentTail();
      }
    }
    finishDocument();
  }

  /** Root-level namespace declarations other than the EPCIS ones: the document's preferred prefixes. */
  private void collectRootNamespaces() {
    for (int i = 0; i < r.getNamespaceCount(); i++) {
      String prefix = r.getNamespacePrefix(i);
      String uri = r.getNamespaceURI(i);
      if (prefix == null || prefix.isEmpty() || uri == null || EPCIS_NAMESPACES.contains(uri)
          || uri.equals(SBDH) || uri.equals(XSI) || uri.equals(EpcisXmlNamespaces.EPCGLOBAL)
          || uri.equals(HEADER_EXTENSIONS_NS) || uri.equals(UNQUALIFIED_EXTENSION_NS)) {
        continue;
      }
      doc.namespace(prefix, uri);
    }
  }

  /** Elements after the body: document extension and foreign elements. Positioned on one of them. */
  private void readDocumentTail() throws XMLStreamException {
    String ns = nsOf();
    String name = r.getLocalName();
    if (ns.equals(HEADER_EXTENSIONS_NS) && name.equals(HEADER_EXTENSIONS)) {
      while (nextChild()) {
        headerExtensionsAfterBody.add(readExtension());
      }
      return;
    }
    if (isEpcisNs(ns) || ns.isEmpty()) {
      if (name.equals("extension")) {
        while (nextChild()) {
          doc.addExtension(readExtension());
        }
        return;
      }
      warn("XML-UNEXPECTED", "unexpected element <" + name + "> in the document; kept as an extension");
    }
    doc.addExtension(readExtension());
  }

  private void readHeader() throws XMLStreamException {
    StandardBusinessDocumentHeader sbdh = null;
    MasterData masterData = null;
    List<Extension> extensions = new ArrayList<>();
    List<ExtensionAttribute> attributes = otherAttributes();
    while (nextChild()) {
      String ns = nsOf();
      String name = r.getLocalName();
      if (name.equals("StandardBusinessDocumentHeader")) {
        if (!ns.equals(SBDH)) {
          warn("XML-SBDH-NAMESPACE", "StandardBusinessDocumentHeader in namespace '" + ns + "'; expected " + SBDH);
        }
        sbdh = readSbdh();
      } else if (name.equals("extension") && !isForeign(ns)) {
        while (nextChild()) {
          String inner = r.getLocalName();
          if (inner.equals("EPCISMasterData")) {
            masterData = readMasterDataContainer();
          } else if (inner.equals("extension") && !isForeign(nsOf())) {
            while (nextChild()) {
              if (nsOf().isEmpty() && r.getLocalName().equals(HEADER_EXTENSIONS_LOCAL)) {
                while (nextChild()) {
                  extensions.add(readExtension());
                }
              } else {
                extensions.add(readExtension());
              }
            }
          } else {
            extensions.add(readExtension());
          }
        }
      } else if (name.equals("EPCISMasterData") && !isForeign(ns)) {
        warn("XML-STRUCTURE", "EPCISMasterData directly in EPCISHeader; expected inside EPCISHeader/extension");
        masterData = readMasterDataContainer();
      } else {
        extensions.add(readExtension());
      }
    }
    doc.header(new EpcisHeader(sbdh, masterData, extensions, attributes));
  }

  /** Returns true when positioned inside an event list (events follow). */
  private boolean enterBody(DocumentType type) throws XMLStreamException {
    if (!r.getLocalName().equals("EPCISBody")) {
      warn("XML-NAME-CASE", "<" + r.getLocalName() + "> read as EPCISBody");
    }
    while (nextChild()) {
      String name = r.getLocalName();
      if (is(name, "EventList")) {
        wrapperDepth = 0;
        return true;
      } else if (name.equals("QueryResults")) {
        if (!isEpcisNs(nsOf())) {
          warn("XML-QUERY-RESULTS", "QueryResults in namespace '" + nsOf() + "'");
        } else if (!nsOf().contains("query")) {
          warn("XML-QUERY-RESULTS", "QueryResults should be qualified with the query namespace");
        }
        if (enterQueryResults()) {
          return true;
        }
      } else if (name.equals("VocabularyList")) {
        doc.masterData(new MasterData(readVocabularyList(), List.of()));
      } else if (name.equals("extension") && !isForeign(nsOf())) {
        while (nextChild()) {
          doc.addBodyExtension(readExtension());
        }
      } else {
        if (!isForeign(nsOf())) {
          warn("XML-UNEXPECTED", "unexpected element <" + name + "> in EPCISBody; kept as an extension");
        }
        doc.addBodyExtension(readExtension());
      }
    }
    return false;
  }

  private boolean enterQueryResults() throws XMLStreamException {
    String queryName = null;
    String subscriptionId = null;
    while (nextChild()) {
      String name = r.getLocalName();
      switch (name) {
        case "queryName" -> queryName = text();
        case "subscriptionID" -> subscriptionId = text();
        case "resultsBody" -> {
          doc.queryResults(new QueryResults(queryName == null ? "" : queryName, subscriptionId));
          while (nextChild()) {
            String inner = r.getLocalName();
            if (inner.equals("EventList")) {
              return true;
            } else if (inner.equals("VocabularyList")) {
              doc.masterData(new MasterData(readVocabularyList(), List.of()));
            } else {
              skipWithWarning("resultsBody");
            }
          }
        }
        default -> skipWithWarning("QueryResults");
      }
    }
    if (queryName != null) {
      doc.queryResults(new QueryResults(queryName, subscriptionId));
    }
    return false;
  }

  /** Reads the next event, or null at the end of the document. */
  private EpcisEvent advance() throws XMLStreamException {
    if (bareEvent) {
      finishDocument();
      return null;
    }
    while (true) {
      if (nextChild()) {
        String ns = nsOf();
        String name = r.getLocalName();
        if (EVENT_NAMES.contains(name) && (ns.isEmpty() || isEpcisNs(ns))) {
          if (!ns.isEmpty()) {
            warn("XML-QUALIFIED-EVENT", "<" + r.getPrefix() + ":" + name + "> is namespace-qualified; EPCIS "
                + "events are unqualified (read anyway)");
          }
          return readEvent(name);
        }
        if (name.equals("extension") && !isForeign(ns)) {
          wrapperDepth++; // 1.2 EventList/extension(/extension): TransformationEvent, AssociationEvent
          continue;
        }
        if (wrapperDepth == 0) {
          warn("XML-UNKNOWN-EVENT", "unknown element <" + name + "> in the event list was skipped");
        } else {
          warn("XML-UNKNOWN-EVENT", "unknown element <" + name + "> in an event list extension was skipped");
        }
        skipElement();
        continue;
      }
      // END_ELEMENT: of a wrapper, or of the EventList
      if (wrapperDepth > 0) {
        wrapperDepth--;
        continue;
      }
      finishAfterEventList();
      return null;
    }
  }

  /** After the EventList: the rest of the body and the document. */
  private void finishAfterEventList() throws XMLStreamException {
    // we are at </EventList>; close resultsBody/QueryResults if present, then the body, then the tail
    int closed = 0;
    while (true) {
      if (nextChild()) {
        String name = r.getLocalName();
        if (name.equals("VocabularyList")) {
          doc.masterData(new MasterData(readVocabularyList(), List.of()));
        } else if (name.equals("extension") && !isForeign(nsOf()) && closed == 0) {
          while (nextChild()) {
            doc.addBodyExtension(readExtension());
          }
        } else if (closed >= 1) {
          readDocumentTail(); // after the body: kept as a document extension (with a warning where unexpected)
        } else {
          if (isForeign(nsOf())) {
            doc.addBodyExtension(readExtension());
          } else {
            skipWithWarning("EPCISBody");
          }
        }
      } else {
        // an END_ELEMENT: resultsBody, QueryResults, EPCISBody or the root
        String name = r.getLocalName();
        if (is(name, "EPCISBody")) {
          closed = 1;
        } else if (name.equals("EPCISDocument") || name.equals("EPCISQueryDocument")
            || name.equals("EPCISMasterDataDocument")) {
          finishDocument();
          return;
        }
      }
    }
  }

  /**
   * At the root's end tag: reads the rest of the input, where only comments, processing instructions and whitespace
   * may follow (the parser refuses a second root element or text), then completes the document. Content after the
   * root was ignored before stop 15, so a document closed too early lost what followed without a word.
   */
  private void finishDocument() throws XMLStreamException {
    finished = true;
    while (r.hasNext() && r.next() != END_DOCUMENT) {
      // comments, processing instructions and whitespace after the root
    }
    if (!headerExtensionsAfterBody.isEmpty()) {
      EpcisDocument sofar = doc.build();
      EpcisHeader h = sofar.header() == null ? new EpcisHeader(null, null, List.of(), List.of()) : sofar.header();
      List<Extension> all = new ArrayList<>(h.extensions());
      all.addAll(headerExtensionsAfterBody);
      doc.header(new EpcisHeader(h.sbdh(), h.masterData(), all, h.otherAttributes()));
      headerExtensionsAfterBody = new ArrayList<>();
    }
    document = null;
  }

  // ------------------------------------------------------------------ events

  private EpcisEvent readEvent(String name) throws XMLStreamException {
    eventCount++;
    if (eventCount > limits.maxEvents()) {
      throw fail("XML-LIMIT-EVENTS", "more than " + limits.maxEvents() + " events in one document"
          + SecureStax.raise("withMaxEvents(long)", "events=N"));
    }
    pendingLocation = here().withEvent(eventCount - 1, name);
    EventFields f = new EventFields();
    if (bareEvent && eventCount == 1) {
      // a bare event may carry the document's schemaVersion and creationDate as attributes
      String schemaVersion = attribute("schemaVersion");
      String creationDate = attribute("creationDate");
      if (schemaVersion != null) {
        doc.schemaVersion(schemaVersion);
      }
      if (creationDate != null) {
        doc.creationDate(time(creationDate, null, "creationDate"));
      }
      f.otherAttributes = otherAttributes("schemaVersion", "creationDate");
    } else {
      f.otherAttributes = otherAttributes();
    }
    readEventChildren(f, 0);
    try {
      return f.build(name, this);
    } catch (NullPointerException | IllegalArgumentException e) {
      throw new EpcisException(Finding.error("XML-EVENT", name + ": " + e.getMessage(), pendingLocation), e);
    }
  }

  /** Mutable collector of an event's fields. */
  private static final class EventFields {
    String eventTime;
    String recordTime;
    String eventTimeZoneOffset;
    String eventId;
    ErrorDeclaration errorDeclaration;
    List<String> certificationInfo = new ArrayList<>();
    String action;
    BizStep bizStep;
    Disposition disposition;
    PersistentDisposition persistentDisposition;
    ReadPoint readPoint;
    BizLocation bizLocation;
    List<BizTransaction> bizTransactions = new ArrayList<>();
    List<SourceDest> sources = new ArrayList<>();
    List<SourceDest> destinations = new ArrayList<>();
    List<SensorElement> sensorElements = new ArrayList<>();
    List<Extension> extensions = new ArrayList<>();
    List<ExtensionAttribute> otherAttributes;
    List<String> epcList = new ArrayList<>();
    List<String> childEpcs = new ArrayList<>();
    List<String> inputEpcs = new ArrayList<>();
    List<String> outputEpcs = new ArrayList<>();
    List<QuantityElement> quantities = new ArrayList<>();
    List<QuantityElement> childQuantities = new ArrayList<>();
    List<QuantityElement> inputQuantities = new ArrayList<>();
    List<QuantityElement> outputQuantities = new ArrayList<>();
    List<Extension> ilmd = new ArrayList<>();
    final Set<ListField> emptyLists = EnumSet.noneOf(ListField.class);
    String parentId;
    String transformationId;
    String epcClass;
    String quantity;
    boolean ilmdPresent;

    /**
     * The first field of another event type that the event holds, or null. Such a field has no place in the event
     * type's model, so reading on would drop it without a word (a schema error as well, which only {@code validate}
     * reports): it is refused instead. Which type has which field is {@link EventType#isFieldOfAnotherType}'s, the
     * table the JSON-LD reader uses too.
     */
    private String misplaced(String name) {
      // a QuantityEvent (1.2, read as an ObjectEvent) has a quantity and no other type-specific field but the list
      boolean quantityEvent = name.equals("QuantityEvent");
      EventType type = quantityEvent ? null : EventType.fromLocalName(name).orElseThrow(); // only EVENT_NAMES come
      String[] present = {action != null ? "action" : null, has(epcList, ListField.EPC_LIST) ? "epcList" : null,
          has(quantities, ListField.QUANTITY_LIST) ? "quantityList" : null, parentId != null ? "parentID" : null,
          has(childEpcs, ListField.CHILD_EPCS) ? "childEPCs" : null,
          has(childQuantities, ListField.CHILD_QUANTITY_LIST) ? "childQuantityList" : null,
          has(inputEpcs, ListField.INPUT_EPC_LIST) ? "inputEPCList" : null,
          has(inputQuantities, ListField.INPUT_QUANTITY_LIST) ? "inputQuantityList" : null,
          has(outputEpcs, ListField.OUTPUT_EPC_LIST) ? "outputEPCList" : null,
          has(outputQuantities, ListField.OUTPUT_QUANTITY_LIST) ? "outputQuantityList" : null,
          transformationId != null ? "transformationID" : null, ilmdPresent ? "ilmd" : null};
      for (String field : present) {
        if (field != null && (quantityEvent ? !field.equals("quantityList") : type.isFieldOfAnotherType(field))) {
          return field;
        }
      }
      return epcClass != null && !quantityEvent ? "epcClass" : quantity != null && !quantityEvent ? "quantity" : null;
    }

    private boolean has(List<?> list, ListField field) {
      return !list.isEmpty() || emptyLists.contains(field);
    }

    EpcisEvent build(String name, StaxEventStream s) {
      String misplaced = misplaced(name);
      if (misplaced != null) {
        throw s.failAt("XML-MISPLACED-FIELD", "<" + misplaced + "> is not a field of " + name + ": the event "
            + "cannot hold it, so it would be lost (move it to an event type that has it, or namespace it as an "
            + "extension)");
      }
      ZoneOffset declared = null;
      if (eventTimeZoneOffset != null) {
        try {
          declared = ZoneOffset.of(eventTimeZoneOffset);
        } catch (RuntimeException e) {
          throw s.failAt("XML-TIME-ZONE-OFFSET", "eventTimeZoneOffset '" + eventTimeZoneOffset
              + "' is not an offset like +01:00 or -05:00");
        }
      } else {
        throw s.failAt("XML-MISSING", name + " has no eventTimeZoneOffset");
      }
      if (eventTime == null) {
        throw s.failAt("XML-MISSING", name + " has no eventTime");
      }
      OffsetDateTime time = s.time(eventTime, declared, "eventTime");
      OffsetDateTime record = recordTime == null ? null : s.time(recordTime, declared, "recordTime");
      EventBuilder<?, ?> b;
      switch (name) {
        case "ObjectEvent" -> b = ObjectEvent.builder().action(s.action(action, name)).epcList(epcList)
            .quantityList(quantities).ilmd(ilmd);
        case "QuantityEvent" -> {
          s.warnAt("XML-QUANTITY-EVENT", "QuantityEvent (deprecated since EPCIS 1.1) read as an ObjectEvent with "
              + "a quantityList; it will be written as an ObjectEvent");
          List<QuantityElement> q = new ArrayList<>(quantities);
          if (epcClass != null) {
            q.add(new QuantityElement(epcClass, quantity == null ? null : s.decimal(quantity, "quantity"), null));
          }
          b = ObjectEvent.builder().action(Action.OBSERVE).quantityList(q);
        }
        case "AggregationEvent" -> b = AggregationEvent.builder().action(s.action(action, name)).parentId(parentId)
            .childEpcs(childEpcs).childQuantityList(childQuantities);
        case "TransactionEvent" -> b = TransactionEvent.builder().action(s.action(action, name)).parentId(parentId)
            .epcList(epcList).quantityList(quantities);
        case "TransformationEvent" -> b = TransformationEvent.builder().inputEpcList(inputEpcs)
            .inputQuantityList(inputQuantities).outputEpcList(outputEpcs).outputQuantityList(outputQuantities)
            .transformationId(transformationId).ilmd(ilmd);
        case "AssociationEvent" -> b = AssociationEvent.builder().action(s.action(action, name)).parentId(parentId)
            .childEpcs(childEpcs).childQuantityList(childQuantities);
        default -> throw s.failAt("XML-UNKNOWN-EVENT", "unknown event type " + name);
      }
      for (ListField l : emptyLists) {
        b.emptyListPresent(l);
      }
      return b.eventTime(time).eventTimeZoneOffset(declared).recordTime(record).eventId(eventId)
          .errorDeclaration(errorDeclaration).certificationInfo(certificationInfo).bizStep(bizStep)
          .disposition(disposition).persistentDisposition(persistentDisposition).readPoint(readPoint)
          .bizLocation(bizLocation).bizTransactionList(bizTransactions).sourceList(sources)
          .destinationList(destinations).sensorElementList(sensorElements).extensions(extensions)
          .otherAttributes(otherAttributes).build();
    }
  }

  /**
   * Reads the children of an event or of one of its 1.2 wrappers ({@code baseExtension}, {@code extension}).
   *
   * @param level 0 for the event itself, 1 for a 1.2 wrapper ({@code extension}, {@code baseExtension}), 2 and more
   *     for nested wrappers, where only the EPCIS 2.0 fields that 1.2 documents park there are fields
   */
  private void readEventChildren(EventFields f, int level) throws XMLStreamException {
    boolean inWrapper = level > 0;
    while (nextChild()) {
      String ns = nsOf();
      String name = r.getLocalName();
      boolean epcisField = ns.isEmpty() || isEpcisNs(ns) && (inWrapper || !ns.equals(EpcisXmlNamespaces.EPCIS_2_0)
          || version == XmlVersion.V2_0);
      if (!epcisField) {
        Extension x = readExtension();
        if (ns.equals(UNQUALIFIED_EXTENSION_NS)) {
          x = new Extension(QualifiedName.local(name), x.attributes(), x.text(), x.datatype(), x.children());
        }
        f.extensions.add(x);
        continue;
      }
      if (level >= 2 && !PARKED_FIELDS.contains(name) && !name.equals("extension")) {
        f.extensions.add(readExtension()); // un-namespaced user content of a nested 1.2 extension
        continue;
      }
      if (!ns.isEmpty() && !(inWrapper && ns.equals(EpcisXmlNamespaces.EPCIS_2_0))) {
        warn("XML-QUALIFIED-FIELD", "<" + r.getName().getPrefix() + ":" + name + "> is namespace-qualified; "
            + "EPCIS event fields are unqualified (read anyway)");
      }
      switch (name) {
        case "eventTime" -> f.eventTime = onceText(f.eventTime, name);
        case "recordTime" -> f.recordTime = onceText(f.recordTime, name);
        case "eventTimeZoneOffset" -> f.eventTimeZoneOffset = onceText(f.eventTimeZoneOffset, name);
        case "eventID" -> f.eventId = onceText(f.eventId, name);
        case "errorDeclaration" -> {
          once(f.errorDeclaration, name);
          f.errorDeclaration = readErrorDeclaration();
        }
        case "certificationInfo" -> f.certificationInfo.add(text());
        case "baseExtension", "extension" -> readEventChildren(f, level + 1);
        case "action" -> f.action = onceText(f.action, name);
        case "bizStep" -> {
          once(f.bizStep, name);
          f.bizStep = BizStep.of(nonEmptyText("bizStep"));
        }
        case "disposition" -> {
          once(f.disposition, name);
          f.disposition = Disposition.of(nonEmptyText("disposition"));
        }
        case "persistentDisposition" -> {
          once(f.persistentDisposition, name);
          f.persistentDisposition = readPersistentDisposition();
        }
        case "readPoint" -> {
          once(f.readPoint, name);
          f.readPoint = readReadPoint();
        }
        case "bizLocation" -> {
          once(f.bizLocation, name);
          f.bizLocation = readBizLocation();
        }
        case "bizTransactionList" -> readBizTransactions(f.bizTransactions);
        case "sourceList" -> readSourceDest(f.sources, "source");
        case "destinationList" -> readSourceDest(f.destinations, "destination");
        case "sensorElementList" -> readSensorElements(f.sensorElements);
        case "epcList" -> present(f, ListField.EPC_LIST, readEpcs(f.epcList));
        case "childEPCs" -> present(f, ListField.CHILD_EPCS, readEpcs(f.childEpcs));
        case "inputEPCList" -> present(f, ListField.INPUT_EPC_LIST, readEpcs(f.inputEpcs));
        case "outputEPCList" -> present(f, ListField.OUTPUT_EPC_LIST, readEpcs(f.outputEpcs));
        case "quantityList" -> present(f, ListField.QUANTITY_LIST, readQuantities(f.quantities));
        case "childQuantityList" -> present(f, ListField.CHILD_QUANTITY_LIST, readQuantities(f.childQuantities));
        case "inputQuantityList" -> present(f, ListField.INPUT_QUANTITY_LIST, readQuantities(f.inputQuantities));
        case "outputQuantityList" -> present(f, ListField.OUTPUT_QUANTITY_LIST, readQuantities(f.outputQuantities));
        case "parentID" -> f.parentId = onceText(f.parentId, name);
        case "transformationID" -> f.transformationId = onceText(f.transformationId, name);
        case "ilmd" -> {
          f.ilmdPresent = true;
          readIlmd(f.ilmd);
        }
        case "epcClass" -> f.epcClass = onceText(f.epcClass, name);
        case "quantity" -> f.quantity = onceText(f.quantity, name);
        default -> {
          if (ns.isEmpty() && inWrapper) {
            f.extensions.add(readExtension()); // ##local content of a 1.2 wrapper
          } else {
            warn("XML-UNKNOWN-FIELD", "unknown event field <" + name + ">; kept as an extension");
            f.extensions.add(readExtension());
          }
        }
      }
    }
  }

  /**
   * Refuses a second element of a field that an event has at most once ({@code previous} is the first one's value):
   * the model holds one, so reading on would drop the other without a word (a schema error as well).
   */
  private void once(Object previous, String name) {
    if (previous != null) {
      throw fail("XML-REPEATED-FIELD", "<" + name + "> appears twice in this event, which holds it once: one would "
          + "be lost");
    }
  }

  /** The text of a field that an event has at most once (see {@link #once}). */
  private String onceText(String previous, String name) throws XMLStreamException {
    once(previous, name);
    return text();
  }

  /** Records a list element that held no entry (a list read before with entries stays unrecorded). */
  private static void present(EventFields f, ListField list, List<?> read) {
    if (read.isEmpty()) {
      f.emptyLists.add(list);
    }
  }

  private ErrorDeclaration readErrorDeclaration() throws XMLStreamException {
    String declarationTime = null;
    ErrorReason reason = null;
    List<String> corrective = new ArrayList<>();
    List<Extension> extensions = new ArrayList<>();
    while (nextChild()) {
      String name = r.getLocalName();
      if (isForeign(nsOf())) {
        extensions.add(readExtension());
        continue;
      }
      switch (name) {
        case "declarationTime" -> declarationTime = text();
        case "reason" -> reason = ErrorReason.of(nonEmptyText("reason"));
        case "correctiveEventIDs" -> {
          while (nextChild()) {
            corrective.add(text());
          }
        }
        case "extension" -> {
          while (nextChild()) {
            extensions.add(readExtension());
          }
        }
        default -> extensions.add(readExtension());
      }
    }
    if (declarationTime == null) {
      throw fail("XML-MISSING", "errorDeclaration has no declarationTime");
    }
    return new ErrorDeclaration(time(declarationTime, null, "declarationTime"), reason, corrective, extensions);
  }

  private PersistentDisposition readPersistentDisposition() throws XMLStreamException {
    List<Disposition> set = new ArrayList<>();
    List<Disposition> unset = new ArrayList<>();
    while (nextChild()) {
      String name = r.getLocalName();
      if (name.equals("set")) {
        set.add(Disposition.of(nonEmptyText("set")));
      } else if (name.equals("unset")) {
        unset.add(Disposition.of(nonEmptyText("unset")));
      } else {
        skipWithWarning("persistentDisposition");
      }
    }
    return new PersistentDisposition(set, unset);
  }

  private ReadPoint readReadPoint() throws XMLStreamException {
    String[] id = new String[1];
    List<Extension> ext = readLocation(id, "readPoint");
    return new ReadPoint(id[0], ext);
  }

  private BizLocation readBizLocation() throws XMLStreamException {
    String[] id = new String[1];
    List<Extension> ext = readLocation(id, "bizLocation");
    return new BizLocation(id[0], ext);
  }

  private List<Extension> readLocation(String[] id, String what) throws XMLStreamException {
    List<Extension> extensions = new ArrayList<>();
    while (nextChild()) {
      String name = r.getLocalName();
      if (!isForeign(nsOf()) && name.equals("id")) {
        id[0] = text();
      } else if (!isForeign(nsOf()) && name.equals("extension")) {
        while (nextChild()) {
          extensions.add(readExtension());
        }
      } else {
        extensions.add(readExtension());
      }
    }
    if (id[0] == null || id[0].isEmpty()) {
      throw fail("XML-MISSING", what + " has no id");
    }
    return extensions;
  }

  private void readBizTransactions(List<BizTransaction> out) throws XMLStreamException {
    while (nextChild()) {
      String type = attribute("type");
      String value = text();
      out.add(new BizTransaction(value, type == null || type.isBlank() ? null : BizTransactionType.of(type)));
    }
  }

  private void readSourceDest(List<SourceDest> out, String element) throws XMLStreamException {
    while (nextChild()) {
      String type = attribute("type");
      String value = text();
      if (type == null || type.isBlank()) {
        throw fail("XML-MISSING", element + " '" + value + "' has no type (owning_party, possessing_party, location)");
      }
      out.add(new SourceDest(SourceDestType.of(type), value));
    }
  }

  private List<String> readEpcs(List<String> out) throws XMLStreamException {
    while (nextChild()) {
      String value = text();
      if (value.isEmpty()) {
        warn("XML-EMPTY-EPC", "an empty <" + r.getLocalName() + "> was skipped");
      } else {
        out.add(value);
      }
    }
    return out;
  }

  private List<QuantityElement> readQuantities(List<QuantityElement> out) throws XMLStreamException {
    while (nextChild()) {
      String epcClass = null;
      BigDecimal quantity = null;
      String uom = null;
      while (nextChild()) {
        switch (r.getLocalName()) {
          case "epcClass" -> epcClass = text();
          case "quantity" -> {
            boolean nil = "true".equals(r.getAttributeValue(XSI, "nil"));
            String q = text();
            quantity = nil || q.isEmpty() ? null : decimal(q, "quantity");
          }
          case "uom" -> uom = text();
          default -> skipWithWarning("quantityElement");
        }
      }
      if (epcClass == null) {
        throw fail("XML-MISSING", "quantityElement has no epcClass");
      }
      out.add(new QuantityElement(epcClass, quantity, uom));
    }
    return out;
  }

  private void readIlmd(List<Extension> out) throws XMLStreamException {
    while (nextChild()) {
      if (!isForeign(nsOf()) && r.getLocalName().equals("extension")) {
        while (nextChild()) {
          out.add(readExtension());
        }
      } else {
        out.add(readExtension());
      }
    }
  }

  private void readSensorElements(List<SensorElement> out) throws XMLStreamException {
    while (nextChild()) {
      if (!r.getLocalName().equals("sensorElement")) {
        skipWithWarning("sensorElementList"); // the model has no place for sensorElementList extensions
        continue;
      }
      SensorMetadata metadata = null;
      List<SensorReport> reports = new ArrayList<>();
      List<Extension> extensions = new ArrayList<>();
      while (nextChild()) {
        String name = r.getLocalName();
        if (isForeign(nsOf())) {
          extensions.add(readExtension());
        } else if (name.equals("sensorMetadata")) {
          metadata = readSensorMetadata();
        } else if (name.equals("sensorReport")) {
          reports.add(readSensorReport());
        } else if (name.equals("extension")) {
          while (nextChild()) {
            extensions.add(readExtension());
          }
        } else {
          extensions.add(readExtension());
        }
      }
      out.add(new SensorElement(metadata, reports, extensions));
    }
  }

  private SensorMetadata readSensorMetadata() throws XMLStreamException {
    SensorMetadata.Builder b = SensorMetadata.builder();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = nz(r.getAttributeNamespace(i));
      String name = r.getAttributeLocalName(i);
      String v = r.getAttributeValue(i).strip();
      if (!ns.isEmpty()) {
        b.addOtherAttribute(new ExtensionAttribute(qname(ns, name, r.getAttributePrefix(i)), r.getAttributeValue(i)));
        continue;
      }
      switch (name) {
        case "time" -> b.time(time(v, null, "sensorMetadata/@time"));
        case "startTime" -> b.startTime(time(v, null, "sensorMetadata/@startTime"));
        case "endTime" -> b.endTime(time(v, null, "sensorMetadata/@endTime"));
        case "deviceID" -> b.deviceID(v);
        case "deviceMetadata" -> b.deviceMetadata(v);
        case "rawData" -> b.rawData(v);
        case "dataProcessingMethod" -> b.dataProcessingMethod(v);
        case "bizRules" -> b.bizRules(v);
        default -> b.addOtherAttribute(new ExtensionAttribute(QualifiedName.local(name), r.getAttributeValue(i)));
      }
    }
    ignoreContent("sensorMetadata");
    return b.build();
  }

  private SensorReport readSensorReport() throws XMLStreamException {
    SensorReport.Builder b = SensorReport.builder();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = nz(r.getAttributeNamespace(i));
      String name = r.getAttributeLocalName(i);
      String v = r.getAttributeValue(i).strip();
      if (!ns.isEmpty()) {
        b.addOtherAttribute(new ExtensionAttribute(qname(ns, name, r.getAttributePrefix(i)), r.getAttributeValue(i)));
        continue;
      }
      switch (name) {
        case "type" -> b.type(MeasurementType.of(v));
        case "exception" -> b.exception(SensorAlertType.of(v));
        case "deviceID" -> b.deviceID(v);
        case "deviceMetadata" -> b.deviceMetadata(v);
        case "rawData" -> b.rawData(v);
        case "dataProcessingMethod" -> b.dataProcessingMethod(v);
        case "bizRules" -> b.bizRules(v);
        case "time" -> b.time(time(v, null, "sensorReport/@time"));
        case "microorganism" -> b.microorganism(v);
        case "chemicalSubstance" -> b.chemicalSubstance(v);
        case "value" -> b.value(decimal(v, "sensorReport/@value"));
        case "component" -> b.component(SensorComponent.of(v));
        case "stringValue" -> b.stringValue(r.getAttributeValue(i));
        case "booleanValue" -> b.booleanValue(bool(v, "sensorReport/@booleanValue"));
        case "hexBinaryValue" -> b.hexBinaryValue(v);
        case "uriValue" -> b.uriValue(v);
        case "minValue" -> b.minValue(decimal(v, "sensorReport/@minValue"));
        case "maxValue" -> b.maxValue(decimal(v, "sensorReport/@maxValue"));
        case "meanValue" -> b.meanValue(decimal(v, "sensorReport/@meanValue"));
        case "sDev" -> b.sDev(decimal(v, "sensorReport/@sDev"));
        case "percRank" -> b.percRank(decimal(v, "sensorReport/@percRank"));
        case "percValue" -> b.percValue(decimal(v, "sensorReport/@percValue"));
        case "uom" -> b.uom(v);
        case "coordinateReferenceSystem" -> b.coordinateReferenceSystem(v);
        default -> b.addOtherAttribute(new ExtensionAttribute(QualifiedName.local(name), r.getAttributeValue(i)));
      }
    }
    ignoreContent("sensorReport");
    return b.build();
  }

  // ------------------------------------------------------------------ SBDH and master data

  private StandardBusinessDocumentHeader readSbdh() throws XMLStreamException {
    StandardBusinessDocumentHeader.Builder b = StandardBusinessDocumentHeader.builder().headerVersion(null);
    while (nextChild()) {
      switch (r.getLocalName()) {
        case "HeaderVersion" -> b.headerVersion(text());
        case "Sender" -> b.addSender(readPartner());
        case "Receiver" -> b.addReceiver(readPartner());
        case "DocumentIdentification" -> {
          String standard = null;
          String typeVersion = null;
          String instance = null;
          String type = null;
          Boolean multiple = null;
          String created = null;
          while (nextChild()) {
            switch (r.getLocalName()) {
              case "Standard" -> standard = text();
              case "TypeVersion" -> typeVersion = text();
              case "InstanceIdentifier" -> instance = text();
              case "Type" -> type = text();
              case "MultipleType" -> multiple = bool(text(), "MultipleType");
              case "CreationDateAndTime" -> created = text();
              default -> skipWithWarning("DocumentIdentification");
            }
          }
          b.documentIdentification(new DocumentIdentification(standard, typeVersion, instance, type, multiple,
              created));
        }
        case "Manifest" -> {
          String count = null;
          List<ManifestItem> items = new ArrayList<>();
          while (nextChild()) {
            if (r.getLocalName().equals("NumberOfItems")) {
              count = text();
            } else if (r.getLocalName().equals("ManifestItem")) {
              String mime = null;
              String uri = null;
              String description = null;
              String language = null;
              while (nextChild()) {
                switch (r.getLocalName()) {
                  case "MimeTypeQualifierCode" -> mime = text();
                  case "UniformResourceIdentifier" -> uri = text();
                  case "Description" -> description = text();
                  case "LanguageCode" -> language = text();
                  default -> skipWithWarning("ManifestItem");
                }
              }
              items.add(new ManifestItem(mime, uri, description, language));
            } else {
              skipWithWarning("Manifest");
            }
          }
          b.manifest(new Manifest(count, items));
        }
        case "BusinessScope" -> {
          while (nextChild()) {
            String type = null;
            String instance = null;
            String identifier = null;
            List<Extension> info = new ArrayList<>();
            while (nextChild()) {
              switch (r.getLocalName()) {
                case "Type" -> type = text();
                case "InstanceIdentifier" -> instance = text();
                case "Identifier" -> identifier = text();
                default -> info.add(readExtension());
              }
            }
            b.addScope(new Scope(type, instance, identifier, info));
          }
        }
        default -> skipWithWarning("StandardBusinessDocumentHeader");
      }
    }
    return b.build();
  }

  private Partner readPartner() throws XMLStreamException {
    PartnerIdentification id = null;
    List<ContactInformation> contacts = new ArrayList<>();
    while (nextChild()) {
      if (r.getLocalName().equals("Identifier")) {
        String authority = attribute("Authority");
        id = new PartnerIdentification(text(), authority);
      } else if (r.getLocalName().equals("ContactInformation")) {
        String contact = null;
        String email = null;
        String fax = null;
        String phone = null;
        String type = null;
        while (nextChild()) {
          switch (r.getLocalName()) {
            case "Contact" -> contact = text();
            case "EmailAddress" -> email = text();
            case "FaxNumber" -> fax = text();
            case "TelephoneNumber" -> phone = text();
            case "ContactTypeIdentifier" -> type = text();
            default -> skipWithWarning("ContactInformation");
          }
        }
        contacts.add(new ContactInformation(contact == null ? "" : contact, email, fax, phone, type));
      } else {
        skipWithWarning("Sender/Receiver");
      }
    }
    if (id == null) {
      throw fail("XML-MISSING", "an SBDH Sender or Receiver has no Identifier");
    }
    return new Partner(id, contacts);
  }

  private MasterData readMasterDataContainer() throws XMLStreamException {
    List<Vocabulary> vocabularies = new ArrayList<>();
    List<Extension> extensions = new ArrayList<>();
    while (nextChild()) {
      if (r.getLocalName().equals("VocabularyList")) {
        vocabularies.addAll(readVocabularyList());
      } else if (r.getLocalName().equals("extension") && !isForeign(nsOf())) {
        while (nextChild()) {
          extensions.add(readExtension());
        }
      } else {
        extensions.add(readExtension());
      }
    }
    return new MasterData(vocabularies, extensions);
  }

  private List<Vocabulary> readVocabularyList() throws XMLStreamException {
    List<Vocabulary> out = new ArrayList<>();
    while (nextChild()) {
      if (!r.getLocalName().equals("Vocabulary")) {
        skipWithWarning("VocabularyList");
        continue;
      }
      String type = attribute("type");
      List<ExtensionAttribute> attributes = otherAttributes("type");
      List<VocabularyElement> elements = new ArrayList<>();
      List<Extension> extensions = new ArrayList<>();
      while (nextChild()) {
        String name = r.getLocalName();
        if (isForeign(nsOf())) {
          extensions.add(readExtension());
        } else if (name.equals("VocabularyElementList")) {
          while (nextChild()) {
            elements.add(readVocabularyElement());
          }
        } else if (name.equals("extension")) {
          while (nextChild()) {
            extensions.add(readExtension());
          }
        } else {
          extensions.add(readExtension());
        }
      }
      if (type == null) {
        throw fail("XML-MISSING", "a Vocabulary has no type attribute");
      }
      out.add(new Vocabulary(type.strip(), elements, extensions, attributes));
    }
    return out;
  }

  private VocabularyElement readVocabularyElement() throws XMLStreamException {
    String id = attribute("id");
    if (id == null) {
      throw fail("XML-MISSING", "a VocabularyElement has no id attribute");
    }
    List<ExtensionAttribute> otherAttributes = otherAttributes("id");
    List<MasterDataAttribute> attributes = new ArrayList<>();
    List<String> children = new ArrayList<>();
    List<Extension> extensions = new ArrayList<>();
    while (nextChild()) {
      String name = r.getLocalName();
      if (isForeign(nsOf())) {
        extensions.add(readExtension());
      } else if (name.equals("attribute")) {
        attributes.add(readMasterDataAttribute());
      } else if (name.equals("children")) {
        while (nextChild()) {
          children.add(text());
        }
      } else if (name.equals("extension")) {
        while (nextChild()) {
          extensions.add(readExtension());
        }
      } else {
        extensions.add(readExtension());
      }
    }
    return new VocabularyElement(id.strip(), attributes, children, extensions, otherAttributes);
  }

  private MasterDataAttribute readMasterDataAttribute() throws XMLStreamException {
    String id = attribute("id");
    if (id == null) {
      throw fail("XML-MISSING", "a master-data attribute has no id");
    }
    List<ExtensionAttribute> others = otherAttributes("id");
    String datatype = xsiType();
    others.removeIf(a -> a.name().namespace().equals(XSI) && a.name().localName().equals("type"));
    Extension content = readContent(QualifiedName.local("attribute"));
    String text = content.text();
    if (!content.children().isEmpty() && text != null && text.isBlank()) {
      text = null;
    }
    return new MasterDataAttribute(id.strip(), text, text == null ? null : datatype, content.children(), others);
  }

  // ------------------------------------------------------------------ extensions

  /** Reads the current element (any namespace) as an extension tree. */
  private Extension readExtension() throws XMLStreamException {
    QualifiedName name = qname(nsOf(), r.getLocalName(), r.getPrefix());
    List<ExtensionAttribute> attributes = new ArrayList<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = nz(r.getAttributeNamespace(i));
      if (ns.equals(XSI) && r.getAttributeLocalName(i).equals("type")) {
        continue;
      }
      attributes.add(new ExtensionAttribute(qname(ns, r.getAttributeLocalName(i), r.getAttributePrefix(i)),
          r.getAttributeValue(i)));
    }
    String datatype = xsiType();
    Extension content = readContent(name);
    String text = content.text();
    if (!content.children().isEmpty() && text != null && text.isBlank()) {
      text = null;
    }
    return new Extension(name, attributes, text, text == null ? null : datatype, content.children());
  }

  /** Reads the text and child elements of the current element; text is kept exactly (not trimmed). */
  private Extension readContent(QualifiedName name) throws XMLStreamException {
    StringBuilder text = null;
    List<Extension> children = new ArrayList<>();
    while (true) {
      int event = r.next();
      if (event == START_ELEMENT) {
        children.add(readExtension());
      } else if (event == CHARACTERS || event == CDATA || event == SPACE) {
        if (text == null) {
          text = new StringBuilder();
        }
        text.append(r.getText());
      } else if (event == END_ELEMENT) {
        break;
      } else if (event == END_DOCUMENT) {
        throw fail("XML-WELL-FORMED", "unexpected end of document");
      }
    }
    return new Extension(name, List.of(), text == null ? (children.isEmpty() ? "" : null) : text.toString(), null,
        children);
  }

  /** The xsi:type of the current element as a datatype IRI, or null. */
  private String xsiType() {
    String type = r.getAttributeValue(XSI, "type");
    if (type == null) {
      return null;
    }
    type = type.strip();
    int colon = type.indexOf(':');
    String prefix = colon < 0 ? "" : type.substring(0, colon);
    String local = colon < 0 ? type : type.substring(colon + 1);
    String ns = r.getNamespaceContext().getNamespaceURI(prefix);
    if (ns == null || ns.isEmpty()) {
      warn("XML-XSI-TYPE", "xsi:type '" + type + "' uses an undeclared prefix; kept as written");
      return type;
    }
    // JSON-LD datatype IRI: namespace followed by local name (the writer splits it back at its last delimiter)
    return ns.equals("http://www.w3.org/2001/XMLSchema") ? Extension.XSD + local : ns + local;
  }

  // ------------------------------------------------------------------ cursor helpers

  /** Advances to the next child element of the current element; false at the current element's end. */
  private boolean nextChild() throws XMLStreamException {
    while (true) {
      int event = r.next();
      switch (event) {
        case START_ELEMENT:
          return true;
        case END_ELEMENT:
          return false;
        case CHARACTERS:
        case CDATA:
          if (!r.isWhiteSpace()) {
            String stray = r.getText().strip();
            warn("XML-STRAY-TEXT", "text '" + abbreviate(stray) + "' between elements was ignored");
          }
          break;
        case END_DOCUMENT:
          throw fail("XML-WELL-FORMED", "unexpected end of document");
        default:
          break; // comments, processing instructions, whitespace
      }
    }
  }

  /** Advances to the root element. */
  private boolean nextElementInDocument() throws XMLStreamException {
    while (r.hasNext()) {
      int event = r.next();
      if (event == START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == START_ELEMENT) {
        depth++;
      } else if (event == END_ELEMENT) {
        depth--;
      } else if (event == END_DOCUMENT) {
        throw fail("XML-WELL-FORMED", "unexpected end of document");
      }
    }
  }

  private void skipWithWarning(String parent) throws XMLStreamException {
    warn("XML-UNKNOWN-FIELD", "unexpected element <" + r.getLocalName() + "> in " + parent + " was skipped");
    skipElement();
  }

  /** Skips the content of an element whose content the model does not hold (sensor text content). */
  private void ignoreContent(String what) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == START_ELEMENT) {
        depth++;
      } else if (event == END_ELEMENT) {
        depth--;
      } else if ((event == CHARACTERS || event == CDATA) && !r.isWhiteSpace()) {
        text.append(r.getText());
      }
    }
    if (!text.toString().isBlank()) {
      warn("XML-SENSOR-TEXT", what + " text content '" + abbreviate(text.toString().strip())
          + "' is not part of the EPCIS model and was ignored");
    }
  }

  /** The element's text, trimmed. */
  private String text() throws XMLStreamException {
    return r.getElementText().strip();
  }

  private String nonEmptyText(String what) throws XMLStreamException {
    String value = text();
    if (value.isEmpty()) {
      throw fail("XML-EMPTY", what + " is empty");
    }
    return value;
  }

  private String attribute(String localName) {
    String value = r.getAttributeValue(null, localName);
    if (value == null) {
      value = r.getAttributeValue("", localName);
    }
    return value == null ? null : value.strip();
  }

  private List<ExtensionAttribute> otherAttributes(String... known) {
    List<ExtensionAttribute> out = new ArrayList<>();
    outer:
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = nz(r.getAttributeNamespace(i));
      String name = r.getAttributeLocalName(i);
      if (ns.isEmpty()) {
        for (String k : known) {
          if (k.equals(name)) {
            continue outer;
          }
        }
      }
      out.add(new ExtensionAttribute(qname(ns, name, r.getAttributePrefix(i)), r.getAttributeValue(i)));
    }
    return out;
  }

  private String nsOf() {
    return nz(r.getNamespaceURI());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static QualifiedName qname(String ns, String local, String prefix) {
    return QualifiedName.of(ns, local, prefix);
  }

  private static boolean isEpcisNs(String ns) {
    return EPCIS_NAMESPACES.contains(ns);
  }

  /** The names {@link #readEventChildren} reads as event fields (any other name is kept as an extension). */
  private static final Set<String> EVENT_FIELDS = Set.of("eventTime", "recordTime", "eventTimeZoneOffset", "eventID",
      "errorDeclaration", "certificationInfo", "baseExtension", "extension", "action", "bizStep", "disposition",
      "persistentDisposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
      "sensorElementList", "epcList", "childEPCs", "inputEPCList", "outputEPCList", "quantityList",
      "childQuantityList", "inputQuantityList", "outputQuantityList", "parentID", "transformationID", "ilmd",
      "epcClass", "quantity");

  /**
   * Whether this reader takes an element {@code {ns}local} directly in an event of a {@code version} document for an
   * EPCIS field (read anyway, with a warning), not for an extension: such an extension cannot be written there (the
   * writer asks).
   */
  static boolean readsAsEventField(String ns, String local, XmlVersion version) {
    return isEpcisNs(ns) && (!ns.equals(EpcisXmlNamespaces.EPCIS_2_0) || version == XmlVersion.V2_0)
        && EVENT_FIELDS.contains(local);
  }

  /** A namespace neither empty nor one of the EPCIS namespaces: user extension content. */
  private static boolean isForeign(String ns) {
    return !ns.isEmpty() && !EPCIS_NAMESPACES.contains(ns);
  }

  private boolean is(String name, String expected) {
    if (name.equals(expected)) {
      return true;
    }
    if (name.equalsIgnoreCase(expected)) {
      warn("XML-NAME-CASE", "<" + name + "> read as <" + expected + ">");
      return true;
    }
    return false;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  // ------------------------------------------------------------------ values

  OffsetDateTime time(String lexical, ZoneOffset eventOffset, String field) {
    String value = lexical.strip();
    try {
      if (!XmlTimes.hasZone(value)) {
        ZoneOffset applied = zonelessDefault != null ? zonelessDefault
            : eventOffset != null ? eventOffset : ZoneOffset.UTC;
        warn("XML-TIME-NO-ZONE", field + " '" + value + "' has no time zone; read with offset "
            + XmlTimes.formatOffset(applied) + (zonelessDefault == null && eventOffset != null
                ? " (the event's eventTimeZoneOffset)" : ""));
        return XmlTimes.parse(value, applied);
      }
      return XmlTimes.parse(value, ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw failAt("XML-TIME", field + " '" + value + "' is not a date and time like 2024-03-01T10:15:30.000-05:00");
    }
  }

  BigDecimal decimal(String lexical, String field) {
    BigDecimal value;
    try {
      value = new BigDecimal(lexical.strip());
    } catch (NumberFormatException e) {
      throw fail("XML-NUMBER", field + " '" + abbreviate(lexical.strip()) + "' is not a number");
    }
    try {
      return Checks.boundedDecimal(value, field);
    } catch (IllegalArgumentException e) {
      throw fail("XML-NUMBER", e.getMessage());
    }
  }

  private Boolean bool(String lexical, String field) {
    return switch (lexical.strip()) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0" -> Boolean.FALSE;
      default -> throw fail("XML-BOOLEAN", field + " '" + abbreviate(lexical.strip()) + "' is not true or false");
    };
  }

  Action action(String value, String eventName) {
    if (value == null) {
      throw failAt("XML-MISSING", eventName + " has no action");
    }
    try {
      return Action.of(value);
    } catch (IllegalArgumentException e) {
      throw failAt("XML-ACTION", eventName + " action '" + value + "' is not ADD, OBSERVE or DELETE");
    }
  }

  // ------------------------------------------------------------------ findings

  private SourceLocation here() {
    Location loc = r.getLocation();
    return loc == null ? SourceLocation.of(systemId, 0, 0)
        : SourceLocation.of(systemId, Math.max(0, loc.getLineNumber()), Math.max(0, loc.getColumnNumber()));
  }

  private void warn(String rule, String message) {
    addWarning(Finding.warning(rule, message, here()));
  }

  void warnAt(String rule, String message) {
    addWarning(Finding.warning(rule, message, pendingLocation));
  }

  private void addWarning(Finding finding) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(finding);
    } else if (warnings.size() == MAX_WARNINGS) {
      warnings.add(Finding.warning("XML-WARNINGS-SUPPRESSED", "more than " + MAX_WARNINGS
          + " warnings: further warnings are not reported", finding.location()));
    }
  }

  /** A value the model refuses (blank identifier, missing type, ...), located where the reader stands. */
  private EpcisException invalidValue(RuntimeException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    SourceLocation where = here();
    if (pendingLocation.eventIndex() >= 0 && !finished) {
      where = where.withEvent(pendingLocation.eventIndex(), pendingLocation.field());
    }
    return new EpcisException(Finding.error("XML-VALUE", "invalid value: " + message, where), e);
  }

  private EpcisException fail(String rule, String message) {
    return new EpcisException(Finding.error(rule, message, here()));
  }

  /** A failure located at the start of the event being read (its fields are read by then). */
  EpcisException failAt(String rule, String message) {
    return new EpcisException(Finding.error(rule, message, pendingLocation.eventIndex() >= 0 ? pendingLocation
        : here()));
  }
}
