package dev.pharmatrace.epcis.xml.internal;

import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.AssociationEvent;
import dev.pharmatrace.epcis.model.BizTransaction;
import dev.pharmatrace.epcis.model.DocumentType;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.EpcisHeader;
import dev.pharmatrace.epcis.model.ErrorDeclaration;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ListField;
import dev.pharmatrace.epcis.model.ExtensionAttribute;
import dev.pharmatrace.epcis.model.MasterData;
import dev.pharmatrace.epcis.model.MasterDataAttribute;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.PersistentDisposition;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.QuantityElement;
import dev.pharmatrace.epcis.model.SensorElement;
import dev.pharmatrace.epcis.model.SensorMetadata;
import dev.pharmatrace.epcis.model.SensorReport;
import dev.pharmatrace.epcis.model.SourceDest;
import dev.pharmatrace.epcis.model.TransactionEvent;
import dev.pharmatrace.epcis.model.TransformationEvent;
import dev.pharmatrace.epcis.model.Vocabulary;
import dev.pharmatrace.epcis.model.VocabularyElement;
import dev.pharmatrace.epcis.model.cbv.CbvForm;
import dev.pharmatrace.epcis.model.cbv.CbvValue;
import dev.pharmatrace.epcis.model.internal.LateContent;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.model.sbdh.ContactInformation;
import dev.pharmatrace.epcis.model.sbdh.DocumentIdentification;
import dev.pharmatrace.epcis.model.sbdh.ManifestItem;
import dev.pharmatrace.epcis.model.sbdh.Partner;
import dev.pharmatrace.epcis.model.sbdh.Scope;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import dev.pharmatrace.epcis.xml.CbvXmlForm;
import dev.pharmatrace.epcis.xml.DowngradePolicy;
import dev.pharmatrace.epcis.xml.EpcisXmlNamespaces;
import dev.pharmatrace.epcis.xml.XmlDocumentWriter;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * The streaming EPCIS XML writer. Strict output: elements in schema order, EPCIS elements unqualified, CBV values as
 * the target version expects, times with seconds and zone, extension namespaces declared with the document's
 * prefixes (or the prefix they were read with, or a generated one).
 */
public final class StaxDocumentWriter implements XmlDocumentWriter {
  private static final String XSI = EpcisXmlNamespaces.XSI;
  private static final String SBDH = EpcisXmlNamespaces.SBDH;
  private static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final XMLStreamWriter w;
  /** The same writer when it can write raw text (Woodstox): indentation needs no escaping scan. */
  private final XMLStreamWriter2 raw;
  private final OutputStream out;
  private final XmlVersion version;
  private final CbvXmlForm cbvForm;
  private final DowngradePolicy downgrade;
  private final boolean indent;
  private final EpcisDocument document;
  private final List<Finding> warnings = new ArrayList<>();
  /** Namespace IRI → prefix declared on the root element. */
  private final Map<String, String> rootPrefixes = new HashMap<>();
  /** The root element's namespace declarations as a scope the elements below it extend. */
  private final InScope root = new InScope(null, rootPrefixes);
  /** The event being written (locates an {@code XML-NAME} error), null outside events. */
  private EpcisEvent current;
  /** The buffer of {@link #rawLeaf}. */
  private char[] leafChars = new char[128];
  private int depth;
  private long eventIndex;
  private boolean inParkedEventList;
  private boolean eventListOpen;
  private boolean finished;

  /** Opens the document: writes everything up to the first event. */
  public StaxDocumentWriter(XMLOutputFactory factory, OutputStream out, EpcisDocument document, XmlVersion version,
      CbvXmlForm cbvForm, DowngradePolicy downgrade, boolean indent) {
    this.out = out;
    this.version = version;
    this.cbvForm = cbvForm;
    this.downgrade = downgrade;
    this.indent = indent;
    this.document = document;
    try {
      this.w = factory.createXMLStreamWriter(out, "UTF-8");
      this.raw = w instanceof XMLStreamWriter2 ? (XMLStreamWriter2) w : null;
      writeHead();
    } catch (XMLStreamException e) {
      throw ioFailure(e);
    }
  }

  @Override
  public List<Finding> warnings() {
    return List.copyOf(warnings);
  }

  // ------------------------------------------------------------------ document

  private void writeHead() throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
    DocumentType type = document.type();
    String rootNs = switch (type) {
      case EPCIS_DOCUMENT -> version.namespace();
      case EPCIS_QUERY_DOCUMENT -> version.queryNamespace();
      case EPCIS_MASTER_DATA_DOCUMENT -> version.masterDataNamespace();
    };
    String rootPrefix = switch (type) {
      case EPCIS_DOCUMENT -> "epcis";
      case EPCIS_QUERY_DOCUMENT -> "epcisq";
      case EPCIS_MASTER_DATA_DOCUMENT -> "epcismd";
    };
    newline();
    w.writeStartElement(rootPrefix, type.localName(), rootNs);
    w.writeNamespace(rootPrefix, rootNs);
    rootPrefixes.put(rootNs, rootPrefix);
    if (type != DocumentType.EPCIS_DOCUMENT) {
      w.writeNamespace("epcis", version.namespace());
      rootPrefixes.put(version.namespace(), "epcis");
    }
    boolean hasSbdh = document.header() != null && document.header().sbdh() != null;
    if (hasSbdh) {
      w.writeNamespace("sbdh", SBDH);
      rootPrefixes.put(SBDH, "sbdh");
    }
    w.writeNamespace("xsi", XSI);
    rootPrefixes.put(XSI, "xsi");
    for (Map.Entry<String, String> ns : document.namespaces().entrySet()) {
      String prefix = ns.getKey();
      if (rootPrefixes.containsValue(prefix) || rootPrefixes.containsKey(ns.getValue())) {
        continue;
      }
      w.writeNamespace(prefix, ns.getValue());
      rootPrefixes.put(ns.getValue(), prefix);
    }
    InScope scope = root.child();
    List<ExtensionAttribute> rootAttributes = document.otherAttributes();
    declareForAttributes(rootAttributes, scope);
    // keep the document's own schemaVersion when it belongs to the version written (a 1.1 stays 1.1)
    String declared = document.schemaVersion();
    boolean compatible = declared != null && !declared.isBlank()
        && declared.strip().charAt(0) == version.schemaVersion().charAt(0);
    w.writeAttribute("schemaVersion", compatible ? declared.strip() : version.schemaVersion());
    OffsetDateTime created = document.creationDate();
    if (created == null) {
      created = OffsetDateTime.now(java.time.ZoneOffset.UTC);
      warn("XML-CREATION-DATE", "the document had no creationDate; the time of writing was used");
    }
    w.writeAttribute("creationDate", XmlTimes.format(created));
    writeAttributes(rootAttributes, scope);
    depth++;

    writeHeader();
    open("EPCISBody");
    if (queryWrapper()) {
      newline();
      w.writeStartElement("epcisq", "QueryResults", version.queryNamespace());
      depth++;
      leaf("queryName", document.queryResults() == null ? "" : document.queryResults().queryName());
      if (document.queryResults() != null && document.queryResults().subscriptionId() != null) {
        leaf("subscriptionID", document.queryResults().subscriptionId());
      }
      open("resultsBody");
    }
    if (vocabularyBody()) {
      writeVocabularyList(document.masterData() == null ? List.of() : document.masterData().vocabularies());
    } else if (type != DocumentType.EPCIS_QUERY_DOCUMENT || queryWrapper()) {
      open("EventList");
      eventListOpen = true;
    }
  }

  /** Whether the body holds QueryResults: a query document with results (not, e.g., a Poll request). */
  private boolean queryWrapper() {
    return document.type() == DocumentType.EPCIS_QUERY_DOCUMENT
        && (document.queryResults() != null || !document.events().isEmpty());
  }

  /** Whether the body (or the query results body) holds vocabularies instead of events. */
  private boolean vocabularyBody() {
    DocumentType type = document.type();
    return type == DocumentType.EPCIS_MASTER_DATA_DOCUMENT
        || queryWrapper() && document.masterData() != null && document.events().isEmpty();
  }

  private void writeHeader() throws XMLStreamException {
    EpcisHeader header = document.header();
    if (header == null) {
      return;
    }
    boolean hasContent = header.sbdh() != null || header.masterData() != null || !header.extensions().isEmpty();
    if (!hasContent && header.otherAttributes().isEmpty()) {
      return;
    }
    if (version == XmlVersion.V1_2 && header.sbdh() == null) {
      if (header.masterData() != null || !header.extensions().isEmpty()) {
        throw new EpcisException(Finding.error("XML-DOWNGRADE", "EPCIS 1.2 requires a Standard Business Document "
            + "Header in an EPCISHeader; this document has master data or header extensions but no SBDH",
            SourceLocation.UNKNOWN));
      }
      return;
    }
    newline();
    w.writeStartElement("EPCISHeader");
    InScope scope = root.child();
    declareForAttributes(header.otherAttributes(), scope);
    writeAttributes(header.otherAttributes(), scope);
    depth++;
    if (header.sbdh() != null) {
      writeSbdh(header.sbdh());
    }
    List<Extension> local = new ArrayList<>();
    List<Extension> foreign = new ArrayList<>();
    for (Extension e : header.extensions()) {
      (e.name().namespace().isEmpty() ? local : foreign).add(e);
    }
    boolean carryForeign = version == XmlVersion.V2_0 && !foreign.isEmpty();
    if (header.masterData() != null || !local.isEmpty() || carryForeign) {
      open("extension");
      if (header.masterData() != null) {
        open("EPCISMasterData");
        writeVocabularyList(header.masterData().vocabularies());
        writeLocalExtensionWrapper(header.masterData().extensions());
        end();
      }
      if (!local.isEmpty() || carryForeign) {
        open("extension");
        for (Extension e : local) {
          writeExtension(e, root);
        }
        if (carryForeign) {
          // EPCIS 2.0 has no place for namespaced elements in EPCISHeader (1.2 had one): they travel inside an
          // un-namespaced wrapper in the header's ##local extension point, before the body, so that a streaming
          // reader has them with the header
          open(StaxEventStream.HEADER_EXTENSIONS_LOCAL);
          for (Extension e : foreign) {
            writeExtension(e, root);
          }
          end();
        }
        end();
      }
      end();
    }
    if (version == XmlVersion.V1_2) {
      for (Extension e : foreign) {
        writeExtension(e, root);
      }
    }
    end();
  }

  @Override
  public void finish() {
    finish(document.bodyExtensions(), document.extensions());
  }

  @Override
  public void finish(EpcisDocument completed) {
    if (finished) {
      return;
    }
    LateContent.requireSameHeader(document, completed);
    finish(completed.bodyExtensions(), completed.extensions());
  }

  private void finish(List<Extension> bodyExtensions, List<Extension> documentExtensions) {
    if (finished) {
      return;
    }
    try {
      if (inParkedEventList) {
        end();
        end();
        inParkedEventList = false;
      }
      DocumentType type = document.type();
      if (eventListOpen) {
        end(); // EventList
      }
      if (queryWrapper()) {
        end(); // resultsBody
        end(); // QueryResults
      }
      writeSplitExtensions(bodyExtensions.stream().map(this::toOwnVersion).toList());
      end(); // EPCISBody
      List<Extension> documentLocal = documentExtensions.stream()
          .filter(e -> e.name().namespace().isEmpty()).toList();
      writeLocalExtensionWrapper(documentLocal);
      for (Extension e : documentExtensions) {
        if (!e.name().namespace().isEmpty()) {
          writeExtension(e, root);
        }
      }
      depth--;
      newline();
      w.writeEndElement();
      if (indent) {
        w.writeCharacters("\n");
      }
      w.writeEndDocument();
      w.flush();
      w.close();
      out.flush();
      finished = true;
    } catch (XMLStreamException | IOException e) {
      throw ioFailure(e);
    }
  }

  @Override
  public void close() {
    try {
      w.close();
    } catch (XMLStreamException ignored) {
      // closing after a failure
    }
  }

  // ------------------------------------------------------------------ events

  @Override
  public void write(EpcisEvent event) {
    if (!eventListOpen) {
      throw new EpcisException(Finding.error("XML-LAYOUT", "this " + document.type().localName() + " has no "
          + "event list (its body holds master data, or a query document without query results): events cannot "
          + "be written into it", eventLocation(event)));
    }
    checkComplete(event);
    current = event;
    try {
      if (version == XmlVersion.V1_2) {
        write12(event);
      } else {
        write20(event);
      }
      eventIndex++;
    } catch (XMLStreamException e) {
      throw ioFailure(e);
    } finally {
      current = null;
    }
  }

  /** Content the model allows but no EPCIS XML schema does: refused, since output must be schema-valid. */
  private void checkComplete(EpcisEvent e) {
    String missing = null;
    if (e instanceof TransactionEvent && e.bizTransactionList().isEmpty()) {
      missing = "a TransactionEvent needs at least one bizTransaction";
    } else if (e instanceof AssociationEvent a && a.parentId() == null) {
      missing = "an AssociationEvent needs a parentID";
    } else if (e.sensorElementList().stream().anyMatch(x -> x.reports().isEmpty())) {
      missing = "a sensorElement needs at least one sensorReport";
    }
    if (missing != null) {
      throw new EpcisException(Finding.error("XML-INCOMPLETE", missing + "; the EPCIS XML schema requires it",
          eventLocation(e)));
    }
  }

  private void write20(EpcisEvent e) throws XMLStreamException {
    newline();
    w.writeStartElement(e.type().localName());
    InScope scope = root.child();
    declareForAttributes(e.otherAttributes(), scope);
    writeAttributes(e.otherAttributes(), scope);
    depth++;
    leaf("eventTime", XmlTimes.format(e.eventTime()));
    if (e.common().recordTime() != null) {
      leaf("recordTime", XmlTimes.format(e.common().recordTime()));
    }
    leaf("eventTimeZoneOffset", XmlTimes.formatOffset(e.eventTimeZoneOffset()));
    if (e.common().eventId() != null) {
      leaf("eventID", e.common().eventId());
    }
    if (e.common().errorDeclaration() != null) {
      writeErrorDeclaration(e.common().errorDeclaration());
    }
    if (e.certificationInfo().size() > 1) {
      throw new EpcisException(Finding.error("XML-CERTIFICATION-INFO", "EPCIS 2.0 XML carries one "
          + "certificationInfo per event; this event has " + e.certificationInfo().size(), eventLocation(e)));
    }
    for (String c : e.certificationInfo()) {
      leaf("certificationInfo", c);
    }
    if (e instanceof ObjectEvent o) {
        epcList("epcList", o.epcList(), e.emptyListPresent(ListField.EPC_LIST));
        leaf("action", o.action().name());
        whyWhere(e, true);
        quantityList("quantityList", o.quantityList(), e.emptyListPresent(ListField.QUANTITY_LIST));
        sourcesTo(e);
        sensors(e);
        persistent(e);
        ilmd(o.ilmd());
    } else if (e instanceof AggregationEvent a) {
        optionalLeaf("parentID", a.parentId());
        epcList("childEPCs", a.childEpcs(), e.emptyListPresent(ListField.CHILD_EPCS));
        leaf("action", a.action().name());
        whyWhere(e, true);
        quantityList("childQuantityList", a.childQuantityList(), e.emptyListPresent(ListField.CHILD_QUANTITY_LIST));
        sourcesTo(e);
        sensors(e);
        persistent(e);
    } else if (e instanceof TransactionEvent t) {
        bizTransactions(e);
        optionalLeaf("parentID", t.parentId());
        epcList("epcList", t.epcList(), e.emptyListPresent(ListField.EPC_LIST));
        leaf("action", t.action().name());
        whyWhere(e, false);
        quantityList("quantityList", t.quantityList(), e.emptyListPresent(ListField.QUANTITY_LIST));
        sourcesTo(e);
        sensors(e);
        persistent(e);
    } else if (e instanceof TransformationEvent x) {
        epcList("inputEPCList", x.inputEpcList(), e.emptyListPresent(ListField.INPUT_EPC_LIST));
        quantityList("inputQuantityList", x.inputQuantityList(), e.emptyListPresent(ListField.INPUT_QUANTITY_LIST));
        epcList("outputEPCList", x.outputEpcList(), e.emptyListPresent(ListField.OUTPUT_EPC_LIST));
        quantityList("outputQuantityList", x.outputQuantityList(), e.emptyListPresent(ListField.OUTPUT_QUANTITY_LIST));
        optionalLeaf("transformationID", x.transformationId());
        whyWhere(e, true);
        sourcesTo(e);
        sensors(e);
        persistent(e);
        ilmd(x.ilmd());
    } else if (e instanceof AssociationEvent s) {
        optionalLeaf("parentID", s.parentId());
        epcList("childEPCs", s.childEpcs(), e.emptyListPresent(ListField.CHILD_EPCS));
        quantityList("childQuantityList", s.childQuantityList(), e.emptyListPresent(ListField.CHILD_QUANTITY_LIST));
        leaf("action", s.action().name());
        whyWhere(e, true);
        sourcesTo(e);
        sensors(e);
        persistent(e);
    }
    for (Extension x : e.extensions()) {
      if (x.name().namespace().isEmpty()) {
        // 2.0 events take namespaced extensions only: carry an un-namespaced one (from 1.2) in our namespace
        x = new Extension(QualifiedName.of(StaxEventStream.UNQUALIFIED_EXTENSION_NS, x.name().localName(), "ptu"),
            x.attributes(), x.text(), x.datatype(), x.children());
      }
      writeEventExtension(x);
    }
    end();
  }

  /**
   * Writes an extension element of an event, unless the reader takes it for an EPCIS field there (a
   * {@code transformationID} of the EPCIS 2.0 namespace, say, that a 1.2 document held as an extension): written
   * into this version's event it would read back as a field, or be refused, instead of as the extension it is.
   *
   * @throws EpcisException {@code XML-WRITE-NAMESPACE}, located at the event being written
   */
  private void writeEventExtension(Extension x) throws XMLStreamException {
    String ns = x.name().namespace();
    if (StaxEventStream.readsAsEventField(ns, x.name().localName(), version)) {
      throw new EpcisException(Finding.error("XML-WRITE-NAMESPACE", "the extension <" + x.name().localName()
          + "> is in the EPCIS namespace " + ns + " and has the name of an event field: an EPCIS "
          + version.schemaVersion() + " event reads it as that field, so it cannot be written as an extension of "
          + "this version (write the other EPCIS version, or JSON-LD)",
          current == null ? SourceLocation.UNKNOWN : eventLocation(current)));
    }
    writeExtension(x, root);
  }

  private void write12(EpcisEvent e) throws XMLStreamException {
    List<String> unrepresentable = new ArrayList<>();
    if (e instanceof AssociationEvent) {
      unrepresentable.add("AssociationEvent");
    }
    if (!e.sensorElementList().isEmpty()) {
      unrepresentable.add("sensorElementList");
    }
    if (e.common().persistentDisposition() != null) {
      unrepresentable.add("persistentDisposition");
    }
    if (!e.certificationInfo().isEmpty()) {
      unrepresentable.add("certificationInfo");
    }
    if (!unrepresentable.isEmpty()) {
      String what = String.join(", ", unrepresentable);
      if (downgrade == DowngradePolicy.FAIL) {
        throw new EpcisException(Finding.error("XML-DOWNGRADE", "EPCIS 1.2 has no element for " + what
            + " (EPCIS 2.0 only); use the PARK_IN_EXTENSION downgrade policy or EPCIS 2.0", eventLocation(e)));
      }
      warn("XML-DOWNGRADE", "EPCIS 2.0 content (" + what + ") written in EPCIS 1.2 extension elements, which "
          + "1.2-only receivers ignore", eventLocation(e));
    }
    boolean wrappedInEventList = e instanceof TransformationEvent || e instanceof AssociationEvent;
    if (e instanceof AssociationEvent && !inParkedEventList) {
      open("extension");
      open("extension");
      inParkedEventList = true;
    } else if (!(e instanceof AssociationEvent) && inParkedEventList) {
      end();
      end();
      inParkedEventList = false;
    }
    if (e instanceof TransformationEvent) {
      open("extension");
    }
    newline();
    w.writeStartElement(e.type().localName());
    InScope scope = root.child();
    declareForAttributes(e.otherAttributes(), scope);
    writeAttributes(e.otherAttributes(), scope);
    depth++;
    leaf("eventTime", XmlTimes.format(e.eventTime()));
    if (e.common().recordTime() != null) {
      leaf("recordTime", XmlTimes.format(e.common().recordTime()));
    }
    leaf("eventTimeZoneOffset", XmlTimes.formatOffset(e.eventTimeZoneOffset()));
    if (e.common().eventId() != null || e.common().errorDeclaration() != null || !e.certificationInfo().isEmpty()) {
      open("baseExtension");
      optionalLeaf("eventID", e.common().eventId());
      if (e.common().errorDeclaration() != null) {
        writeErrorDeclaration(e.common().errorDeclaration());
      }
      if (!e.certificationInfo().isEmpty()) {
        open("extension");
        for (String c : e.certificationInfo()) {
          leaf("certificationInfo", c);
        }
        end();
      }
      end();
    }
    List<Extension> local = new ArrayList<>();
    List<Extension> foreign = new ArrayList<>();
    for (Extension x : e.extensions()) {
      (x.name().namespace().isEmpty() ? local : foreign).add(x);
    }
    if (e instanceof ObjectEvent o) {
        epcList("epcList", o.epcList(), true);
        leaf("action", o.action().name());
        whyWhere(e, true);
        boolean ext = !o.quantityList().isEmpty() || e.emptyListPresent(ListField.QUANTITY_LIST) || hasSourcesTo(e)
            || !o.ilmd().isEmpty() || parked(e, local);
        if (ext) {
          open("extension");
          quantityList("quantityList", o.quantityList(), e.emptyListPresent(ListField.QUANTITY_LIST));
          sourcesTo(e);
          ilmd(o.ilmd());
          parkedFields(e, local);
          end();
        }
    } else if (e instanceof AggregationEvent a) {
        optionalLeaf("parentID", a.parentId());
        epcList("childEPCs", a.childEpcs(), true);
        leaf("action", a.action().name());
        whyWhere(e, true);
        if (!a.childQuantityList().isEmpty() || e.emptyListPresent(ListField.CHILD_QUANTITY_LIST) || hasSourcesTo(e)
            || parked(e, local)) {
          open("extension");
          quantityList("childQuantityList", a.childQuantityList(), e.emptyListPresent(ListField.CHILD_QUANTITY_LIST));
          sourcesTo(e);
          parkedFields(e, local);
          end();
        }
    } else if (e instanceof TransactionEvent t) {
        bizTransactions(e);
        optionalLeaf("parentID", t.parentId());
        epcList("epcList", t.epcList(), true);
        leaf("action", t.action().name());
        whyWhere(e, false);
        if (!t.quantityList().isEmpty() || e.emptyListPresent(ListField.QUANTITY_LIST) || hasSourcesTo(e)
            || parked(e, local)) {
          open("extension");
          quantityList("quantityList", t.quantityList(), e.emptyListPresent(ListField.QUANTITY_LIST));
          sourcesTo(e);
          parkedFields(e, local);
          end();
        }
    } else if (e instanceof TransformationEvent x) {
        epcList("inputEPCList", x.inputEpcList(), e.emptyListPresent(ListField.INPUT_EPC_LIST));
        quantityList("inputQuantityList", x.inputQuantityList(), e.emptyListPresent(ListField.INPUT_QUANTITY_LIST));
        epcList("outputEPCList", x.outputEpcList(), e.emptyListPresent(ListField.OUTPUT_EPC_LIST));
        quantityList("outputQuantityList", x.outputQuantityList(), e.emptyListPresent(ListField.OUTPUT_QUANTITY_LIST));
        optionalLeaf("transformationID", x.transformationId());
        whyWhere(e, true);
        sourcesTo(e);
        ilmd(x.ilmd());
        if (parked(e, local)) {
          open("extension"); // TransformationEvent's extension takes un-namespaced elements directly
          writeParkedContent(e, local);
          end();
        }
    } else if (e instanceof AssociationEvent s) {
        // an AssociationEvent parked whole in EventList/extension/extension: 2.0 field order
        optionalLeaf("parentID", s.parentId());
        epcList("childEPCs", s.childEpcs(), e.emptyListPresent(ListField.CHILD_EPCS));
        quantityList("childQuantityList", s.childQuantityList(), e.emptyListPresent(ListField.CHILD_QUANTITY_LIST));
        leaf("action", s.action().name());
        whyWhere(e, true);
        sourcesTo(e);
        sensors(e);
        persistent(e);
        for (Extension x : local) {
          writeExtension(x, root);
        }
        local = List.of();
    }
    for (Extension x : foreign) {
      writeEventExtension(x);
    }
    end();
    if (wrappedInEventList && e instanceof TransformationEvent) {
      end();
    }
  }

  private boolean parked(EpcisEvent e, List<Extension> local) {
    return !(e instanceof AssociationEvent) && (!e.sensorElementList().isEmpty()
        || e.common().persistentDisposition() != null || !local.isEmpty());
  }

  /** The event's nested {@code extension}: 2.0 fields without a 1.2 element, and un-namespaced extensions. */
  private void parkedFields(EpcisEvent e, List<Extension> local) throws XMLStreamException {
    if (!parked(e, local)) {
      return;
    }
    open("extension");
    writeParkedContent(e, local);
    end();
  }

  private void writeParkedContent(EpcisEvent e, List<Extension> local) throws XMLStreamException {
    sensors(e);
    persistent(e);
    for (Extension x : local) {
      writeExtension(x, root);
    }
  }

  private void whyWhere(EpcisEvent e, boolean withBizTransactions) throws XMLStreamException {
    if (e.common().bizStep() != null) {
      leaf("bizStep", cbv(e.common().bizStep()));
    }
    if (e.common().disposition() != null) {
      leaf("disposition", cbv(e.common().disposition()));
    }
    if (e.common().readPoint() != null) {
      open("readPoint");
      leaf("id", e.common().readPoint().id());
      writeSplitExtensions(e.common().readPoint().extensions());
      end();
    }
    if (e.common().bizLocation() != null) {
      open("bizLocation");
      leaf("id", e.common().bizLocation().id());
      writeSplitExtensions(e.common().bizLocation().extensions());
      end();
    }
    if (withBizTransactions) {
      bizTransactions(e);
    }
  }

  private void bizTransactions(EpcisEvent e) throws XMLStreamException {
    if (e.bizTransactionList().isEmpty()) {
      return;
    }
    open("bizTransactionList");
    for (BizTransaction t : e.bizTransactionList()) {
      newline();
      w.writeStartElement("bizTransaction");
      if (t.type() != null) {
        w.writeAttribute("type", cbv(t.type()));
      }
      w.writeCharacters(t.value());
      w.writeEndElement();
    }
    end();
  }

  private boolean hasSourcesTo(EpcisEvent e) {
    return !e.sourceList().isEmpty() || !e.destinationList().isEmpty();
  }

  private void sourcesTo(EpcisEvent e) throws XMLStreamException {
    sourceDest("sourceList", "source", e.sourceList());
    sourceDest("destinationList", "destination", e.destinationList());
  }

  private void sourceDest(String list, String item, List<SourceDest> values) throws XMLStreamException {
    if (values.isEmpty()) {
      return;
    }
    open(list);
    for (SourceDest s : values) {
      newline();
      w.writeStartElement(item);
      w.writeAttribute("type", cbv(s.type()));
      w.writeCharacters(s.value());
      w.writeEndElement();
    }
    end();
  }

  private void sensors(EpcisEvent e) throws XMLStreamException {
    if (e.sensorElementList().isEmpty()) {
      return;
    }
    open("sensorElementList");
    for (SensorElement s : e.sensorElementList()) {
      open("sensorElement");
      SensorMetadata m = s.metadata();
      if (m != null) {
        newline();
        w.writeStartElement("sensorMetadata");
        InScope scope = root.child();
        declareForAttributes(m.otherAttributes(), scope);
        timeAttr("time", m.time());
        attr("deviceID", m.deviceID());
        attr("deviceMetadata", m.deviceMetadata());
        attr("rawData", m.rawData());
        timeAttr("startTime", m.startTime());
        timeAttr("endTime", m.endTime());
        attr("bizRules", m.bizRules());
        attr("dataProcessingMethod", m.dataProcessingMethod());
        writeAttributes(m.otherAttributes(), scope);
        w.writeEndElement();
      }
      for (SensorReport r : s.reports()) {
        newline();
        w.writeStartElement("sensorReport");
        InScope scope = root.child();
        declareForAttributes(r.otherAttributes(), scope);
        attr("type", r.type() == null ? null : sensorCbv(r.type()));
        attr("exception", r.exception() == null ? null : sensorCbv(r.exception()));
        attr("deviceID", r.deviceID());
        attr("deviceMetadata", r.deviceMetadata());
        attr("rawData", r.rawData());
        attr("dataProcessingMethod", r.dataProcessingMethod());
        attr("bizRules", r.bizRules());
        timeAttr("time", r.time());
        attr("microorganism", r.microorganism());
        attr("chemicalSubstance", r.chemicalSubstance());
        num("value", r.value());
        attr("component", r.component() == null ? null : sensorCbv(r.component()));
        attr("stringValue", r.stringValue());
        attr("booleanValue", r.booleanValue() == null ? null : r.booleanValue().toString());
        attr("hexBinaryValue", r.hexBinaryValue());
        attr("uriValue", r.uriValue());
        num("minValue", r.minValue());
        num("maxValue", r.maxValue());
        num("meanValue", r.meanValue());
        num("sDev", r.sDev());
        num("percRank", r.percRank());
        num("percValue", r.percValue());
        attr("uom", r.uom());
        attr("coordinateReferenceSystem", r.coordinateReferenceSystem());
        writeAttributes(r.otherAttributes(), scope);
        w.writeEndElement();
      }
      writeSplitExtensions(s.extensions());
      end();
    }
    end();
  }

  private void persistent(EpcisEvent e) throws XMLStreamException {
    PersistentDisposition p = e.common().persistentDisposition();
    if (p == null) {
      return;
    }
    open("persistentDisposition");
    for (var d : p.unset()) {
      leaf("unset", cbv(d));
    }
    for (var d : p.set()) {
      leaf("set", cbv(d));
    }
    end();
  }

  private void ilmd(List<Extension> ilmd) throws XMLStreamException {
    if (ilmd.isEmpty()) {
      return;
    }
    open("ilmd");
    writeSplitExtensions(ilmd);
    end();
  }

  private void writeErrorDeclaration(ErrorDeclaration d) throws XMLStreamException {
    open("errorDeclaration");
    leaf("declarationTime", XmlTimes.format(d.declarationTime()));
    if (d.reason() != null) {
      leaf("reason", cbv(d.reason()));
    }
    if (!d.correctiveEventIds().isEmpty()) {
      open("correctiveEventIDs");
      for (String id : d.correctiveEventIds()) {
        leaf("correctiveEventID", id);
      }
      end();
    }
    writeSplitExtensions(d.extensions());
    end();
  }

  private void epcList(String name, List<String> epcs, boolean always) throws XMLStreamException {
    if (epcs.isEmpty()) {
      if (always) {
        newline();
        w.writeEmptyElement(name);
      }
      return;
    }
    open(name);
    for (String epc : epcs) {
      leaf("epc", epc);
    }
    end();
  }

  private void quantityList(String name, List<QuantityElement> quantities, boolean writeEmpty)
      throws XMLStreamException {
    if (quantities.isEmpty()) {
      if (writeEmpty) {
        newline();
        w.writeEmptyElement(name);
      }
      return;
    }
    open(name);
    for (QuantityElement q : quantities) {
      open("quantityElement");
      leaf("epcClass", q.epcClass());
      if (q.quantity() != null) {
        leaf("quantity", q.quantity().toPlainString());
      } else if (version == XmlVersion.V1_2 || q.uom() != null) {
        // 2.0 may omit an unspecified quantity (when it has no unit); 1.2 requires the element: nil
        newline();
        w.writeEmptyElement("quantity");
        w.writeAttribute("xsi", XSI, "nil", "true");
      }
      if (q.uom() != null) {
        leaf("uom", q.uom());
      }
      end();
    }
    end();
  }

  // ------------------------------------------------------------------ SBDH, master data

  private void writeSbdh(StandardBusinessDocumentHeader h) throws XMLStreamException {
    List<String> missing = new ArrayList<>();
    if (h.senders().isEmpty()) {
      missing.add("Sender");
    }
    if (h.receivers().isEmpty()) {
      missing.add("Receiver");
    }
    if (h.documentIdentification() == null) {
      missing.add("DocumentIdentification");
    }
    if (!missing.isEmpty()) {
      throw new EpcisException(Finding.error("XML-INCOMPLETE", "the Standard Business Document Header has no "
          + String.join(", ", missing) + "; the SBDH schema requires it", SourceLocation.UNKNOWN));
    }
    sbdhOpen("StandardBusinessDocumentHeader");
    sbdhLeaf("HeaderVersion", h.headerVersion() == null ? "1.0" : h.headerVersion());
    for (Partner p : h.senders()) {
      writePartner("Sender", p);
    }
    for (Partner p : h.receivers()) {
      writePartner("Receiver", p);
    }
    DocumentIdentification d = h.documentIdentification();
    if (d != null) {
      sbdhOpen("DocumentIdentification");
      sbdhLeaf("Standard", d.standard());
      sbdhLeaf("TypeVersion", d.typeVersion());
      sbdhLeaf("InstanceIdentifier", d.instanceIdentifier());
      sbdhLeaf("Type", d.type());
      if (d.multipleType() != null) {
        sbdhLeaf("MultipleType", d.multipleType().toString());
      }
      sbdhLeaf("CreationDateAndTime", d.creationDateAndTime());
      end();
    }
    if (h.manifest() != null) {
      sbdhOpen("Manifest");
      sbdhLeaf("NumberOfItems", h.manifest().numberOfItems());
      for (ManifestItem item : h.manifest().items()) {
        sbdhOpen("ManifestItem");
        sbdhLeaf("MimeTypeQualifierCode", item.mimeTypeQualifierCode());
        sbdhLeaf("UniformResourceIdentifier", item.uniformResourceIdentifier());
        if (item.description() != null) {
          sbdhLeaf("Description", item.description());
        }
        if (item.languageCode() != null) {
          sbdhLeaf("LanguageCode", item.languageCode());
        }
        end();
      }
      end();
    }
    if (!h.businessScope().isEmpty()) {
      sbdhOpen("BusinessScope");
      for (Scope s : h.businessScope()) {
        sbdhOpen("Scope");
        sbdhLeaf("Type", s.type());
        sbdhLeaf("InstanceIdentifier", s.instanceIdentifier());
        if (s.identifier() != null) {
          sbdhLeaf("Identifier", s.identifier());
        }
        for (Extension info : s.scopeInformation()) {
          writeExtension(info, root);
        }
        end();
      }
      end();
    }
    end();
  }

  private void writePartner(String element, Partner p) throws XMLStreamException {
    sbdhOpen(element);
    newline();
    w.writeStartElement("sbdh", "Identifier", SBDH);
    if (p.identifier().authority() != null) {
      w.writeAttribute("Authority", p.identifier().authority());
    }
    w.writeCharacters(p.identifier().value());
    w.writeEndElement();
    for (ContactInformation c : p.contactInformation()) {
      sbdhOpen("ContactInformation");
      sbdhLeaf("Contact", c.contact());
      if (c.emailAddress() != null) {
        sbdhLeaf("EmailAddress", c.emailAddress());
      }
      if (c.faxNumber() != null) {
        sbdhLeaf("FaxNumber", c.faxNumber());
      }
      if (c.telephoneNumber() != null) {
        sbdhLeaf("TelephoneNumber", c.telephoneNumber());
      }
      if (c.contactTypeIdentifier() != null) {
        sbdhLeaf("ContactTypeIdentifier", c.contactTypeIdentifier());
      }
      end();
    }
    end();
  }

  private void writeVocabularyList(List<Vocabulary> vocabularies) throws XMLStreamException {
    open("VocabularyList");
    for (Vocabulary v : vocabularies) {
      newline();
      w.writeStartElement("Vocabulary");
      InScope scope = root.child();
      declareForAttributes(v.otherAttributes(), scope);
      w.writeAttribute("type", v.type());
      writeAttributes(v.otherAttributes(), scope);
      depth++;
      if (!v.elements().isEmpty()) {
        open("VocabularyElementList");
        for (VocabularyElement el : v.elements()) {
          newline();
          w.writeStartElement("VocabularyElement");
          InScope elScope = root.child();
          declareForAttributes(el.otherAttributes(), elScope);
          w.writeAttribute("id", el.id());
          writeAttributes(el.otherAttributes(), elScope);
          depth++;
          for (MasterDataAttribute a : el.attributes()) {
            writeMasterDataAttribute(a);
          }
          if (!el.children().isEmpty()) {
            open("children");
            for (String child : el.children()) {
              leaf("id", child);
            }
            end();
          }
          writeSplitExtensions(el.extensions());
          end();
        }
        end();
      }
      writeSplitExtensions(v.extensions());
      end();
    }
    end();
  }

  private void writeMasterDataAttribute(MasterDataAttribute a) throws XMLStreamException {
    newline();
    InScope scope = root.child();
    List<String[]> declarations = new ArrayList<>();
    for (Extension child : a.children()) {
      collectDeclarations(child, scope, declarations);
    }
    if (a.datatype() != null) {
      declareDatatype(a.datatype(), scope, declarations);
    }
    w.writeStartElement("attribute");
    for (String[] d : declarations) {
      w.writeNamespace(d[0], d[1]);
    }
    declareForAttributes(a.otherAttributes(), scope);
    w.writeAttribute("id", a.id());
    writeAttributes(a.otherAttributes(), scope);
    if (a.datatype() != null) {
      writeXsiType(a.datatype(), scope);
    }
    if (a.text() != null) {
      w.writeCharacters(a.text());
    }
    writeChildren(a.text(), a.children(), scope);
    w.writeEndElement();
  }

  // ------------------------------------------------------------------ extensions

  /** Un-namespaced extensions go in an {@code extension} wrapper (##local); namespaced ones follow it (##other). */
  private void writeSplitExtensions(List<Extension> extensions) throws XMLStreamException {
    if (extensions.isEmpty()) {
      return;
    }
    List<Extension> local = new ArrayList<>();
    for (Extension e : extensions) {
      if (e.name().namespace().isEmpty()) {
        local.add(e);
      }
    }
    writeLocalExtensionWrapper(local);
    for (Extension e : extensions) {
      if (!e.name().namespace().isEmpty()) {
        writeExtension(e, root);
      }
    }
  }

  private void writeLocalExtensionWrapper(List<Extension> local) throws XMLStreamException {
    if (local.isEmpty()) {
      return;
    }
    open("extension");
    for (Extension e : local) {
      writeExtension(e, root);
    }
    end();
  }

  /** Writes an extension element, declaring the namespaces it needs that are not yet in scope. */
  private void writeExtension(Extension e, InScope inherited) throws XMLStreamException {
    writeExtension(e, inherited, true);
  }

  private void writeExtension(Extension e, InScope inherited, boolean indented)
      throws XMLStreamException {
    InScope scope = inherited.child();
    List<String[]> declarations = new ArrayList<>();
    String ns = e.name().namespace();
    String prefix = ns.isEmpty() ? "" : prefixFor(e.name(), scope, declarations);
    if (indented) {
      newline();
    }
    boolean empty = e.children().isEmpty() && (e.text() == null || e.text().isEmpty());
    String local = xmlName(e.name(), "extension element");
    if (ns.isEmpty()) {
      if (empty) {
        w.writeEmptyElement(local);
      } else {
        w.writeStartElement(local);
      }
    } else if (empty) {
      w.writeEmptyElement(prefix, local, ns);
    } else {
      w.writeStartElement(prefix, local, ns);
    }
    for (ExtensionAttribute a : e.attributes()) {
      if (!a.name().namespace().isEmpty()) {
        prefixFor(a.name(), scope, declarations);
      }
    }
    if (e.datatype() != null) {
      declareDatatype(e.datatype(), scope, declarations);
    }
    for (String[] d : declarations) {
      w.writeNamespace(d[0], d[1]);
    }
    writeAttributes(e.attributes(), scope);
    if (e.datatype() != null) {
      writeXsiType(e.datatype(), scope);
    }
    if (empty) {
      return;
    }
    if (e.text() != null) {
      w.writeCharacters(e.text());
    }
    writeChildren(e.text(), e.children(), scope);
    w.writeEndElement();
  }

  /**
   * Writes the child elements of an extension or master-data attribute. Indentation is added only to element-only
   * content: in mixed content (children beside non-blank text) it would become part of the text, which would then
   * grow on every read and write.
   */
  private void writeChildren(String text, List<Extension> children, InScope scope)
      throws XMLStreamException {
    if (children.isEmpty()) {
      return;
    }
    boolean mixed = text != null && !text.isBlank();
    depth++;
    for (Extension child : children) {
      writeExtension(child, scope, !mixed);
    }
    depth--;
    if (!mixed) {
      newline();
    }
  }

  private void collectDeclarations(Extension e, InScope scope, List<String[]> declarations) {
    if (!e.name().namespace().isEmpty()) {
      prefixFor(e.name(), scope, declarations);
    }
  }

  /** The namespace and local name of a datatype IRI: XML Schema's, else split at its last delimiter. */
  private static String[] splitDatatype(String datatype) {
    if (datatype.startsWith(Extension.XSD)) {
      return new String[] {XSD_NS, datatype.substring(Extension.XSD.length())};
    }
    int cut = Math.max(datatype.lastIndexOf('#'), Math.max(datatype.lastIndexOf('/'), datatype.lastIndexOf(':')));
    if (cut <= 0 || cut == datatype.length() - 1) {
      return null; // not an IRI we can write as a QName
    }
    return new String[] {datatype.substring(0, cut + 1), datatype.substring(cut + 1)};
  }

  private void declareDatatype(String datatype, InScope scope, List<String[]> declarations) {
    String[] parts = splitDatatype(datatype);
    if (parts == null || scope.containsKey(parts[0])) {
      return;
    }
    String preferred = parts[0].equals(XSD_NS) ? "xsd" : "dt";
    String p = preferred;
    for (int n = 1; scope.containsValue(p); n++) {
      p = preferred + n;
    }
    scope.put(parts[0], p);
    declarations.add(new String[] {p, parts[0]});
  }

  private void writeXsiType(String datatype, InScope scope) throws XMLStreamException {
    String[] parts = splitDatatype(datatype);
    String value = parts == null ? datatype : scope.get(parts[0]) + ":" + parts[1];
    w.writeAttribute("xsi", XSI, "type", value);
  }

  /** The prefix for a name's namespace, declaring one (recorded in declarations) when none is in scope. */
  private String prefixFor(QualifiedName name, InScope scope, List<String[]> declarations) {
    String ns = name.namespace();
    if (ns.equals(XML_NS)) {
      return "xml"; // bound by definition, never declared
    }
    String prefix = scope.get(ns);
    if (prefix != null) {
      return prefix;
    }
    String hint = name.prefixHint().orElse(null);
    if (hint == null || hint.startsWith("xml") || scope.containsValue(hint)) {
      // the lowest free number, a function of what is in scope: a counter over the whole document made the second
      // write of a document differ from the first, where the prefixes the first generated had become hints (a fuzz
      // finding of stop 16: xsd11 became xsd10)
      int n = 1;
      do {
        hint = "ns" + n++;
      } while (scope.containsValue(hint));
    }
    scope.put(ns, hint);
    declarations.add(new String[] {hint, ns});
    return hint;
  }

  private void declareForAttributes(List<ExtensionAttribute> attributes, InScope scope)
      throws XMLStreamException {
    for (ExtensionAttribute a : attributes) {
      String ns = a.name().namespace();
      if (ns.isEmpty() || scope.containsKey(ns) || ns.equals(XML_NS)) {
        continue;
      }
      List<String[]> declarations = new ArrayList<>();
      prefixFor(a.name(), scope, declarations);
      for (String[] d : declarations) {
        w.writeNamespace(d[0], d[1]);
      }
    }
  }

  private void writeAttributes(List<ExtensionAttribute> attributes, InScope scope)
      throws XMLStreamException {
    for (ExtensionAttribute a : attributes) {
      String ns = a.name().namespace();
      xmlName(a.name(), "extension attribute");
      if (ns.isEmpty()) {
        w.writeAttribute(a.name().localName(), a.value());
      } else if (ns.equals(XML_NS)) {
        w.writeAttribute("xml", XML_NS, a.name().localName(), a.value());
      } else if (ns.equals(XSI) && isForeignSchemaLocation(a)) {
        continue;
      } else {
        w.writeAttribute(scope.get(ns), ns, a.name().localName(), a.value());
      }
    }
  }

  /** An xsi:schemaLocation that points to the other EPCIS version's schemas: wrong after a conversion. */
  private boolean isForeignSchemaLocation(ExtensionAttribute a) {
    if (!a.name().localName().equals("schemaLocation")) {
      return false;
    }
    String other = version == XmlVersion.V1_2 ? "urn:epcglobal:epcis:xsd:2" : "urn:epcglobal:epcis:xsd:1";
    return a.value().contains(other);
  }

  /** Body content in an EPCIS namespace of the other version (a query request, say) moves to this version's. */
  private Extension toOwnVersion(Extension e) {
    String ns = e.name().namespace();
    String mapped = switch (ns) {
      case EpcisXmlNamespaces.EPCIS_QUERY_1_2, EpcisXmlNamespaces.EPCIS_QUERY_2_0 -> version.queryNamespace();
      case EpcisXmlNamespaces.EPCIS_MASTER_DATA_1_2, EpcisXmlNamespaces.EPCIS_MASTER_DATA_2_0 ->
          version.masterDataNamespace();
      case EpcisXmlNamespaces.EPCIS_1_2, EpcisXmlNamespaces.EPCIS_2_0 -> version.namespace();
      default -> ns;
    };
    if (mapped.equals(ns)) {
      return e;
    }
    return new Extension(QualifiedName.of(mapped, e.name().localName(), e.name().prefixHint().orElse(null)),
        e.attributes(), e.text(), e.datatype(), e.children());
  }

  // ------------------------------------------------------------------ small writers

  private String cbv(CbvValue value) {
    if (version == XmlVersion.V1_2) {
      return value.render(CbvForm.URN);
    }
    return switch (cbvForm) {
      case URN -> value.render(CbvForm.URN);
      case WEB_URI -> value.render(CbvForm.WEB_URI);
      case AS_GIVEN -> value.form() == CbvForm.BARE_WORD ? value.render(CbvForm.URN) : value.asGiven();
    };
  }

  /** Sensor vocabularies have no URN: Web URI unless read as something else. */
  private String sensorCbv(CbvValue value) {
    if (cbvForm == CbvXmlForm.AS_GIVEN && value.form() != CbvForm.BARE_WORD) {
      return value.asGiven();
    }
    return value.render(CbvForm.WEB_URI);
  }

  private void attr(String name, String value) throws XMLStreamException {
    if (value != null) {
      w.writeAttribute(name, value);
    }
  }

  private void timeAttr(String name, OffsetDateTime value) throws XMLStreamException {
    if (value != null) {
      w.writeAttribute(name, XmlTimes.format(value));
    }
  }

  private void num(String name, BigDecimal value) throws XMLStreamException {
    if (value != null) {
      w.writeAttribute(name, value.toPlainString());
    }
  }

  private void open(String name) throws XMLStreamException {
    newline();
    w.writeStartElement(name);
    depth++;
  }

  private void sbdhOpen(String name) throws XMLStreamException {
    newline();
    w.writeStartElement("sbdh", name, SBDH);
    depth++;
  }

  private void end() throws XMLStreamException {
    depth--;
    newline();
    w.writeEndElement();
  }

  private void leaf(String name, String text) throws XMLStreamException {
    if (raw != null && rawLeaf(name, text)) {
      return;
    }
    newline();
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  /**
   * Writes a leaf element in one raw write when its text goes out as it is (printable ASCII without markup
   * characters: nearly every EPC, code, time and identifier): the same bytes Woodstox writes for the start tag, the
   * text and the end tag (it does not repair namespaces, and the name is an EPCIS element's local name), without its
   * bookkeeping per element, which was a tenth of converting JSON-LD to XML. Returns false, writing nothing, for
   * any other text.
   */
  private boolean rawLeaf(String name, String text) throws XMLStreamException {
    int length = text.length();
    if (length == 0 || length > 4096) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7F || c == '<' || c == '&' || c == '>') {
        return false;
      }
    }
    int spaces = indent ? 1 + Math.min(2 * depth, 256) : 0;
    int size = spaces + 2 * name.length() + length + 5;
    if (leafChars.length < size) {
      leafChars = new char[Math.max(size, 2 * leafChars.length)];
    }
    char[] b = leafChars;
    System.arraycopy(SPACES, 0, b, 0, spaces);
    int at = spaces;
    b[at++] = '<';
    name.getChars(0, name.length(), b, at);
    at += name.length();
    b[at++] = '>';
    text.getChars(0, length, b, at);
    at += length;
    b[at++] = '<';
    b[at++] = '/';
    name.getChars(0, name.length(), b, at);
    at += name.length();
    b[at++] = '>';
    raw.writeRaw(b, 0, at);
    return true;
  }

  private void optionalLeaf(String name, String text) throws XMLStreamException {
    if (text != null) {
      leaf(name, text);
    }
  }

  private void sbdhLeaf(String name, String text) throws XMLStreamException {
    newline();
    w.writeStartElement("sbdh", name, SBDH);
    w.writeCharacters(text == null ? "" : text);
    w.writeEndElement();
  }

  private static final char[] SPACES = ("\n" + " ".repeat(256)).toCharArray();

  private void newline() throws XMLStreamException {
    if (indent) {
      if (raw != null) {
        raw.writeRaw(SPACES, 0, 1 + Math.min(2 * depth, 256));
      } else {
        w.writeCharacters(SPACES, 0, 1 + Math.min(2 * depth, 256));
      }
    }
  }

  /**
   * The local name of an extension element or attribute, which must be an XML NCName: a name read from JSON-LD
   * (say {@code ex::x}, local name {@code :x}) may be none, and XML cannot carry it.
   *
   * @throws EpcisException {@code XML-NAME}, located at the event being written
   */
  private String xmlName(QualifiedName name, String what) {
    String local = name.localName();
    if (XmlNames.isNcName(local)) {
      return local;
    }
    String ns = name.namespace().isEmpty() ? "" : " (namespace " + name.namespace() + ")";
    throw new EpcisException(Finding.error("XML-NAME", what + " '" + local + "'" + ns + " has no XML name: a local"
        + " name starts with a letter or '_' and has no ':' or space, so it cannot be written as XML",
        current == null ? SourceLocation.UNKNOWN : eventLocation(current)));
  }

  private void warn(String rule, String message) {
    warn(rule, message, SourceLocation.UNKNOWN);
  }

  private void warn(String rule, String message, SourceLocation where) {
    if (warnings.size() < 1000) {
      warnings.add(Finding.warning(rule, message, where));
    }
  }

  private SourceLocation eventLocation(EpcisEvent e) {
    return SourceLocation.UNKNOWN.withEvent(eventIndex, e.type().localName());
  }

  private static EpcisException ioFailure(Exception e) {
    return new EpcisException(Finding.error("IO", "cannot write the output: " + e.getMessage(),
        SourceLocation.UNKNOWN), e);
  }

  /**
   * The namespace declarations in scope at an element: its own (made only when it declares one) and its ancestors'.
   * Every event and extension element opens one; copying the root's map for each was a tenth of writing an event.
   * A namespace is declared only where none is in scope, so an element never rebinds its ancestors' namespaces.
   */
  private static final class InScope {
    private final InScope parent;
    /** Namespace to prefix, declared at this element; null until it declares one. */
    private Map<String, String> own;

    InScope(InScope parent, Map<String, String> own) {
      this.parent = parent;
      this.own = own;
    }

    InScope child() {
      return new InScope(this, null);
    }

    /** The prefix bound to {@code ns}, or null. */
    String get(String ns) {
      for (InScope s = this; s != null; s = s.parent) {
        if (s.own != null) {
          String p = s.own.get(ns);
          if (p != null) {
            return p;
          }
        }
      }
      return null;
    }

    boolean containsKey(String ns) {
      return get(ns) != null;
    }

    /** Whether {@code prefix} is bound to some namespace. */
    boolean containsValue(String prefix) {
      for (InScope s = this; s != null; s = s.parent) {
        if (s.own != null && s.own.containsValue(prefix)) {
          return true;
        }
      }
      return false;
    }

    void put(String ns, String prefix) {
      if (own == null) {
        own = new HashMap<>(4);
      }
      own.put(ns, prefix);
    }
  }
}
