package dev.pharmatrace.epcis.jsonld.internal.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hand-written check that answers "certainly valid" for the common shapes of events against the schema's event
 * definition ({@code #/definitions/event}), so that the schema engine can be skipped for them. It never answers
 * "invalid": {@link #certainlyValid} returns false for anything it does not fully understand, and the event then
 * goes to the engine, which gives the findings. Soundness is the whole point: true implies that the engine finds
 * nothing in the event.
 *
 * <p>What it accepts, derived from the schema (draft-07, format assertions on):
 *
 * <ul>
 *   <li>{@code ObjectEvent}, {@code AggregationEvent}, {@code AssociationEvent}, {@code TransactionEvent} and
 *       {@code TransformationEvent} (the {@code type} dispatch of the event definition); every other type
 *       (user-defined event types) is "don't know";
 *   <li>for each member the event type defines, the constraints of its definition: types, required members,
 *       {@code additionalProperties: false} of quantity elements, business transactions, sources and
 *       destinations, {@code minItems}, {@code minProperties}, {@code uniqueItems} of string arrays, the
 *       {@code action} enum, the CBV values ({@code if: enum}, else a URI outside the CBV name spaces), the
 *       time-zone offset and unit-of-measure patterns;
 *   <li>formats by subsets the engine surely accepts: {@code uri} by {@code QuickUriFormat.plainAbsoluteUri},
 *       {@code date-time} as {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)} with a real calendar date, hours to 23,
 *       minutes and seconds to 59 (no leap second) and an offset of at most 14:59;
 *   <li>the event type's cross-field rule ({@code anyOf} "what" rules, {@code ilmd} only with {@code ADD});
 *   <li>any other member only if its name is a namespaced name the engine surely accepts as a {@code uri}
 *       ({@code propertyNames}); extension values, {@code ilmd} values and extra members of {@code readPoint} /
 *       {@code bizLocation} are not constrained by the schema and are not looked at.
 * </ul>
 *
 * <p>Members it does not model answer "don't know": {@code sensorElementList}, an {@code @context} array holding
 * objects, and every constraint with a doubt (upper/lower case variants, leap seconds, fractions of more than nine
 * digits, long offsets, URIs with queries or escapes...).
 *
 * <p>The CBV word lists are read from the schema. The check was written against one version of the schema: a
 * fingerprint of every definition the event definition reaches (annotations removed) is compared with
 * {@code FINGERPRINT}; when the schema changes, the fast path turns itself off until it is reviewed (a test fails
 * to say so). It can also be turned off with the system property {@value #PROPERTY}{@code =false}, for comparison.
 * Thread-safe and immutable.
 */
public final class EventFastPath {
  /** System property that turns the fast path off when set to {@code false} (read when a validation starts). */
  public static final String PROPERTY = "epcis.jsonschema.fastpath";

  /**
   * SHA-256 of the definitions reachable from {@code #/definitions/event}, without {@code description},
   * {@code $comment} and {@code title}, the version of the schema this check was written for.
   */
  static final String FINGERPRINT = "02315449c6c083e017e8777cae4d5ed33281a775605e0883bfdb9287ad055832";

  private static final String EVENT = "event";

  /** A constraint on one member value. */
  private interface Check {
    boolean ok(JsonNode value);
  }

  /** What one event type allows and requires. */
  private record Kind(Map<String, Check> members, List<String> required, Check rule) {}

  private final boolean usable;
  private final String fingerprint;
  private final Map<String, Kind> kinds;

  private EventFastPath(boolean usable, String fingerprint, Map<String, Kind> kinds) {
    this.usable = usable;
    this.fingerprint = fingerprint;
    this.kinds = kinds;
  }

  /**
   * The fast path for a schema.
   *
   * @param schema the whole schema document (with {@code definitions})
   * @return the fast path; not {@link #usable()} if the schema's event definitions differ from the reviewed ones
   */
  public static EventFastPath of(JsonNode schema) {
    JsonNode defs = schema.path("definitions");
    String print = fingerprint(defs);
    if (!FINGERPRINT.equals(print)) {
      return new EventFastPath(false, print, Map.of());
    }
    return new EventFastPath(true, print, kinds(defs));
  }

  /**
   * Whether the system property {@value #PROPERTY} allows the fast path (anything but {@code false}).
   *
   * @return true unless turned off
   */
  public static boolean enabledByProperty() {
    return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim());
  }

  /**
   * Whether the check matches the schema it was given (else it never answers "valid").
   *
   * @return true if the schema's event definitions are the reviewed ones
   */
  public boolean usable() {
    return usable;
  }

  /**
   * The fingerprint of the schema's event definitions, as computed from the schema given.
   *
   * @return a hex SHA-256
   */
  String fingerprint() {
    return fingerprint;
  }

  /**
   * Whether the event is certainly valid against the event definition: true only if the schema engine would
   * report nothing for it; false means "don't know".
   *
   * @param event an item of an event list
   * @return true if certainly valid
   */
  public boolean certainlyValid(JsonNode event) {
    if (!usable || !(event instanceof ObjectNode)) {
      return false;
    }
    JsonNode type = event.get("type");
    if (type == null || !type.isString()) {
      return false;
    }
    Kind kind = kinds.get(type.asString());
    if (kind == null) {
      return false;
    }
    for (String name : kind.required) {
      if (event.get(name) == null) {
        return false;
      }
    }
    for (Map.Entry<String, JsonNode> member : event.properties()) {
      Check check = kind.members.get(member.getKey());
      if (check == null ? !uri(member.getKey()) : !check.ok(member.getValue())) {
        return false;
      }
    }
    return kind.rule.ok(event);
  }

  // ---- the event types ------------------------------------------------------------------------------------------

  private static Map<String, Kind> kinds(JsonNode defs) {
    Check bizStep = cbv(defs, "cbvBusinessStep");
    Check disposition = cbv(defs, "cbvDisposition");
    Check bizTransaction = bizTransaction(cbv(defs, "cbvBusinessTransactionType"));
    Check sourceDestinationType = cbv(defs, "cbvSourceDestinationType");
    Check errorReason = cbv(defs, "cbvErrorReason");
    Check action = enumOf(defs.path("action").path("enum"));

    Map<String, Check> common = new HashMap<>();
    common.put("@context", EventFastPath::jsonLdContext);
    common.put("type", v -> true); // a string: checked before dispatch
    common.put("eventTime", EventFastPath::timestamp);
    common.put("recordTime", EventFastPath::timestamp);
    common.put("eventTimeZoneOffset", EventFastPath::timeZoneOffset);
    common.put("eventID", EventFastPath::iri);
    common.put("certificationInfo", v -> iri(v) || (v.isArray() && all(v, EventFastPath::iri)));
    common.put("errorDeclaration", errorDeclaration(errorReason));
    // what and where, shared by the types that define them
    common.put("bizStep", bizStep);
    common.put("disposition", disposition);
    common.put("readPoint", EventFastPath::place);
    common.put("bizLocation", EventFastPath::place);
    common.put("bizTransactionList", v -> v.isArray() && all(v, bizTransaction));
    common.put("sourceList", list(sourceOrDestination("source", sourceDestinationType)));
    common.put("destinationList", list(sourceOrDestination("destination", sourceDestinationType)));
    common.put("sensorElementList", v -> false); // not modelled
    Check quantityList = list(EventFastPath::quantityElement);
    Check persistentDisposition = persistentDisposition(disposition);

    Map<String, Kind> kinds = new HashMap<>();
    Map<String, Check> object = with(common, "bizStep", "disposition", "readPoint", "bizLocation",
        "bizTransactionList", "sourceList", "destinationList", "sensorElementList");
    object.put("epcList", EventFastPath::distinctIriArray);
    object.put("quantityList", quantityList);
    object.put("action", action);
    object.put("persistentDisposition", persistentDisposition);
    object.put("ilmd", EventFastPath::ilmd);
    kinds.put("ObjectEvent", new Kind(object, List.of("eventTime", "eventTimeZoneOffset", "action"),
        e -> (e.has("epcList") || nonEmpty(e, "quantityList"))
            && (!e.has("ilmd") || "ADD".equals(e.get("action").asString()))));

    Map<String, Check> aggregation = with(common, "bizStep", "disposition", "readPoint", "bizLocation",
        "bizTransactionList", "sourceList", "destinationList", "sensorElementList");
    aggregation.put("parentID", EventFastPath::iri);
    aggregation.put("childEPCs", EventFastPath::iriArray);
    aggregation.put("childQuantityList", quantityList);
    aggregation.put("action", action);
    Check children = e -> "DELETE".equals(e.get("action").asString()) || nonEmpty(e, "childEPCs")
        || nonEmpty(e, "childQuantityList");
    kinds.put("AggregationEvent", new Kind(aggregation, List.of("eventTime", "eventTimeZoneOffset", "action"),
        children));
    kinds.put("AssociationEvent", new Kind(aggregation,
        List.of("eventTime", "eventTimeZoneOffset", "action", "parentID"), children));

    Map<String, Check> transaction = with(common, "bizStep", "disposition", "readPoint", "bizLocation",
        "sourceList", "destinationList", "sensorElementList");
    transaction.put("bizTransactionList", v -> v.isArray() && !v.isEmpty() && all(v, bizTransaction));
    transaction.put("parentID", EventFastPath::iri);
    transaction.put("epcList", EventFastPath::iriArray);
    transaction.put("quantityList", quantityList);
    transaction.put("action", action);
    kinds.put("TransactionEvent", new Kind(transaction,
        List.of("eventTime", "eventTimeZoneOffset", "action", "bizTransactionList"),
        e -> "DELETE".equals(e.get("action").asString()) || e.has("epcList") || nonEmpty(e, "quantityList")));

    Map<String, Check> transformation = with(common, "bizStep", "disposition", "readPoint", "bizLocation",
        "bizTransactionList", "sourceList", "destinationList", "sensorElementList");
    transformation.put("inputEPCList", EventFastPath::distinctIriArray);
    transformation.put("inputQuantityList", quantityList);
    transformation.put("outputEPCList", EventFastPath::distinctIriArray);
    transformation.put("outputQuantityList", quantityList);
    transformation.put("transformationID", EventFastPath::iri);
    transformation.put("persistentDisposition", persistentDisposition);
    transformation.put("ilmd", EventFastPath::ilmd);
    kinds.put("TransformationEvent", new Kind(transformation, List.of("eventTime", "eventTimeZoneOffset"), e -> {
      boolean inputs = nonEmpty(e, "inputEPCList") || nonEmpty(e, "inputQuantityList");
      boolean outputs = nonEmpty(e, "outputEPCList") || nonEmpty(e, "outputQuantityList");
      return (inputs && outputs) || (e.has("transformationID") && (inputs || outputs));
    }));
    return Map.copyOf(kinds);
  }

  /** The members every event defines ({@code commonEventFieldName}), plus the named shared ones. */
  private static Map<String, Check> with(Map<String, Check> common, String... shared) {
    Map<String, Check> m = new HashMap<>();
    for (String name : List.of("@context", "type", "eventTime", "recordTime", "eventTimeZoneOffset", "eventID",
        "certificationInfo", "errorDeclaration")) {
      m.put(name, common.get(name));
    }
    for (String name : shared) {
      m.put(name, common.get(name));
    }
    return m;
  }

  // ---- the definitions --------------------------------------------------------------------------------------------

  /** {@code iri}: a string of format {@code uri}. */
  static boolean iri(JsonNode v) {
    return v.isString() && uri(v.asString());
  }

  /**
   * Whether the engine surely accepts {@code s} as a {@code uri}: {@code QuickUriFormat.plainAbsoluteUri}; an EPC
   * pattern {@code urn:epc:idpat:...} of letters, digits, {@code . : - _} and {@code *} (an unreserved "mark" of
   * RFC 2396); or an event hash ID of the canonical form
   * {@code ni:///sha-256;<64 hex digits>?ver=CBV<digits and dots>}, which {@link java.net.URI} parses as an
   * absolute URI with an empty authority and a plain query.
   *
   * @param s the string
   * @return true if surely valid
   */
  static boolean uri(String s) {
    return QuickUriFormat.plainAbsoluteUri(s) || epcPattern(s) || eventHashId(s);
  }

  private static final String EPC_PATTERN_PREFIX = "urn:epc:idpat:";

  private static boolean epcPattern(String s) {
    if (s.length() <= EPC_PATTERN_PREFIX.length() || !s.startsWith(EPC_PATTERN_PREFIX)) {
      return false;
    }
    for (int i = EPC_PATTERN_PREFIX.length(); i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || ".:-_*".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static final String HASH_ID_PREFIX = "ni:///sha-256;";
  private static final String HASH_ID_QUERY = "?ver=CBV";

  private static boolean eventHashId(String s) {
    int hex = HASH_ID_PREFIX.length();
    int query = hex + 64;
    int version = query + HASH_ID_QUERY.length();
    if (s.length() <= version || s.length() > version + 8 || !s.startsWith(HASH_ID_PREFIX)
        || !s.startsWith(HASH_ID_QUERY, query)) {
      return false;
    }
    for (int i = hex; i < query; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    for (int i = version; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** {@code iriArray}. */
  private static boolean iriArray(JsonNode v) {
    return v.isArray() && all(v, EventFastPath::iri);
  }

  /** {@code distinctIriArray}: also {@code uniqueItems} (strings are equal when their text is). */
  private static boolean distinctIriArray(JsonNode v) {
    if (!iriArray(v)) {
      return false;
    }
    int n = v.size();
    if (n < 2) {
      return true;
    }
    Set<String> seen = new HashSet<>(n * 2);
    for (JsonNode item : v) {
      if (!seen.add(item.asString())) {
        return false;
      }
    }
    return true;
  }

  /** {@code jsonLdContext}: a URI string, an object, or distinct URI strings (arrays with objects: don't know). */
  private static boolean jsonLdContext(JsonNode v) {
    return iri(v) || v.isObject() || distinctIriArray(v);
  }

  /** {@code timestamp}: a string of format {@code date-time}. */
  private static boolean timestamp(JsonNode v) {
    return v.isString() && dateTime(v.asString());
  }

  /** {@code timeZoneOffset}: {@code ^[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)$}, exactly six characters. */
  private static boolean timeZoneOffset(JsonNode v) {
    if (!v.isString()) {
      return false;
    }
    String s = v.asString();
    if (s.length() != 6 || (s.charAt(0) != '+' && s.charAt(0) != '-') || s.charAt(3) != ':'
        || !digits(s, 1, 3) || !digits(s, 4, 6)) {
      return false;
    }
    int hours = number(s, 1, 3);
    int minutes = number(s, 4, 6);
    return (hours <= 13 && minutes <= 59) || (hours == 14 && minutes == 0);
  }

  /** {@code place}: an object with an {@code id} URI; other members are not constrained. */
  private static boolean place(JsonNode v) {
    return v.isObject() && v.has("id") && iri(v.get("id"));
  }

  /** {@code quantityElement}: {@code epcClass} URI, optional number {@code quantity} and {@code uom}, nothing else. */
  private static boolean quantityElement(JsonNode v) {
    if (!v.isObject() || !v.has("epcClass")) {
      return false;
    }
    for (Map.Entry<String, JsonNode> m : v.properties()) {
      JsonNode x = m.getValue();
      boolean ok = switch (m.getKey()) {
        case "epcClass" -> iri(x);
        case "quantity" -> finiteNumber(x);
        case "uom" -> unitOfMeasure(x);
        default -> false;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code number}: a number node; a floating-point one must be finite (the engine types an infinite or NaN
   * double, which a lenient parser may produce, as "unknown").
   */
  private static boolean finiteNumber(JsonNode v) {
    return v.isNumber() && (v.isIntegralNumber() || Double.isFinite(v.doubleValue()));
  }

  /** {@code unitOfMeasure}: {@code ^[0-9A-Z]{2,3}$}, exactly (no line terminator before the end). */
  private static boolean unitOfMeasure(JsonNode v) {
    if (!v.isString()) {
      return false;
    }
    String s = v.asString();
    if (s.length() < 2 || s.length() > 3) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  /** {@code bizTransaction}: {@code bizTransaction} URI, optional {@code type}, nothing else. */
  private static Check bizTransaction(Check type) {
    return v -> {
      if (!v.isObject() || !v.has("bizTransaction")) {
        return false;
      }
      for (Map.Entry<String, JsonNode> m : v.properties()) {
        boolean ok = switch (m.getKey()) {
          case "bizTransaction" -> iri(m.getValue());
          case "type" -> type.ok(m.getValue());
          default -> false;
        };
        if (!ok) {
          return false;
        }
      }
      return true;
    };
  }

  /** {@code source} / {@code destination}: {@code type} and the named URI, nothing else. */
  private static Check sourceOrDestination(String name, Check type) {
    return v -> v.isObject() && v.size() == 2 && v.has("type") && v.has(name) && type.ok(v.get("type"))
        && iri(v.get(name));
  }

  /** {@code persistentDisposition}: {@code set} / {@code unset}, at least one, each non-empty distinct CBV values. */
  private static Check persistentDisposition(Check disposition) {
    Check set = v -> {
      if (!v.isArray() || v.isEmpty() || !all(v, disposition)) {
        return false;
      }
      Set<String> seen = new HashSet<>();
      for (JsonNode item : v) {
        if (!seen.add(item.asString())) {
          return false;
        }
      }
      return true;
    };
    return v -> {
      if (!v.isObject() || v.isEmpty()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> m : v.properties()) {
        if (!("set".equals(m.getKey()) || "unset".equals(m.getKey())) || !set.ok(m.getValue())) {
          return false;
        }
      }
      return true;
    };
  }

  /** {@code ilmd}: an object whose member names are URIs; values are not constrained. */
  private static boolean ilmd(JsonNode v) {
    if (!v.isObject()) {
      return false;
    }
    for (String name : v.propertyNames()) {
      if (!uri(name)) {
        return false;
      }
    }
    return true;
  }

  /** {@code errorDeclaration}: {@code declarationTime} required, {@code reason}, corrective event ids, extensions. */
  private static Check errorDeclaration(Check reason) {
    return v -> {
      if (!v.isObject() || !v.has("declarationTime")) {
        return false;
      }
      for (Map.Entry<String, JsonNode> m : v.properties()) {
        JsonNode x = m.getValue();
        boolean ok = switch (m.getKey()) {
          case "declarationTime" -> timestamp(x);
          case "reason" -> reason.ok(x);
          case "correctiveEventIDs" -> iriArray(x);
          default -> uri(m.getKey());
        };
        if (!ok) {
          return false;
        }
      }
      return true;
    };
  }

  /**
   * A CBV value ({@code if: enum} of the definition, else {@code customCbvValue}): one of the bare words read from
   * the schema, or a URI that does not start with {@code urn:epcglobal:cbv} or {@code http(s)://ns.gs1.org/cbv/}
   * (checked ignoring case, which only makes "don't know" more frequent).
   */
  private static Check cbv(JsonNode defs, String definition) {
    Check words = enumOf(defs.path(definition).path("if").path("enum"));
    return v -> words.ok(v) || (iri(v) && !cbvNamespace(v.asString()));
  }

  private static boolean cbvNamespace(String s) {
    return s.regionMatches(true, 0, "urn:epcglobal:cbv", 0, 17)
        || s.regionMatches(true, 0, "http://ns.gs1.org/cbv/", 0, 22)
        || s.regionMatches(true, 0, "https://ns.gs1.org/cbv/", 0, 23);
  }

  /** A string among the schema's {@code enum} values (the enums of the event definitions hold only strings). */
  private static Check enumOf(JsonNode values) {
    Set<String> words = new HashSet<>();
    for (JsonNode w : values) {
      if (w.isString()) {
        words.add(w.asString());
      }
    }
    Set<String> copy = Set.copyOf(words);
    return v -> v.isString() && copy.contains(v.asString());
  }

  private static Check list(Check item) {
    return v -> v.isArray() && all(v, item);
  }

  private static boolean all(JsonNode array, Check item) {
    for (JsonNode x : array) {
      if (!item.ok(x)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the member is present and a non-empty array (its type is checked by its own definition). */
  private static boolean nonEmpty(JsonNode event, String name) {
    JsonNode v = event.get(name);
    return v != null && v.isArray() && !v.isEmpty();
  }

  // ---- date-time --------------------------------------------------------------------------------------------------

  /**
   * Whether {@code s} is a date-time the engine's {@code date-time} format surely accepts (false: don't know):
   * {@code yyyy-MM-ddTHH:mm:ss}, optionally a fraction of 1 to 9 digits, then {@code Z} or {@code ±hh:mm}; year
   * 0001 to 9999, a day that exists in the month (Gregorian leap years), hour to 23, minute and second to 59, offset
   * hours to 14 and minutes to 59. Upper-case {@code T} and {@code Z} only.
   *
   * @param s the string
   * @return true if surely valid
   */
  static boolean dateTime(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
        || s.charAt(16) != ':' || !digits(s, 0, 4) || !digits(s, 5, 7) || !digits(s, 8, 10) || !digits(s, 11, 13)
        || !digits(s, 14, 16) || !digits(s, 17, 19)) {
      return false;
    }
    int year = number(s, 0, 4);
    int month = number(s, 5, 7);
    int day = number(s, 8, 10);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || number(s, 11, 13) > 23
        || number(s, 14, 16) > 59 || number(s, 17, 19) > 59) {
      return false;
    }
    int i = 19;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == start || i - start > 9) {
        return false;
      }
    }
    if (i == n - 1) {
      return s.charAt(i) == 'Z';
    }
    return i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':'
        && digits(s, i + 1, i + 3) && digits(s, i + 4, i + 6) && number(s, i + 1, i + 3) <= 14
        && number(s, i + 4, i + 6) <= 59;
  }

  private static int daysIn(int year, int month) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  // ---- the fingerprint --------------------------------------------------------------------------------------------

  /** SHA-256 of the definitions reachable from the event definition, annotations removed, in name order. */
  static String fingerprint(JsonNode defs) {
    Set<String> reached = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(EVENT));
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (reached.add(name)) {
        refs(defs.path(name), todo);
      }
    }
    StringBuilder text = new StringBuilder();
    for (String name : reached) {
      text.append(name).append('=');
      canonical(defs.path(name), text);
      text.append('\n');
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static void refs(JsonNode node, Deque<String> todo) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isString() && ref.asString().startsWith("#/definitions/")) {
        todo.push(ref.asString().substring("#/definitions/".length()));
      }
    }
    for (JsonNode child : node) {
      refs(child, todo);
    }
  }

  /** The node as JSON with sorted member names and without annotations. */
  private static void canonical(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      boolean first = true;
      for (String name : new TreeSet<>(node.propertyNames())) {
        if (name.equals("description") || name.equals("$comment") || name.equals("title")) {
          continue;
        }
        out.append(first ? "" : ",").append(quoted(name)).append(':');
        canonical(node.get(name), out);
        first = false;
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      boolean first = true;
      for (JsonNode item : node) {
        out.append(first ? "" : ",");
        canonical(item, out);
        first = false;
      }
      out.append(']');
    } else {
      out.append(node.toString());
    }
  }

  private static String quoted(String name) {
    return JsonNodeFactory.instance.stringNode(name).toString();
  }
}
