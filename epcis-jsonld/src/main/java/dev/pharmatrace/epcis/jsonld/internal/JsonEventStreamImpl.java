package dev.pharmatrace.epcis.jsonld.internal;

import dev.pharmatrace.epcis.jsonld.JsonEventStream;
import dev.pharmatrace.epcis.jsonld.JsonLdContexts;
import dev.pharmatrace.epcis.jsonld.JsonLimits;
import dev.pharmatrace.epcis.model.DocumentType;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.EpcisHeader;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.MasterData;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.QueryResults;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The streaming EPCIS JSON-LD reader: top level by tokens, each event (and the header) as a small tree.
 *
 * <p>JSON members have no order. When {@code epcisBody} comes before {@code @context} or {@code epcisHeader}, the
 * body is spooled ({@link BodySpool}: in memory up to a threshold, then in a temporary file), the remaining
 * top-level members are read, and only then are the events read from the spool, so that {@link #document()} is
 * complete before the first event and every event is mapped with the document's full prefix table. Otherwise
 * (the usual order; or, for a file, when a scan of its top level shows that none of them, nor {@code type}, follows
 * the body) the events are read straight from the input.
 */
public final class JsonEventStreamImpl implements JsonEventStream {
  private static final Set<String> EVENT_TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent",
      "TransformationEvent", "AssociationEvent");
  private static final int MAX_WARNINGS = 1000;
  /** Top-level members that, after the body, make the body be set aside. */
  private static final Set<String> AFTER_BODY = Set.of("@context", "epcisHeader", "type");
  private static final String DOCUMENT_EVENT_LIST = "/epcisBody/eventList";
  private static final String QUERY_EVENT_LIST = "/epcisBody/queryResults/resultsBody/eventList";

  private JsonParser p;
  private final JsonFactory factory;
  private final Closeable input;
  private final String systemId;
  private final JsonLimits limits;
  private final LdHooks ld;
  private final Path spoolDirectory;
  private final long spoolMemoryThreshold;
  private final TopLevelScan rescan;
  /** Whether {@link #document()} must carry a header that follows the body before the first event. */
  private final boolean headerBeforeEvents;
  private BodySpool spool;
  private boolean replaying;
  private JsonNode documentContext;
  private boolean contextDefinesTerms;
  private boolean normalisedWarned;
  private final List<Finding> warnings = new ArrayList<>();
  private final Prefixes prefixes = new Prefixes();
  private final List<String> contexts = new ArrayList<>();
  /** The prefixes of the remote contexts met so far, by URL (empty: not served); each is looked up once. */
  private final Map<String, Optional<Map<String, String>>> remoteContexts = new HashMap<>();
  private final EpcisDocument.Builder doc = EpcisDocument.builder();
  private EpcisDocument document;
  private String sender;
  private String receiver;
  private String instanceIdentifier;
  private String creationDate;
  private StandardBusinessDocumentHeader sbdh;
  private MasterData headerMasterData;
  private final List<Extension> headerExtensions = new ArrayList<>();
  private final List<Map.Entry<String, JsonNode>> deferred = new ArrayList<>();
  private boolean headerSeen;
  private boolean bare;
  private boolean query;
  private EpcisEvent pending;
  private boolean finished;
  private long index;
  private String eventListPointer;
  private SourceLocation pendingLocation = SourceLocation.UNKNOWN;
  private SourceLocation lastLocation = SourceLocation.UNKNOWN;

  /**
   * Opens the stream and reads up to the first event; a body that must be spooled goes to a temporary file in
   * {@code spoolDirectory} once it is larger than {@code spoolMemoryThreshold} bytes; with a {@code rescan} of the
   * input (a file), only when the top-level members the events need follow the body; without {@code
   * headerBeforeEvents}, a header after the body does not count as needed (it completes the document at the end).
   */
  public JsonEventStreamImpl(JsonFactory factory, JsonParser parser, Closeable input, String systemId,
      JsonLimits limits, LdHooks ld, Path spoolDirectory, long spoolMemoryThreshold, TopLevelScan rescan,
      boolean headerBeforeEvents) {
    this.headerBeforeEvents = headerBeforeEvents;
    this.ld = ld;
    this.rescan = rescan;
    this.spoolDirectory = spoolDirectory;
    this.spoolMemoryThreshold = spoolMemoryThreshold;
    this.factory = factory;
    this.p = parser;
    this.input = input;
    this.systemId = systemId;
    this.limits = limits;
    try {
      prolog();
    } catch (JacksonException e) {
      close();
      throw syntax(e);
    } catch (UncheckedIOException e) {
      close();
      throw spoolFailure(e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public EpcisDocument document() {
    if (document == null) {
      applyHeader();
      document = doc.build();
    }
    return document;
  }

  @Override
  public boolean isBareEvent() {
    return bare;
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
    } catch (JacksonException e) {
      finished = true;
      throw syntax(e);
    } catch (UncheckedIOException e) {
      finished = true;
      throw spoolFailure(e);
    }
    return pending != null;
  }

  @Override
  public EpcisEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more events in " + systemId);
    }
    EpcisEvent e = pending;
    pending = null;
    lastLocation = pendingLocation;
    return e;
  }

  @Override
  public void close() {
    try {
      p.close();
    } catch (JacksonException ignored) {
      // closing after a failure
    }
    if (spool != null) {
      spool.close();
    }
    if (input != null) {
      try {
        input.close();
      } catch (IOException ignored) {
        // nothing useful to do
      }
    }
  }

  // ------------------------------------------------------------------ structure

  private void prolog() {
    JsonToken t = p.nextToken();
    if (t != JsonToken.START_OBJECT) {
      throw fail("JSON-ROOT", "", "the input is not a JSON object: an EPCIS document or event starts with '{'");
    }
    ObjectNode early = JsonNodeFactory.instance.objectNode(); // members read before the type is known
    String type = null;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("epcisBody") && spool == null && (!headerSeen || (documentContext == null
          && !early.has("@context"))) && neededLater(type)) {
        spoolBody();
        continue;
      }
      if (type == null && !name.equals("type") && !name.equals("epcisBody") && !name.equals("epcisHeader")) {
        early.set(name, readTree());
        continue;
      }
      if (name.equals("type")) {
        type = p.getString();
        if (EVENT_TYPES.contains(type)) {
          bareEvent(early, type);
          return;
        }
        if (!type.equals("EPCISDocument") && !type.equals("EPCISQueryDocument")) {
          throw fail("JSON-DOCUMENT-TYPE", "/type", "type '" + type + "': expected EPCISDocument, "
              + "EPCISQueryDocument or an event type");
        }
        query = type.equals("EPCISQueryDocument");
        doc.type(query ? DocumentType.EPCIS_QUERY_DOCUMENT : DocumentType.EPCIS_DOCUMENT);
        for (Map.Entry<String, JsonNode> m : early.properties()) {
          member(m.getKey(), m.getValue());
        }
        continue;
      }
      if (type == null) {
        type = defaultType(name, early);
      }
      if (name.equals("epcisBody")) {
        mapDeferred();
        if (enterBody()) {
          return;
        }
      } else {
        member(name, readTree());
      }
    }
    requireEndOfInput();
    if (spool != null) {
      if (type == null) {
        defaultType("epcisBody", early);
      }
      replayBody();
      return;
    }
    if (type == null) {
      throw fail("JSON-MISSING", "/type", "'type' is required (EPCISDocument, EPCISQueryDocument or an event type)");
    }
    finishDocument();
  }

  /**
   * Nothing but whitespace may follow the document's closing brace: a second value or any other text is refused,
   * not ignored (a fuzz finding of stop 15: a header closed one brace too early ended the document there, and the
   * body after it was dropped without a word by {@code convert} and {@code hash}).
   */
  private void requireEndOfInput() {
    if (p.nextToken() != null) {
      throw fail("JSON-SYNTAX", "", "content after the end of the document: the top-level object is closed before"
          + " this point, and a file holds one JSON document (is a closing brace misplaced?)");
    }
  }

  /** A document member came before 'type': the document is read as an EPCISDocument. */
  private String defaultType(String name, ObjectNode early) {
    warn("JSON-MEMBER-ORDER", Pointers.member(name), "'" + name + "' before 'type': read as an EPCISDocument");
    doc.type(DocumentType.EPCIS_DOCUMENT);
    for (Map.Entry<String, JsonNode> m : early.properties()) {
      member(m.getKey(), m.getValue());
    }
    return "EPCISDocument";
  }

  /**
   * Whether something the events or {@link #document()} need before the first event may follow the body: a
   * header, a context, the type. Only a file can tell (by a second scan of its top level); a stream is assumed to
   * have them.
   */
  private boolean neededLater(String type) {
    if (!headerBeforeEvents && type != null && documentContext != null) {
      return false; // only a header may still follow, and the caller takes it in the completed document
    }
    return rescan == null || !Boolean.FALSE.equals(rescan.anyAfterBody(AFTER_BODY));
  }

  /** Copies the body (the parser is on its START_OBJECT) to the spool, checking syntax and limits on the input. */
  private void spoolBody() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail("JSON-TYPE", "/epcisBody", "epcisBody must be an object");
    }
    spool = new BodySpool(spoolDirectory, spoolMemoryThreshold);
    int over = spool.copy(p, factory, limits.maxEvents());
    if (over >= 0) {
      throw tooManyEvents(over == BodySpool.QUERY_LIST ? QUERY_EVENT_LIST : DOCUMENT_EVENT_LIST);
    }
  }

  /** Reads the spooled body: the events are then read from the spool, located in the original input. */
  private void replayBody() {
    mapDeferred();
    JsonParser original = p;
    p = spool.replay(factory, query ? BodySpool.QUERY_LIST : BodySpool.DOCUMENT_LIST);
    replaying = true;
    original.close();
    if (!enterBody()) {
      finishDocument();
    }
  }

  private JsonNode readTree() {
    try {
      return JsonTreeReader.read(p);
    } catch (NumberFormatException e) {
      // a number whose exponent is beyond what a BigDecimal holds (1e9000000500): a finding at the number, not a crash
      String message = String.valueOf(e.getMessage());
      int open = message.indexOf('"');
      int close = open < 0 ? -1 : message.indexOf('"', open + 1);
      String number = close > open ? message.substring(open + 1, close) : "a number";
      throw fail("JSON-NUMBER", p.streamReadContext().pathAsPointer().toString(), "the number "
          + (number.length() <= 40 ? number : number.substring(0, 37) + "...") + " is out of range: its exponent is"
          + " beyond what a decimal number can hold");
    }
  }

  private void bareEvent(ObjectNode early, String type) {
    bare = true;
    early.put("type", type);
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      early.set(name, readTree());
    }
    requireEndOfInput();
    if (early.has("@context")) {
      JsonModelMapper.readContext(early.get("@context"), prefixes, new ArrayList<>());
    }
    // a bare event may carry the document's schemaVersion and creationDate
    JsonNode version = early.remove("schemaVersion");
    if (version != null) {
      doc.schemaVersion(schemaVersion(version));
    }
    JsonNode created = early.remove("creationDate");
    if (created != null) {
      creationDate = created.asString();
      doc.creationDate(map(() -> JsonModelMapper.parseTime(created.asString(), "/creationDate"), ""));
    }
    pendingLocation = SourceLocation.ofPointer(systemId, "", 1, 1).withEvent(0, type);
    pending = mapEvent(early, "");
    finished = true;
  }

  /**
   * Adds to {@code into} the prefixes a remote user context defines (those the same {@code @context} does not
   * define inline), as its context loader serves it; warns, once per URL, when the loader does not serve it, since
   * extension members may then name an unknown prefix. {@code pointer} locates the {@code @context} naming it.
   */
  private void remotePrefixes(String url, Set<String> inline, Prefixes into, String pointer) {
    if (ld == null || isStandardContext(url)) {
      return;
    }
    if (!remoteContexts.containsKey(url)) {
      Optional<Map<String, String>> remote;
      try {
        remote = ld.remotePrefixes(url);
      } catch (EpcisException e) {
        remoteContexts.put(url, Optional.empty());
        warn("JSONLD-CONTEXT-UNAVAILABLE", pointer, e.finding().message());
        return;
      }
      remoteContexts.put(url, remote);
      if (remote.isEmpty()) {
        warn("JSONLD-CONTEXT-UNAVAILABLE", pointer, "the remote context " + url + " is not available to the "
            + "context loader (offline by default); prefixes it defines are unknown, so extension members using "
            + "them keep the prefix as their namespace. Supply the context through a ContextLoader.");
      }
    }
    remoteContexts.get(url).ifPresent(remote -> remote.forEach((prefix, ns) -> {
      if (!inline.contains(prefix) && !Prefixes.STANDARD.containsKey(prefix)) {
        into.put(prefix, ns);
      }
    }));
  }

  private static boolean isStandardContext(String url) {
    return url.equals(JsonLdContexts.EPCIS_2_0_0) || url.equals(JsonLdContexts.EPCIS_UNVERSIONED)
        || url.equals(JsonLdContexts.EPCIS_GITHUB);
  }

  /**
   * The prefixes in scope in an event: the document's, and those its own {@code @context} adds, inline or through
   * the remote contexts it names (as for the document's {@code @context}).
   */
  private Prefixes eventScope(JsonNode event, String pointer) {
    JsonNode context = event.get("@context");
    if (context == null) {
      return prefixes;
    }
    Prefixes scope = prefixes.copy();
    List<String> urls = new ArrayList<>();
    Set<String> inline = JsonModelMapper.readContext(context, scope, urls).keySet();
    urls.forEach(url -> remotePrefixes(url, inline, scope, pointer + "/@context"));
    return scope;
  }

  /**
   * One top-level member other than type and epcisBody. The header and extension members, whose names and values
   * resolve through the document's prefixes, wait until the {@code @context} has been read (see
   * {@link #mapDeferred()}).
   */
  private void member(String name, JsonNode value) {
    switch (name) {
      case "@context", "schemaVersion", "creationDate", "id", "sender", "receiver", "instanceIdentifier" ->
          memberNow(name, value);
      default -> {
        headerSeen |= name.equals("epcisHeader");
        deferred.add(Map.entry(name, value));
      }
    }
  }

  /** Maps the members that waited for the {@code @context}: before the body is read, or at the end. */
  private void mapDeferred() {
    for (Map.Entry<String, JsonNode> m : deferred) {
      memberNow(m.getKey(), m.getValue());
    }
    deferred.clear();
  }

  private void memberNow(String name, JsonNode value) {
    switch (name) {
      case "@context" -> {
        documentContext = value;
        contextDefinesTerms = CompactForm.definesTerms(value);
        Map<String, String> declared = JsonModelMapper.readContext(value, prefixes, contexts);
        declared.forEach((prefix, ns) -> {
          if (!Prefixes.STANDARD.containsKey(prefix) && !ns.equals(Prefixes.UNQUALIFIED)) {
            doc.namespace(prefix, ns);
          }
        });
        contexts.removeIf(JsonEventStreamImpl::isStandardContext);
        contexts.forEach(doc::context);
        contexts.forEach(url -> remotePrefixes(url, declared.keySet(), prefixes, "/@context"));
        contexts.clear();
      }
      case "schemaVersion" -> doc.schemaVersion(schemaVersion(value));
      case "creationDate" -> {
        creationDate = value.asString();
        doc.creationDate(map(() -> JsonModelMapper.parseTime(value.asString(), "/creationDate"), ""));
      }
      case "id" -> doc.documentId(value.asString());
      case "sender" -> sender = value.asString();
      case "receiver" -> receiver = value.asString();
      case "instanceIdentifier" -> instanceIdentifier = value.asString();
      case "epcisHeader" -> header(value);
      default -> {
        if (name.startsWith("@")) {
          doc.addOtherAttribute(new dev.pharmatrace.epcis.model.ExtensionAttribute(
              map(() -> prefixes.resolve(name.substring(1), Pointers.member(name)), ""), value.asString()));
          return;
        }
        if (!name.contains(":")) {
          warn("JSON-UNKNOWN-MEMBER", Pointers.member(name),
              "unknown document member '" + name + "'; kept as an extension");
        }
        List<Extension> out = new ArrayList<>();
        map(() -> {
          JsonModelMapper.extensions(prefixes.resolve(name), value, prefixes, this::warnRelative,
              Pointers.member(name), out);
          return null;
        }, "");
        out.forEach(doc::addExtension);
      }
    }
  }

  private void header(JsonNode value) {
    for (Map.Entry<String, JsonNode> m : value.properties()) {
      String key = m.getKey();
      if (key.equals("epcisMasterData")) {
        headerMasterData = map(() -> JsonModelMapper.masterData(m.getValue(), prefixes, this::warnRelative,
            "/epcisHeader/epcisMasterData"), "");
        continue;
      }
      QualifiedName name = map(() -> prefixes.resolve(key), "/epcisHeader");
      List<Extension> out = new ArrayList<>();
      map(() -> {
        JsonModelMapper.extensions(name, m.getValue(), prefixes, this::warnRelative,
            "/epcisHeader" + Pointers.member(key), out);
        return null;
      }, "");
      if (name.namespace().equals(SbdhJson.NS) && name.localName().equals("StandardBusinessDocumentHeader")
          && out.size() == 1) {
        sbdh = SbdhJson.fromExtension(out.get(0));
      } else {
        headerExtensions.addAll(out);
      }
    }
    document = null;
  }

  private void applyHeader() {
    StandardBusinessDocumentHeader s = sbdh;
    if (s == null && (sender != null || receiver != null || instanceIdentifier != null)) {
      s = SbdhJson.fromPseudo(sender, receiver, instanceIdentifier, creationDate == null ? null
          : JsonTimes.format(JsonModelMapper.parseTime(creationDate, "/creationDate")));
    }
    if (s != null || headerMasterData != null || !headerExtensions.isEmpty()) {
      doc.header(new EpcisHeader(s, headerMasterData, headerExtensions, List.of()));
    }
  }

  /** Returns true when positioned inside an event list. */
  private boolean enterBody() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail("JSON-TYPE", "/epcisBody", "epcisBody must be an object");
    }
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("eventList") && !query) {
        return startEventList(DOCUMENT_EVENT_LIST);
      } else if (name.equals("queryResults") && query) {
        if (enterQueryResults()) {
          return true;
        }
      } else {
        JsonNode value = readTree();
        List<Extension> out = new ArrayList<>();
        map(() -> {
          JsonModelMapper.extensions(prefixes.resolve(name, "/epcisBody" + Pointers.member(name)), value, prefixes,
              this::warnRelative, "/epcisBody" + Pointers.member(name), out);
          return null;
        }, "");
        out.forEach(doc::addBodyExtension);
      }
    }
    return false;
  }

  private boolean enterQueryResults() {
    String queryName = null;
    String subscription = null;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "queryName" -> queryName = p.getString();
        case "subscriptionID" -> subscription = p.getString();
        case "resultsBody" -> {
          doc.queryResults(new QueryResults(queryName == null ? "" : queryName, subscription));
          JsonToken u;
          while ((u = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String inner = p.currentName();
            p.nextToken();
            if (inner.equals("eventList")) {
              return startEventList(QUERY_EVENT_LIST);
            } else if (inner.equals("vocabularyList")) {
              JsonNode list = readTree();
              doc.masterData(new MasterData(map(() -> JsonModelMapper.vocabularies(list, prefixes,
                  this::warnRelative, "/epcisBody/queryResults/resultsBody/vocabularyList"), ""), List.of()));
            } else {
              p.skipChildren();
            }
          }
        }
        default -> p.skipChildren();
      }
    }
    if (queryName != null) {
      doc.queryResults(new QueryResults(queryName, subscription));
    }
    return false;
  }

  private boolean startEventList(String pointer) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fail("JSON-TYPE", pointer, "eventList must be an array");
    }
    eventListPointer = pointer;
    return true;
  }

  private EpcisEvent advance() {
    if (bare) {
      return null;
    }
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_OBJECT) {
      if (++index > limits.maxEvents()) {
        throw tooManyEvents(eventListPointer);
      }
      String pointer = eventListPointer + "/" + (index - 1);
      if (replaying) {
        int[] at = spool.nextPosition();
        pendingLocation = SourceLocation.ofPointer(systemId, pointer, at[0], at[1]).withEvent(index - 1, null);
      } else {
        TokenStreamLocation loc = p.currentTokenLocation();
        pendingLocation = SourceLocation.ofPointer(systemId, pointer, loc.getLineNr(), loc.getColumnNr())
            .withEvent(index - 1, null);
      }
      JsonNode tree = readTree();
      return mapEvent(tree, pointer);
    }
    if (t == JsonToken.END_ARRAY) {
      finishAfterEvents();
      return null;
    }
    throw fail("JSON-TYPE", eventListPointer + "/" + index, "eventList items must be event objects");
  }

  private EpcisEvent mapEvent(JsonNode tree, String pointer) {
    // the event's own @context counts: a prefix it maps onto the EPCIS vocabulary makes its members EPCIS terms
    Prefixes scope = eventScope(tree, pointer);
    if (ld != null && (contextDefinesTerms || CompactForm.needsNormalisation(tree, scope))) {
      JsonNode normalised = normalise(tree, pointer);
      tree = normalised.at("/epcisBody/eventList/0");
      // the event's own prefixes stay in scope: JSON-LD passes members it does not process ("@ns:attr") through
      scope = scope.copy();
      if (normalised.has("@context")) {
        JsonModelMapper.readContext(normalised.get("@context"), scope, new ArrayList<>());
      }
      CompactForm.toReaderForm(tree, scope);
    }
    Prefixes eventPrefixes = scope;
    JsonNode eventTree = tree;
    try {
      return JsonModelMapper.event(eventTree, eventPrefixes,
          (rule, rel, message) -> warn(rule, pointer + rel, message));
    } catch (JsonModelMapper.MappingException e) {
      throw new EpcisException(Finding.error(e.rule(), e.getMessage(), new SourceLocation(systemId,
          pendingLocation.line(), pendingLocation.column(), pointer + e.pointer(), pendingLocation.eventIndex(),
          null)), e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new EpcisException(Finding.error("JSON-VALUE", "invalid value: " + e.getMessage(),
          pendingLocation), e);
    }
  }

  /**
   * Brings one event into the standard compact form: the event, in a minimal document with the document's
   * {@code @context}, goes through JSON-LD expansion and compaction.
   */
  private JsonNode normalise(JsonNode event, String pointer) {
    if (!normalisedWarned) {
      normalisedWarned = true;
      warn("JSONLD-NORMALISED", pointer, "this event (and any later one like it) is not in the standard compact form "
          + "of the EPCIS context (full IRIs, epcis: terms, keyword or term aliases); it was read after JSON-LD "
          + "expansion and compaction");
    }
    ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
    if (documentContext != null) {
      wrapper.set("@context", documentContext);
    } else if (event.has("@context")) {
      // a bare event's own context is the document's too: the wrapper's members need it (before stop 16 a bare
      // event that needed normalisation failed with an undefined term "type")
      wrapper.set("@context", event.get("@context"));
    } else {
      wrapper.put("@context", JsonLdContexts.EPCIS_2_0_0);
    }
    wrapper.put("type", "EPCISDocument");
    wrapper.put("schemaVersion", "2.0");
    wrapper.put("creationDate", "2000-01-01T00:00:00Z");
    wrapper.putObject("epcisBody").putArray("eventList").add(event);
    JsonNode out;
    try {
      out = ld.normalize(wrapper);
    } catch (EpcisException e) {
      Finding f = e.finding();
      throw new EpcisException(Finding.error(f.ruleId(), f.message(), pendingLocation), e);
    }
    if (!out.at("/epcisBody/eventList/0").isObject()) {
      throw new EpcisException(Finding.error("JSONLD-NORMALISED", "after JSON-LD expansion and compaction the "
          + "event is not an object of the EPCIS vocabulary (is its type an EPCIS event type?)", pendingLocation));
    }
    return out;
  }

  private void finishAfterEvents() {
    // close resultsBody / queryResults / epcisBody and read what follows
    int depth = query ? 3 : 1;
    while (depth > 0) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw fail("JSON-SYNTAX", "", "unexpected end of input");
      }
      if (t == JsonToken.END_OBJECT) {
        depth--;
      } else if (t == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        JsonNode value = readTree();
        if (depth == 1) {
          List<Extension> out = new ArrayList<>();
          map(() -> {
            JsonModelMapper.extensions(prefixes.resolve(name, "/epcisBody" + Pointers.member(name)), value,
                prefixes, this::warnRelative, "/epcisBody" + Pointers.member(name), out);
            return null;
          }, "");
          out.forEach(doc::addBodyExtension);
        }
      }
    }
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      member(name, readTree());
    }
    if (!replaying) { // the spool holds the body only; the input's end was checked before it was replayed
      requireEndOfInput();
    }
    finishDocument();
  }

  private void finishDocument() {
    mapDeferred();
    finished = true;
    document = null;
  }

  // ------------------------------------------------------------------ findings

  private <T> T map(java.util.function.Supplier<T> mapping, String base) {
    try {
      return mapping.get();
    } catch (JsonModelMapper.MappingException e) {
      throw fail(e.rule(), base + e.pointer(), e.getMessage());
    }
  }

  private void warnRelative(String rule, String pointer, String message) {
    warn(rule, pointer, message);
  }

  private void warn(String rule, String pointer, String message) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(Finding.warning(rule, message, here(pointer)));
    }
  }

  /** The schemaVersion member's value: a string, not blank (the model refuses a blank one). */
  private String schemaVersion(JsonNode value) {
    if (!value.isString() || value.asString().isBlank()) {
      throw fail("JSON-TYPE", "/schemaVersion", "schemaVersion must be a non-empty string such as \"2.0\", not "
          + (value.isString() ? "a blank one" : value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
    }
    return value.asString();
  }

  private SourceLocation here(String pointer) {
    if (replaying) { // the spool's own positions mean nothing to the user: the event's, else the body's
      long line = index > 0 ? pendingLocation.line() : spool.bodyLine();
      long column = index > 0 ? pendingLocation.column() : spool.bodyColumn();
      return SourceLocation.ofPointer(systemId, pointer, line, column);
    }
    TokenStreamLocation loc = p.currentTokenLocation();
    return SourceLocation.ofPointer(systemId, pointer, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()));
  }

  private EpcisException fail(String rule, String pointer, String message) {
    return new EpcisException(Finding.error(rule, message, here(pointer)));
  }

  private EpcisException tooManyEvents(String pointer) {
    JsonLimitErrors.Problem problem = JsonLimitErrors.events(limits.maxEvents());
    return fail(problem.ruleId(), pointer, problem.message());
  }

  private EpcisException spoolFailure(UncheckedIOException e) {
    return new EpcisException(Finding.error("JSON-SPOOL", "the body, which precedes @context or epcisHeader, "
        + "could not be set aside in a temporary file (see EpcisJsonReader.withSpoolDirectory): "
        + e.getMessage(), here("/epcisBody")), e);
  }

  private EpcisException syntax(JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    if (loc == null && !replaying) { // limit errors carry no location: where the parser stopped
      try {
        loc = p.currentLocation();
      } catch (RuntimeException ignored) {
        // the location is best effort
      }
    }
    SourceLocation where = loc == null ? SourceLocation.ofPointer(systemId, null, 0, 0)
        : SourceLocation.ofPointer(systemId, null, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()));
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException limit) {
      JsonLimitErrors.Problem problem = JsonLimitErrors.of(limit, limits);
      return new EpcisException(Finding.error(problem.ruleId(), problem.message(), where), e);
    }
    if (message != null && message.contains("Duplicate")) {
      return new EpcisException(Finding.error("JSON-DUPLICATE-KEY", message, where), e);
    }
    return new EpcisException(Finding.error("JSON-SYNTAX", message, where), e);
  }
}
