package dev.pharmatrace.epcis.jsonld.internal;

import dev.pharmatrace.epcis.jsonld.JsonDocumentWriter;
import dev.pharmatrace.epcis.jsonld.JsonLdContexts;
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
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The streaming EPCIS JSON-LD writer: the model in the compact form of the EPCIS 2.0 context. Extension
 * namespaces get a prefix in the document's {@code @context} (or in an event's own {@code @context} when first seen
 * there); CBV values are bare words; numbers and booleans typed in the model become JSON numbers and booleans.
 */
public final class JsonDocumentWriterImpl implements JsonDocumentWriter {
  private final JsonGenerator g;
  private final EpcisDocument document;
  /**
   * The terms our EPCIS context aliases to keywords (checked against the bundled context by a test): as bare member
   * names in an extension value they would be {@code @id} or {@code @type} to a JSON-LD processor.
   */
  static final Set<String> KEYWORD_ALIASES = Set.of("id", "type", "eventID", "bizTransaction", "baseURL");
  /** The JSON-LD 1.1 keywords, without their {@code @}. */
  static final Set<String> JSON_LD_KEYWORDS = Set.of("base", "container", "context", "direction", "graph", "id",
      "import", "included", "index", "json", "language", "list", "nest", "none", "prefix", "propagate", "protected",
      "reverse", "set", "type", "value", "version", "vocab");
  private final List<Finding> warnings = new ArrayList<>();
  /** Prefixes of the document-level context (standard + declared). */
  private final Prefixes prefixes = new Prefixes();
  private long eventIndex;
  private boolean finished;
  private boolean eventListOpen;
  private boolean queryResultsOpen;
  /** Whether the event being written sends every un-namespaced name through our carrier (see writeEvent). */
  private boolean carryAll;

  /** Opens the document: writes everything up to the first event. */
  public JsonDocumentWriterImpl(JsonFactory factory, OutputStream out, EpcisDocument document, boolean pretty) {
    this.document = document;
    try {
      this.g = factory.createGenerator(pretty ? new Indented() : ObjectWriteContext.empty(), out);
      writeHead();
    } catch (JacksonException e) {
      throw ioFailure(e);
    }
  }

  @Override
  public List<Finding> warnings() {
    return List.copyOf(warnings);
  }

  // ------------------------------------------------------------------ document

  private void writeHead() {
    // every namespace the document-level parts use gets a prefix in the top-level context
    Map<String, String> declared = new LinkedHashMap<>();
    for (Map.Entry<String, String> ns : document.namespaces().entrySet()) {
      declare(ns.getValue(), ns.getKey(), declared);
    }
    Set<QualifiedName> names = new LinkedHashSet<>();
    EpcisHeader header = document.header();
    if (header != null) {
      header.extensions().forEach(e -> collect(e, names));
      if (header.sbdh() != null && !SbdhJson.isPseudoOnly(header.sbdh(), document)) {
        names.add(QualifiedName.of(SbdhJson.NS, "StandardBusinessDocumentHeader", "sbdh"));
      }
    }
    for (MasterData md : java.util.Arrays.asList(header == null ? null : header.masterData(), document.masterData())) {
      if (md != null) {
        md.extensions().forEach(x -> collect(x, names));
        md.vocabularies().forEach(v -> {
          v.extensions().forEach(x -> collect(x, names));
          v.elements().forEach(el -> {
            el.attributes().forEach(a -> a.children().forEach(c -> collect(c, names)));
            el.extensions().forEach(x -> collect(x, names));
          });
        });
      }
    }
    document.extensions().forEach(e -> collect(e, names));
    writtenAttributes().forEach(a -> names.add(a.name()));
    document.bodyExtensions().forEach(e -> collect(e, names));
    for (QualifiedName n : names) {
      if (!n.namespace().isEmpty()) {
        declare(n.namespace(), n.prefixHint().orElse(null), declared);
      }
    }

    if (needsUnqualified()) {
      declare(Prefixes.UNQUALIFIED, "ptu", declared);
    }
    g.writeStartObject();
    g.writeName("@context");
    g.writeStartArray();
    g.writeString(JsonLdContexts.EPCIS_2_0_0);
    for (String url : document.contexts()) {
      if (!isStandardContext(url)) {
        g.writeString(url);
      }
    }
    if (!declared.isEmpty()) {
      writeContextObject(declared, prefixes);
    }
    g.writeEndArray();
    g.writeStringProperty("type", document.type() == DocumentType.EPCIS_QUERY_DOCUMENT
        ? "EPCISQueryDocument" : "EPCISDocument");
    if (document.type() == DocumentType.EPCIS_MASTER_DATA_DOCUMENT) {
      warn("JSON-MASTER-DATA-DOCUMENT", "EPCIS 2.0 JSON has no master-data document: written as an EPCISDocument "
          + "with the master data in its header");
    }
    if (document.documentId() != null) {
      g.writeStringProperty("id", document.documentId());
    }
    g.writeStringProperty("schemaVersion", document.schemaVersion().startsWith("2")
        ? document.schemaVersion() : "2.0");
    OffsetDateTime created = document.creationDate();
    if (created == null) {
      created = OffsetDateTime.now(ZoneOffset.UTC);
      warn("JSON-CREATION-DATE", "the document had no creationDate; the time of writing was used");
    }
    g.writeStringProperty("creationDate", JsonTimes.format(created));
    StandardBusinessDocumentHeader sbdh = header == null ? null : header.sbdh();
    if (sbdh != null) {
      SbdhJson.writePseudoFields(g, sbdh);
    }
    MasterData masterData = header == null ? null : header.masterData();
    if (document.type() == DocumentType.EPCIS_MASTER_DATA_DOCUMENT && document.masterData() != null) {
      masterData = document.masterData();
    }
    boolean hasHeader = masterData != null || header != null && (!header.extensions().isEmpty()
        || sbdh != null && !SbdhJson.isPseudoOnly(sbdh, document));
    if (hasHeader) {
      g.writeName("epcisHeader");
      g.writeStartObject();
      if (sbdh != null && !SbdhJson.isPseudoOnly(sbdh, document)) {
        g.writeName(prefixes.prefix(SbdhJson.NS) + ":StandardBusinessDocumentHeader");
        writeExtensionValue(List.of(SbdhJson.toExtension(sbdh)), prefixes);
      }
      if (masterData != null) {
        g.writeName("epcisMasterData");
        writeMasterData(masterData);
      }
      if (header != null) {
        writeMembers(header.extensions(), prefixes);
      }
      g.writeEndObject();
    }
    for (ExtensionAttribute a : writtenAttributes()) {
      g.writeStringProperty("@" + key(a.name(), prefixes), a.value());
    }
    g.writeName("epcisBody");
    g.writeStartObject();
    if (document.type() == DocumentType.EPCIS_QUERY_DOCUMENT && document.queryResults() == null
        && document.events().isEmpty()) {
      return; // a query document without results (a query request): body extensions only
    }
    if (document.type() == DocumentType.EPCIS_QUERY_DOCUMENT) {
      queryResultsOpen = true;
      g.writeName("queryResults");
      g.writeStartObject();
      g.writeStringProperty("queryName", document.queryResults() == null ? "" : document.queryResults().queryName());
      if (document.queryResults() != null && document.queryResults().subscriptionId() != null) {
        g.writeStringProperty("subscriptionID", document.queryResults().subscriptionId());
      }
      g.writeName("resultsBody");
      g.writeStartObject();
      if (document.masterData() != null && document.events().isEmpty()) {
        g.writeName("vocabularyList");
        writeVocabularyList(document.masterData().vocabularies());
        return;
      }
    }
    g.writeName("eventList");
    g.writeStartArray();
    eventListOpen = true;
  }

  /** Whether any part of the document (header or events) may carry an un-namespaced top-level extension. */
  private boolean needsUnqualified() {
    EpcisHeader h = document.header();
    List<Extension> top = new ArrayList<>(document.extensions());
    top.addAll(document.bodyExtensions());
    if (h != null) {
      top.addAll(h.extensions());
    }
    return top.stream().anyMatch(e -> e.name().namespace().isEmpty() || hasCarriedName(e))
        || writtenAttributes().stream().anyMatch(a -> a.name().namespace().isEmpty());
  }

  /**
   * The document's attributes that are written: all but the XML schema hints ({@code schemaLocation},
   * {@code noNamespaceSchemaLocation}), which mean nothing in JSON. Prefixes are declared for these only (one
   * declared for an attribute that is not written made the second write differ from the first: a fuzz finding of
   * stop 14).
   */
  private List<ExtensionAttribute> writtenAttributes() {
    List<ExtensionAttribute> written = new ArrayList<>(document.otherAttributes().size());
    for (ExtensionAttribute a : document.otherAttributes()) {
      String local = a.name().localName();
      if (!local.equals("schemaLocation") && !local.equals("noNamespaceSchemaLocation")) {
        written.add(a);
      }
    }
    return written;
  }

  /** Whether the event has an un-namespaced member where JSON-LD needs a compact IRI. */
  private static boolean eventNeedsUnqualified(EpcisEvent e) {
    List<Extension> top = new ArrayList<>(e.extensions());
    if (e.common().readPoint() != null) {
      top.addAll(e.common().readPoint().extensions());
    }
    if (e.common().bizLocation() != null) {
      top.addAll(e.common().bizLocation().extensions());
    }
    if (e.common().errorDeclaration() != null) {
      top.addAll(e.common().errorDeclaration().extensions());
    }
    for (SensorElement s : e.sensorElementList()) {
      top.addAll(s.extensions());
      if (s.metadata() != null && s.metadata().otherAttributes().stream()
          .anyMatch(a -> a.name().namespace().isEmpty())) {
        return true;
      }
      if (s.reports().stream().anyMatch(r -> r.otherAttributes().stream()
          .anyMatch(a -> a.name().namespace().isEmpty()))) {
        return true;
      }
    }
    if (e instanceof ObjectEvent o) {
      top.addAll(o.ilmd());
    } else if (e instanceof TransformationEvent t) {
      top.addAll(t.ilmd());
    }
    return top.stream().anyMatch(x -> x.name().namespace().isEmpty() || hasCarriedName(x))
        || e.otherAttributes().stream().anyMatch(a -> a.name().namespace().isEmpty()
            && isKeywordName(a.name().localName()));
  }

  private static boolean isStandardContext(String url) {
    return url.equals(JsonLdContexts.EPCIS_2_0_0) || url.equals(JsonLdContexts.EPCIS_UNVERSIONED)
        || url.equals(JsonLdContexts.EPCIS_GITHUB);
  }

  /** Declares a prefix for {@code ns} in {@code declared} (and the document table) unless one exists. */
  private void declare(String ns, String hint, Map<String, String> declared) {
    if (prefixes.prefix(ns) != null) {
      return;
    }
    String p = hint == null || hint.isEmpty() || !Prefixes.isNcName(hint) ? "ns" : hint;
    String candidate = free(p, prefixes::isTaken);
    prefixes.put(candidate, ns);
    declared.put(candidate, ns);
  }

  /**
   * {@code base} if it is free, else the first free of {@code base1}, {@code base2}, ...: a prefix depends only on the
   * prefixes taken, not on how many were made before it, so that a document written, read and written again declares
   * the same prefixes (our carrier's prefix, which the reader does not keep, is made again; a fuzz finding of stop
   * 19: a counter shared by all prefixes gave it {@code ptu2} the first time and {@code ptu1} the second).
   */
  private static String free(String base, java.util.function.Predicate<String> taken) {
    String candidate = base;
    for (int i = 1; taken.test(candidate); i++) {
      candidate = base + i;
    }
    return candidate;
  }

  private void writeContextObject(Map<String, String> declared, Prefixes scope) {
    g.writeStartObject();
    for (Map.Entry<String, String> d : declared.entrySet()) {
      String ns = readsBack(d.getValue(), scope);
      if (Prefixes.endsWithDelimiter(ns)) {
        g.writeStringProperty(d.getKey(), ns);
      } else {
        // JSON-LD 1.1 uses a simple term for CURIEs only when its IRI ends with a delimiter: say it is a prefix
        g.writeName(d.getKey());
        g.writeStartObject();
        g.writeStringProperty("@id", ns);
        g.writeBooleanProperty("@prefix", true);
        g.writeEndObject();
      }
    }
    g.writeEndObject();
  }

  /** Rule id: an IRI that JSON-LD cannot spell in this document (see {@link #readsBack}). */
  static final String IRI_RULE = "JSON-WRITE-IRI";

  /**
   * {@code iri}, refused when it would not read back as itself: its scheme is a prefix of the context in scope, and a
   * JSON-LD processor (our reader too) expands {@code ptu:x:} through a prefix {@code ptu} wherever it stands, as a
   * member name or as the IRI of a prefix; no spelling escapes that while the prefix is defined (a fuzz finding of
   * stop 17: a namespace {@code ptu:typerail:}, read from a document that did not declare our carrier prefix
   * {@code ptu}, came back as {@code https://pharmatrace.dev/ns/epcis/unqualified/typerail:}).
   */
  static String readsBack(String iri, Prefixes scope) {
    int colon = iri.indexOf(':');
    if (colon > 0 && !iri.startsWith("//", colon + 1) && scope.isTaken(iri.substring(0, colon))) {
      throw new EpcisException(Finding.error(IRI_RULE, "cannot write " + iri + " in JSON-LD: '"
          + iri.substring(0, colon) + "' is also a prefix of the document's context, through which JSON-LD would "
          + "read it as another IRI (use another namespace, or write XML)", SourceLocation.UNKNOWN));
    }
    return iri;
  }

  private static void collect(Extension e, Set<QualifiedName> names) {
    names.add(e.name());
    for (ExtensionAttribute a : e.attributes()) {
      names.add(a.name());
    }
    for (Extension c : e.children()) {
      collect(c, names);
    }
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
    // names of extensions that follow the events: the context was written before them, so a namespace it does not
    // declare can only be spelled out, as an absolute IRI that reads back as the same name
    Set<QualifiedName> names = new LinkedHashSet<>();
    completed.bodyExtensions().forEach(e -> collect(e, names));
    completed.extensions().forEach(e -> collect(e, names));
    for (QualifiedName n : names) {
      String ns = n.namespace();
      if (!ns.isEmpty() && prefixes.prefix(ns) == null && !Prefixes.endsWithDelimiter(ns)) {
        throw new EpcisException(Finding.error(LateContent.LATE_NAME, "the extension " + n.expandedIri() + " follows "
            + "the events, and its namespace " + ns + " was not declared in the document's context before them "
            + "(nor does it end with '/', '#' or ':', so that an absolute IRI could spell the name): open the "
            + "writer with the completed document", SourceLocation.UNKNOWN));
      }
    }
    finish(completed.bodyExtensions(), completed.extensions());
  }

  private void finish(List<Extension> bodyExtensions, List<Extension> documentExtensions) {
    if (finished) {
      return;
    }
    try {
      if (eventListOpen) {
        g.writeEndArray(); // eventList
      }
      if (queryResultsOpen) {
        g.writeEndObject(); // resultsBody
        g.writeEndObject(); // queryResults
      }
      writeMembers(bodyExtensions, prefixes);
      g.writeEndObject(); // epcisBody
      writeMembers(documentExtensions, prefixes);
      g.writeEndObject();
      g.flush();
      g.close();
      finished = true;
    } catch (JacksonException e) {
      throw ioFailure(e);
    }
  }

  @Override
  public void close() {
    if (!finished) {
      try {
        g.close();
      } catch (JacksonException ignored) {
        // closing after a failure
      }
    }
  }

  // ------------------------------------------------------------------ events

  @Override
  public void write(EpcisEvent e) {
    if (!eventListOpen) {
      throw new EpcisException(Finding.error("JSON-LAYOUT", "this document's body holds master data: events "
          + "cannot be written into it", SourceLocation.UNKNOWN.withEvent(eventIndex, e.type().localName())));
    }
    try {
      writeEvent(e);
      eventIndex++;
    } catch (JacksonException x) {
      throw ioFailure(x);
    } finally {
      carryAll = false; // document-level names keep their usual form
    }
  }

  private void writeEvent(EpcisEvent e) {
    // namespaces first seen in this event are declared in the event's own context
    Set<QualifiedName> names = new LinkedHashSet<>();
    e.extensions().forEach(x -> collect(x, names));
    e.otherAttributes().forEach(a -> names.add(a.name()));
    if (e.common().readPoint() != null) {
      e.common().readPoint().extensions().forEach(x -> collect(x, names));
    }
    if (e.common().bizLocation() != null) {
      e.common().bizLocation().extensions().forEach(x -> collect(x, names));
    }
    if (e.common().errorDeclaration() != null) {
      e.common().errorDeclaration().extensions().forEach(x -> collect(x, names));
    }
    for (SensorElement s : e.sensorElementList()) {
      s.extensions().forEach(x -> collect(x, names));
      if (s.metadata() != null) {
        s.metadata().otherAttributes().forEach(a -> names.add(a.name()));
      }
      s.reports().forEach(r -> r.otherAttributes().forEach(a -> names.add(a.name())));
    }
    if (e instanceof ObjectEvent o) {
      o.ilmd().forEach(x -> collect(x, names));
    } else if (e instanceof TransformationEvent t) {
      t.ilmd().forEach(x -> collect(x, names));
    }
    // an event with a member in the EPCIS vocabulary ("epcis:x") is read through JSON-LD expansion, where a bare
    // name is an undefined term: its un-namespaced names all go through our carrier (a fuzz finding of stop 17)
    carryAll = false;
    for (Extension x : e.extensions()) {
      carryAll |= CompactForm.EPCIS_VOCABULARY.equals(x.name().namespace());
    }
    Map<String, String> local = new LinkedHashMap<>();
    if ((eventNeedsUnqualified(e) || carryAll && names.stream().anyMatch(n -> n.namespace().isEmpty()))
        && prefixes.prefix(Prefixes.UNQUALIFIED) == null) {
      local.put(free("ptu", prefixes::isTaken), Prefixes.UNQUALIFIED);
    }
    for (QualifiedName n : names) {
      if (!n.namespace().isEmpty() && prefixes.prefix(n.namespace()) == null
          && !local.containsValue(n.namespace())) {
        String hint = n.prefixHint().orElse("ns");
        String p = Prefixes.isNcName(hint) ? hint : "ns";
        local.put(free(p, c -> prefixes.isTaken(c) || local.containsKey(c)), n.namespace());
      }
    }
    Prefixes scope = prefixes;
    g.writeStartObject();
    if (!local.isEmpty()) {
      scope = prefixes.copy();
      local.forEach(scope::put);
      g.writeName("@context");
      writeContextObject(local, scope);
    }
    g.writeStringProperty("type", e.type().localName());
    g.writeStringProperty("eventTime", JsonTimes.format(e.eventTime()));
    if (e.common().recordTime() != null) {
      g.writeStringProperty("recordTime", JsonTimes.format(e.common().recordTime()));
    }
    g.writeStringProperty("eventTimeZoneOffset", JsonTimes.formatOffset(e.eventTimeZoneOffset()));
    if (e.common().eventId() != null) {
      g.writeStringProperty("eventID", e.common().eventId());
    }
    if (e.certificationInfo().size() == 1) {
      g.writeStringProperty("certificationInfo", e.certificationInfo().get(0));
    } else if (!e.certificationInfo().isEmpty()) {
      g.writeName("certificationInfo");
      strings(e.certificationInfo());
    }
    if (e.common().errorDeclaration() != null) {
      writeErrorDeclaration(e.common().errorDeclaration(), scope);
    }
    if (e instanceof ObjectEvent o) {
      epcs("epcList", o.epcList(), e);
      g.writeStringProperty("action", o.action().name());
    } else if (e instanceof AggregationEvent a) {
      optional("parentID", a.parentId());
      epcs("childEPCs", a.childEpcs(), e);
      g.writeStringProperty("action", a.action().name());
    } else if (e instanceof TransactionEvent t) {
      optional("parentID", t.parentId());
      epcs("epcList", t.epcList(), e);
      g.writeStringProperty("action", t.action().name());
    } else if (e instanceof TransformationEvent x) {
      epcs("inputEPCList", x.inputEpcList(), e);
      quantities("inputQuantityList", x.inputQuantityList(), e);
      epcs("outputEPCList", x.outputEpcList(), e);
      quantities("outputQuantityList", x.outputQuantityList(), e);
      optional("transformationID", x.transformationId());
    } else if (e instanceof AssociationEvent s) {
      optional("parentID", s.parentId());
      epcs("childEPCs", s.childEpcs(), e);
      g.writeStringProperty("action", s.action().name());
    }
    if (e.common().bizStep() != null) {
      g.writeStringProperty("bizStep", cbv(e.common().bizStep()));
    }
    if (e.common().disposition() != null) {
      g.writeStringProperty("disposition", cbv(e.common().disposition()));
    }
    if (e.common().persistentDisposition() != null) {
      g.writeName("persistentDisposition");
      g.writeStartObject();
      if (!e.common().persistentDisposition().set().isEmpty()) {
        g.writeName("set");
        strings(e.common().persistentDisposition().set().stream().map(this::cbv).toList());
      }
      if (!e.common().persistentDisposition().unset().isEmpty()) {
        g.writeName("unset");
        strings(e.common().persistentDisposition().unset().stream().map(this::cbv).toList());
      }
      g.writeEndObject();
    }
    if (e.common().readPoint() != null) {
      g.writeName("readPoint");
      g.writeStartObject();
      g.writeStringProperty("id", e.common().readPoint().id());
      writeMembers(e.common().readPoint().extensions(), scope);
      g.writeEndObject();
    }
    if (e.common().bizLocation() != null) {
      g.writeName("bizLocation");
      g.writeStartObject();
      g.writeStringProperty("id", e.common().bizLocation().id());
      writeMembers(e.common().bizLocation().extensions(), scope);
      g.writeEndObject();
    }
    if (!e.bizTransactionList().isEmpty()) {
      g.writeName("bizTransactionList");
      g.writeStartArray();
      for (BizTransaction t : e.bizTransactionList()) {
        g.writeStartObject();
        if (t.type() != null) {
          g.writeStringProperty("type", cbv(t.type()));
        }
        g.writeStringProperty("bizTransaction", t.value());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (e instanceof ObjectEvent o) {
      quantities("quantityList", o.quantityList(), e);
    } else if (e instanceof AggregationEvent a) {
      quantities("childQuantityList", a.childQuantityList(), e);
    } else if (e instanceof TransactionEvent t) {
      quantities("quantityList", t.quantityList(), e);
    } else if (e instanceof AssociationEvent s) {
      quantities("childQuantityList", s.childQuantityList(), e);
    }
    sourceDest("sourceList", "source", e.sourceList());
    sourceDest("destinationList", "destination", e.destinationList());
    if (!e.sensorElementList().isEmpty()) {
      g.writeName("sensorElementList");
      g.writeStartArray();
      for (SensorElement s : e.sensorElementList()) {
        writeSensorElement(s, scope);
      }
      g.writeEndArray();
    }
    List<Extension> ilmd = e instanceof ObjectEvent o ? o.ilmd()
        : e instanceof TransformationEvent t ? t.ilmd() : List.of();
    if (!ilmd.isEmpty()) {
      g.writeName("ilmd");
      g.writeStartObject();
      writeMembers(ilmd, scope);
      g.writeEndObject();
    }
    writeMembers(e.extensions(), scope);
    writeAttributeMembers(e.otherAttributes(), scope);
    g.writeEndObject();
  }

  private void writeErrorDeclaration(ErrorDeclaration d, Prefixes scope) {
    g.writeName("errorDeclaration");
    g.writeStartObject();
    g.writeStringProperty("declarationTime", JsonTimes.format(d.declarationTime()));
    if (d.reason() != null) {
      g.writeStringProperty("reason", cbv(d.reason()));
    }
    if (!d.correctiveEventIds().isEmpty()) {
      g.writeName("correctiveEventIDs");
      strings(d.correctiveEventIds());
    }
    writeMembers(d.extensions(), scope);
    g.writeEndObject();
  }

  private void writeSensorElement(SensorElement s, Prefixes scope) {
    g.writeStartObject();
    SensorMetadata m = s.metadata();
    if (m != null) {
      g.writeName("sensorMetadata");
      g.writeStartObject();
      time("time", m.time());
      optional("deviceID", m.deviceID());
      optional("deviceMetadata", m.deviceMetadata());
      optional("rawData", m.rawData());
      time("startTime", m.startTime());
      time("endTime", m.endTime());
      optional("dataProcessingMethod", m.dataProcessingMethod());
      optional("bizRules", m.bizRules());
      writeCurieMembers(m.otherAttributes(), scope);
      g.writeEndObject();
    }
    g.writeName("sensorReport");
    g.writeStartArray();
    for (SensorReport r : s.reports()) {
      g.writeStartObject();
      if (r.type() != null) {
        g.writeStringProperty("type", cbv(r.type()));
      }
      if (r.exception() != null) {
        g.writeStringProperty("exception", cbv(r.exception()));
      }
      optional("deviceID", r.deviceID());
      optional("deviceMetadata", r.deviceMetadata());
      optional("rawData", r.rawData());
      optional("dataProcessingMethod", r.dataProcessingMethod());
      optional("bizRules", r.bizRules());
      time("time", r.time());
      optional("microorganism", r.microorganism());
      optional("chemicalSubstance", r.chemicalSubstance());
      number("value", r.value());
      if (r.component() != null) {
        g.writeStringProperty("component", component(r.component()));
      }
      optional("stringValue", r.stringValue());
      if (r.booleanValue() != null) {
        g.writeBooleanProperty("booleanValue", r.booleanValue());
      }
      optional("hexBinaryValue", r.hexBinaryValue());
      optional("uriValue", r.uriValue());
      number("minValue", r.minValue());
      number("maxValue", r.maxValue());
      number("meanValue", r.meanValue());
      number("sDev", r.sDev());
      number("percRank", r.percRank());
      number("percValue", r.percValue());
      optional("uom", r.uom());
      optional("coordinateReferenceSystem", r.coordinateReferenceSystem());
      writeCurieMembers(r.otherAttributes(), scope);
      g.writeEndObject();
    }
    g.writeEndArray();
    writeMembers(s.extensions(), scope);
    g.writeEndObject();
  }

  private void writeMasterData(MasterData md) {
    g.writeStartObject();
    g.writeName("vocabularyList");
    writeVocabularyList(md.vocabularies());
    writeMembers(md.extensions(), prefixes);
    g.writeEndObject();
  }

  private void writeVocabularyList(List<Vocabulary> vocabularies) {
    g.writeStartArray();
    for (Vocabulary v : vocabularies) {
      g.writeStartObject();
      g.writeStringProperty("type", v.type());
      g.writeName("vocabularyElementList");
      g.writeStartArray();
      for (VocabularyElement el : v.elements()) {
        g.writeStartObject();
        g.writeStringProperty("id", el.id());
        if (!el.attributes().isEmpty()) {
          g.writeName("attributes");
          g.writeStartArray();
          for (MasterDataAttribute a : el.attributes()) {
            g.writeStartObject();
            g.writeStringProperty("id", a.id());
            g.writeName("attribute");
            if (a.children().isEmpty()) {
              writeScalar(a.text() == null ? "" : a.text(), a.datatype(), prefixes);
            } else {
              g.writeStartObject();
              writeMembers(a.children(), prefixes);
              g.writeEndObject();
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        if (!el.children().isEmpty()) {
          g.writeName("children");
          strings(el.children());
        }
        writeMembers(el.extensions(), prefixes);
        g.writeEndObject();
      }
      g.writeEndArray();
      writeMembers(v.extensions(), prefixes);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // ------------------------------------------------------------------ extensions

  /** Writes extension elements as members of an EPCIS object (top level: names must be compact IRIs). */
  private void writeMembers(List<Extension> extensions, Prefixes scope) {
    writeMembers(extensions, scope, true);
  }

  /** Writes extension elements as members; elements with the same name become one array. */
  private void writeMembers(List<Extension> extensions, Prefixes scope, boolean topLevel) {
    Map<QualifiedName, List<Extension>> grouped = new LinkedHashMap<>();
    for (Extension e : extensions) {
      grouped.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<QualifiedName, List<Extension>> entry : grouped.entrySet()) {
      g.writeName(topLevel ? topKey(entry.getKey(), scope) : key(entry.getKey(), scope));
      writeExtensionValue(entry.getValue(), scope);
    }
  }

  /**
   * The key of a member of an EPCIS object, where JSON-LD needs a compact IRI: an un-namespaced extension (legal in
   * XML 1.2) goes into our namespace for un-namespaced extensions, which our reader maps back.
   */
  private String topKey(QualifiedName name, Prefixes scope) {
    if (name.namespace().isEmpty()) {
      String carrier = scope.prefix(Prefixes.UNQUALIFIED);
      // not declared: an extension that followed the events (finish(EpcisDocument)); spelled out, it reads back so
      return carrier == null ? readsBack(Prefixes.UNQUALIFIED + name.localName(), scope)
          : carrier + ":" + name.localName();
    }
    return key(name, scope);
  }

  private void writeExtensionValue(List<Extension> sameName, Prefixes scope) {
    if (sameName.size() > 1) {
      g.writeStartArray();
      for (Extension e : sameName) {
        writeOne(e, scope);
      }
      g.writeEndArray();
    } else {
      writeOne(sameName.get(0), scope);
    }
  }

  private void writeOne(Extension e, Prefixes scope) {
    if (e.attributes().isEmpty() && e.children().isEmpty()) {
      if (e.text() == null) {
        g.writeStartObject(); // an element without content
        g.writeEndObject();
      } else {
        writeScalar(e.text(), e.datatype(), scope);
      }
      return;
    }
    g.writeStartObject();
    writeAttributeMembers(e.attributes(), scope);
    if (e.text() != null && (!e.text().isBlank() || e.children().isEmpty())) {
      if (e.datatype() != null) {
        g.writeStringProperty("@value", e.text());
        g.writeStringProperty("@type", compactIri(e.datatype(), scope));
      } else {
        g.writeStringProperty("#text", e.text());
      }
    }
    writeMembers(e.children(), scope, false);
    g.writeEndObject();
  }

  /** Sensor extension attributes are plain compact-IRI members in JSON-LD. */
  private void writeCurieMembers(List<ExtensionAttribute> attributes, Prefixes scope) {
    for (ExtensionAttribute a : attributes) {
      g.writeStringProperty(topKey(a.name(), scope), a.value());
    }
  }

  /** XML attributes become {@code @name} members (JSON-LD ignores them; our reader restores them). */
  private void writeAttributeMembers(List<ExtensionAttribute> attributes, Prefixes scope) {
    for (ExtensionAttribute a : attributes) {
      g.writeStringProperty("@" + attributeKey(a.name(), scope), a.value());
    }
  }

  /**
   * The key of an attribute after its {@code @}: an un-namespaced attribute named like a JSON-LD keyword ({@code
   * type}, {@code value}, {@code language}, {@code id}, ...) goes through our carrier of un-namespaced names, since
   * {@code "@type"} is the keyword (before stop 16 such an attribute was read back as a datatype, or lost).
   */
  private String attributeKey(QualifiedName name, Prefixes scope) {
    return name.namespace().isEmpty() && isKeywordName(name.localName()) ? carrier(name.localName(), scope)
        : key(name, scope);
  }

  /** An un-namespaced name through our carrier namespace: its prefix where declared, else spelled out. */
  private static String carrier(String local, Prefixes scope) {
    String p = scope.prefix(Prefixes.UNQUALIFIED);
    return p == null ? readsBack(Prefixes.UNQUALIFIED + local, scope) : p + ":" + local;
  }

  /** Whether {@code "@" + local} is a JSON-LD 1.1 keyword. */
  static boolean isKeywordName(String local) {
    return JSON_LD_KEYWORDS.contains(local);
  }

  /** Whether an extension or anything in it has a name {@link #key} or {@link #attributeKey} sends to the carrier. */
  private static boolean hasCarriedName(Extension e) {
    for (ExtensionAttribute a : e.attributes()) {
      if (a.name().namespace().isEmpty() && isKeywordName(a.name().localName())) {
        return true;
      }
    }
    for (Extension c : e.children()) {
      if (c.name().namespace().isEmpty() && KEYWORD_ALIASES.contains(c.name().localName()) || hasCarriedName(c)) {
        return true;
      }
    }
    return false;
  }

  private void writeScalar(String text, String datatype, Prefixes scope) {
    if (datatype == null) {
      g.writeString(text);
    } else if (datatype.equals(Extension.XSD_BOOLEAN) && (text.equals("true") || text.equals("false"))) {
      g.writeBoolean(Boolean.parseBoolean(text));
    } else if (datatype.equals(Extension.XSD_INTEGER) && JsonNumbers.isJsonInteger(text)) {
      g.writeNumber(text);
    } else if (datatype.equals(Extension.XSD_DOUBLE) && JsonNumbers.isJsonNonInteger(text)) {
      g.writeNumber(text);
    } else {
      g.writeStartObject();
      g.writeStringProperty("@value", text);
      g.writeStringProperty("@type", compactIri(datatype, scope));
      g.writeEndObject();
    }
  }

  private String key(QualifiedName name, Prefixes scope) {
    if (name.namespace().isEmpty()) {
      // bare, unless the EPCIS context makes the name a keyword ("eventID": {"@id"...}) or the event is read through
      // JSON-LD expansion (see writeEvent): then through our carrier
      return carryAll || KEYWORD_ALIASES.contains(name.localName()) ? carrier(name.localName(), scope)
          : name.localName();
    }
    String prefix = scope.prefix(name.namespace());
    if (prefix == null) {
      // not declared: an extension that followed the events (finish(EpcisDocument))
      return readsBack(name.expandedIri(), scope);
    }
    return prefix + ":" + name.localName();
  }

  private static String compactIri(String iri, Prefixes scope) {
    if (iri.startsWith(Extension.XSD)) {
      return "xsd:" + iri.substring(Extension.XSD.length());
    }
    return readsBack(iri, scope);
  }

  // ------------------------------------------------------------------ small writers

  private String cbv(CbvValue value) {
    return value.jsonForm();
  }

  /**
   * A sensor component: a {@code cbv:Comp-} CURIE stays as given (the GS1 JSON-LD examples spell components so, the
   * EPCIS context expands it to the same IRI as the bare word, and the JSON schema accepts both); other spellings
   * become the JSON form.
   */
  private String component(CbvValue value) {
    return value.form() == CbvForm.CURIE && value.asGiven().startsWith("cbv:Comp-") ? value.asGiven() : cbv(value);
  }

  /** Writes an identifier list unless it is empty and was not written by the input (see {@link ListField}). */
  private void epcs(String name, List<String> epcs, EpcisEvent e) {
    if (!epcs.isEmpty() || e.emptyListPresent(ListField.byFieldName(name))) {
      g.writeName(name);
      strings(epcs);
    }
  }

  private void strings(List<String> values) {
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Writes a quantity list unless it is empty and was not written by the input (see {@link ListField}). */
  private void quantities(String name, List<QuantityElement> quantities, EpcisEvent e) {
    if (quantities.isEmpty() && !e.emptyListPresent(ListField.byFieldName(name))) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (QuantityElement q : quantities) {
      g.writeStartObject();
      g.writeStringProperty("epcClass", q.epcClass());
      number("quantity", q.quantity());
      optional("uom", q.uom());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void sourceDest(String list, String item, List<SourceDest> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(list);
    g.writeStartArray();
    for (SourceDest s : values) {
      g.writeStartObject();
      g.writeStringProperty("type", cbv(s.type()));
      g.writeStringProperty(item, s.value());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void optional(String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private void time(String name, OffsetDateTime value) {
    if (value != null) {
      g.writeStringProperty(name, JsonTimes.format(value));
    }
  }

  private void number(String name, BigDecimal value) {
    if (value != null) {
      g.writeName(name);
      g.writeNumber(value.toPlainString());
    }
  }

  private void warn(String rule, String message) {
    if (warnings.size() < 1000) {
      warnings.add(Finding.warning(rule, message, SourceLocation.UNKNOWN));
    }
  }

  private static EpcisException ioFailure(Exception e) {
    return new EpcisException(Finding.error("IO", "cannot write the output: " + e.getMessage(),
        SourceLocation.UNKNOWN), e);
  }

  /**
   * Indented output: Jackson's default pretty printer (a fresh one, as it keeps the nesting), what an
   * {@code ObjectMapper} with {@code INDENT_OUTPUT} gives a generator.
   */
  private static final class Indented extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }
}
