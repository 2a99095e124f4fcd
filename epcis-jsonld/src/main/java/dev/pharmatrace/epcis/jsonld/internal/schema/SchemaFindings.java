package dev.pharmatrace.epcis.jsonld.internal.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.Position;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Turns the raw errors of the JSON Schema engine into findings a person can act on.
 *
 * <p>Each error's evaluation path is walked through the bundled schema (following {@code $ref}s), which gives the
 * schema objects involved and their {@code description}s (written as "what is expected" phrases, see the schema's
 * {@code $comment}). Errors raised inside a rule (a schema object with a {@code description} and an {@code anyOf}
 * or {@code if}/{@code then}) are merged into one {@code JSON-SCHEMA-RULE} finding per rule and instance; every other
 * error becomes one {@code JSON-SCHEMA-<KEYWORD>} finding. Positions come from the located tree (the offending value,
 * or the offending member name for unknown members).
 */
public final class SchemaFindings {
  /** Document order of findings: by line, then column. */
  public static final Comparator<Finding> BY_POSITION = Comparator.comparingLong((Finding f) -> f.location().line())
      .thenComparingLong(f -> f.location().column());

  private static final int MAX_VALUE_CHARS = 80;
  private static final Pattern CBV_URN = Pattern.compile("^urn:epcglobal:cbv:[A-Za-z]+:(.+)$");
  private static final Pattern CBV_WEB = Pattern.compile("^https?://(?:ns|ref)\\.gs1\\.org/cbv/[A-Za-z]+-(.+)$");
  private static final Pattern GS1_VOC = Pattern.compile("^https?://(?:www\\.)?gs1\\.org/voc/(.+)$");

  private final JsonNode schemaRoot;
  private final JsonNode instanceRoot;
  private final List<Object> instancePrefix;
  private final List<Object> evaluationPrefix;
  private final String systemId;

  /**
   * A translator for one document.
   *
   * @param schemaRoot the bundled schema document
   * @param instanceRoot the validated document
   * @param systemId the document's name in findings, may be null
   */
  public SchemaFindings(JsonNode schemaRoot, JsonNode instanceRoot, String systemId) {
    this(schemaRoot, instanceRoot, List.of(), List.of(), systemId);
  }

  /**
   * A translator for a part of a document validated on its own against a sub-schema (an event of an event list,
   * against the event definition): the engine's paths, relative to the part and the sub-schema, are read as if
   * the whole document had been validated, so the findings are the same.
   *
   * @param schemaRoot the bundled schema document
   * @param part the validated part
   * @param instancePrefix the path of the part in the document (names as strings, indexes as integers)
   * @param evaluationPrefix the evaluation path of the sub-schema when the whole document is validated
   * @param systemId the document's name in findings, may be null
   */
  public SchemaFindings(JsonNode schemaRoot, JsonNode part, List<Object> instancePrefix,
      List<Object> evaluationPrefix, String systemId) {
    this.schemaRoot = schemaRoot;
    this.instanceRoot = part;
    this.instancePrefix = instancePrefix;
    this.evaluationPrefix = evaluationPrefix;
    this.systemId = systemId;
  }

  /**
   * Translates errors into findings, merges them with findings found while reading, and returns them in document
   * order, at most {@code max} of them plus a closing note on the rest.
   *
   * @param errors the engine's errors
   * @param droppedErrors errors the engine reported beyond those in {@code errors} (dropped to bound memory)
   * @param readFindings findings of the reader (e.g. duplicate member names)
   * @param droppedReadFindings reader findings beyond those in {@code readFindings}
   * @param max the most findings to list
   * @return the findings
   */
  public List<Finding> translate(List<Error> errors, long droppedErrors, List<Finding> readFindings,
      long droppedReadFindings, int max) {
    List<Finding> all = new ArrayList<>(readFindings);
    all.addAll(translate(errors));
    return finish(all, 0, droppedErrors + droppedReadFindings, max, systemId);
  }

  /**
   * Translates errors into findings, without repetitions, in the engine's order (not yet in document order).
   *
   * @param errors the engine's errors
   * @return the findings
   */
  public List<Finding> translate(List<Error> errors) {
    Map<String, RuleGroup> rules = new LinkedHashMap<>();
    List<Finding> out = new ArrayList<>(errors.size());
    for (Error e : errors) {
      List<Step> steps = walk(e.getEvaluationPath());
      int rule = ruleIndex(steps);
      if (rule >= 0) {
        List<Object> at = truncate(instancePath(e), descentsAfter(steps, rule));
        String key = prefix(steps, rule) + '@' + pointer(at);
        rules.computeIfAbsent(key, k -> new RuleGroup(owner(steps, rule), at, out.size()));
        rules.get(key).errors.add(e);
        out.add(null); // placeholder keeps the rule at the position of its first error
      } else {
        out.add(single(e, steps));
      }
    }
    for (RuleGroup g : rules.values()) {
      out.set(g.slot, ruleFinding(g));
    }
    List<Finding> findings = new ArrayList<>();
    Set<Finding> seen = new HashSet<>();
    for (Finding f : out) {
      if (f != null && seen.add(f)) {
        findings.add(f);
      }
    }
    return findings;
  }

  /**
   * Puts findings in document order (by line and column; a stable sort, so findings at one position keep their
   * order) and caps them at {@code max}, with a closing note on the rest.
   *
   * @param findings the findings (sorted in place)
   * @param notListed findings known to come after all of {@code findings}, counted but not listed; when positive,
   *     {@code findings} must hold more than {@code max} findings
   * @param dropped findings (or raw errors) dropped without being formed, to bound memory
   * @param max the most findings to list
   * @param systemId the document's name, for the note's location when it has no better one
   * @return the findings to report
   */
  public static List<Finding> finish(List<Finding> findings, long notListed, long dropped, int max,
      String systemId) {
    findings.sort(BY_POSITION);
    long total = findings.size() + notListed;
    if (total <= max && dropped == 0) {
      return findings;
    }
    List<Finding> capped = new ArrayList<>(findings.subList(0, Math.min(max, findings.size())));
    long omitted = total - capped.size() + dropped;
    SourceLocation first = total > max ? findings.get(max).location() : SourceLocation.of(systemId, 0, 0);
    capped.add(Finding.error("JSON-SCHEMA", (dropped > 0 ? "at least " : "") + omitted + " more schema error"
        + (omitted == 1 ? " was" : "s were") + " omitted (only the first " + capped.size() + " are listed)"
        + (total > max ? "; the first omitted one is at this location" : ""), first));
    return capped;
  }

  // ---- one error -------------------------------------------------------------------------------------------

  private Finding single(Error e, List<Step> steps) {
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    List<Object> at = instancePath(e);
    JsonNode value = node(at);
    JsonNode owner = steps.size() >= 2 ? steps.get(steps.size() - 2).node : schemaRoot;
    String label = label(at);
    String expected = outerDescription(steps);
    String message;
    switch (keyword) {
      case "required" -> {
        String ctx = brief(innerDescription(steps));
        message = "missing required member \"" + property(e) + "\" in " + (ctx != null ? ctx : label);
      }
      case "propertyNames" -> {
        String name = property(e);
        at = append(at, name);
        JsonNode names = owner == null ? null : owner.get("propertyNames");
        String namespaced = "a CURIE such as \"ex:" + name + "\" whose prefix is declared in @context, or an"
            + " absolute URI";
        if (names != null && names.has("if")) {
          String ctx = brief(innerDescription(steps));
          message = "member \"" + name + "\" is not defined for " + (ctx != null ? ctx : label)
              + ", and as an extension member it would need a namespaced name (" + namespaced + ")";
        } else {
          message = "member \"" + name + "\" of " + label + " is not namespaced: every member of " + label
              + " needs a namespaced name (" + namespaced + ")";
        }
      }
      case "additionalProperties" -> {
        String name = property(e);
        at = append(at, name);
        String ctx = innerDescription(steps);
        message = "member \"" + name + "\" is not allowed in " + label + (ctx != null ? "; expected " + ctx : "");
      }
      case "type" -> message = label + " must be " + expectedTypes(owner) + " but is " + typeOf(value)
          + (value != null && value.isValueNode() && !value.isNull() ? " (" + render(value) + ")" : "")
          + (expected != null ? "; expected " + expected : "");
      case "format" -> message = label + " " + render(value) + " is not " + formatName(owner)
          + (expected != null ? "; expected " + expected : "") + hint(steps, value);
      case "pattern" -> message = patternMessage(steps, label, value, expected);
      case "enum" -> message = label + " " + render(value) + " is not allowed; expected "
          + (expected != null ? expected : "one of " + list(owner == null ? null : owner.get("enum")))
          + enumHint(owner, value);
      case "const" -> message = label + " must be " + render(owner == null ? null : owner.get("const"))
          + " but is " + render(value);
      case "minItems" -> message = label + " must have at least " + intArg(owner, "minItems") + " item"
          + (intArg(owner, "minItems") == 1 ? "" : "s") + " but has " + (value == null ? 0 : value.size());
      case "uniqueItems" -> message = label + " lists the same item more than once; its items must be distinct";
      case "minProperties" -> message = label + " must not be empty" + (expected != null ? "; expected "
          + expected : "");
      default -> message = label + ": " + e.getMessage();
    }
    return Finding.error(ruleId(keyword), message, location(at, keyword.equals("propertyNames")
        || keyword.equals("additionalProperties")));
  }

  private String patternMessage(List<Step> steps, String label, JsonNode value, String expected) {
    String v = value != null && value.isString() ? value.asString() : null;
    if (v != null && vocabularyNode(steps) != null) {
      String bare = bareWord(steps, v);
      if (CBV_URN.matcher(v).matches() || v.matches("^https?://ns\\.gs1\\.org/cbv/.*")) {
        return label + " " + render(value) + " is written as a CBV URI; EPCIS JSON uses CBV values as bare words"
            + (bare != null ? ": write \"" + bare + "\"" : " (or a user-defined URI outside the CBV namespace)")
            + (expected != null ? "; expected " + expected : "");
      }
      if (GS1_VOC.matcher(v).matches()) {
        return label + " " + render(value) + " is written as a GS1 Web vocabulary URI; EPCIS JSON uses these terms"
            + " as bare words" + (bare != null ? ": write \"" + bare + "\"" : " (or a user-defined URI outside"
            + " gs1.org/voc/)") + (expected != null ? "; expected " + expected : "");
      }
    }
    return label + " " + render(value) + " does not have the required form"
        + (expected != null ? "; expected " + expected : "");
  }

  /** A hint for a vocabulary value that is a known value in another spelling (case, URN, Web URI). */
  private String hint(List<Step> steps, JsonNode value) {
    if (value == null || !value.isString() || vocabularyNode(steps) == null) {
      return "";
    }
    String bare = bareWord(steps, value.asString());
    return bare == null || bare.equals(value.asString()) ? "" : " (did you mean \"" + bare + "\"?)";
  }

  /** A hint for a value that differs from an allowed one only in case. */
  private static String enumHint(JsonNode owner, JsonNode value) {
    JsonNode allowed = owner == null ? null : owner.get("enum");
    if (allowed == null || value == null || !value.isString()) {
      return "";
    }
    for (JsonNode a : allowed) {
      if (a.isString() && a.asString().equalsIgnoreCase(value.asString().trim())
          && !a.asString().equals(value.asString())) {
        return " (did you mean \"" + a.asString() + "\"?)";
      }
    }
    return "";
  }

  /** The vocabulary definition (an {@code if: {enum}} with an {@code else}) on the error's path, or null. */
  private static JsonNode vocabularyNode(List<Step> steps) {
    for (Step s : steps) {
      if (s.node != null && s.node.has("if") && s.node.get("if").has("enum") && s.node.has("else")) {
        return s.node;
      }
    }
    return null;
  }

  private static String bareWord(List<Step> steps, String v) {
    JsonNode vocab = vocabularyNode(steps);
    if (vocab == null) {
      return null;
    }
    String tail = v;
    for (Pattern p : List.of(CBV_URN, CBV_WEB, GS1_VOC)) {
      Matcher m = p.matcher(v);
      if (m.matches()) {
        tail = m.group(1);
      }
    }
    for (JsonNode known : vocab.get("if").get("enum")) {
      if (known.asString().equalsIgnoreCase(tail)) {
        return known.asString();
      }
    }
    return null;
  }

  // ---- rules -----------------------------------------------------------------------------------------------

  private static final class RuleGroup {
    final JsonNode rule;
    final List<Object> at;
    final int slot;
    final List<Error> errors = new ArrayList<>();

    RuleGroup(JsonNode rule, List<Object> at, int slot) {
      this.rule = rule;
      this.at = at;
      this.slot = slot;
    }
  }

  private Finding ruleFinding(RuleGroup g) {
    String text = g.rule.get("description").asString();
    StringBuilder found = new StringBuilder();
    if (g.rule.has("if")) {
      for (Error e : g.errors) {
        List<Object> at = instancePath(e);
        JsonNode v = node(at);
        if (v != null && v.isValueNode() && at.size() > g.at.size()) {
          found.append(found.length() == 0 ? " Found " : ", ").append(label(at)).append(' ').append(render(v));
        }
      }
    }
    if (found.length() > 0) {
      found.append('.');
    }
    return Finding.error("JSON-SCHEMA-RULE", text + found, location(g.at, false));
  }

  /** Index of the outermost step entering a rule ({@code anyOf}/{@code then} of a described object), or -1. */
  private List<Step> walk(NodePath evaluationPath) {
    List<Step> steps = new ArrayList<>();
    JsonNode cur = schemaRoot;
    for (Object seg : prefixed(evaluationPrefix, evaluationPath)) {
      String s = String.valueOf(seg);
      if (cur != null && s.equals("$ref") && cur.has("$ref")) {
        cur = resolve(cur.get("$ref").asString());
      } else if (cur != null && cur.isArray()) {
        cur = cur.get(Integer.parseInt(s));
      } else if (cur != null) {
        cur = cur.get(s);
      }
      steps.add(new Step(s, cur));
    }
    return steps;
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith("#")) {
      return null;
    }
    JsonNode target = schemaRoot.at(ref.substring(1));
    return target.isMissingNode() ? null : target;
  }

  private int ruleIndex(List<Step> steps) {
    for (int i = 0; i < steps.size() - 1; i++) {
      String s = steps.get(i).segment;
      if (s.equals("anyOf") || s.equals("then")) {
        JsonNode owner = i == 0 ? schemaRoot : steps.get(i - 1).node;
        if (owner != null && owner.has("description") && (owner.has("anyOf") || owner.has("if"))) {
          return i;
        }
      }
    }
    return -1;
  }

  private JsonNode owner(List<Step> steps, int index) {
    return index == 0 ? schemaRoot : steps.get(index - 1).node;
  }

  private static String prefix(List<Step> steps, int index) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i <= index; i++) {
      b.append('/').append(steps.get(i).segment);
    }
    return b.toString();
  }

  /** How many instance levels the evaluation descends after step {@code index} (properties, items). */
  private static int descentsAfter(List<Step> steps, int index) {
    int n = 0;
    for (int i = index + 1; i < steps.size() - 1; i++) {
      String s = steps.get(i).segment;
      if (s.equals("properties") || s.equals("patternProperties")) {
        n++;
        i++;
      } else if (s.equals("items") || s.equals("additionalItems") || s.equals("additionalProperties")
          || s.equals("contains")) {
        n++;
      }
    }
    return n;
  }

  /**
   * Index of the first step at the error's instance level: the step whose schema applies to the value the error
   * is about (the property schema after {@code properties/<name>}, the item schema after {@code items}).
   */
  private static int levelStart(List<Step> steps) {
    int start = 0;
    for (int i = 0; i < steps.size() - 1; i++) {
      String s = steps.get(i).segment;
      if (s.equals("properties") || s.equals("patternProperties")) {
        start = i + 1;
        i++;
      } else if (s.equals("items") || s.equals("additionalItems") || s.equals("additionalProperties")
          || s.equals("contains")) {
        start = i;
      }
    }
    return start;
  }

  /** The first description at the error's instance level: the most specific statement of what was expected. */
  private String outerDescription(List<Step> steps) {
    if (levelStart(steps) == 0 && schemaRoot.has("description")) {
      return schemaRoot.get("description").asString();
    }
    for (int i = levelStart(steps); i < steps.size() - 1; i++) {
      JsonNode n = steps.get(i).node;
      if (n != null && n.has("description") && n.get("description").isString()) {
        return n.get("description").asString();
      }
    }
    return null;
  }

  /** The last description at the error's instance level: the kind of object the error is about. */
  private String innerDescription(List<Step> steps) {
    String found = levelStart(steps) == 0 && schemaRoot.has("description")
        ? schemaRoot.get("description").asString() : null;
    for (int i = levelStart(steps); i < steps.size() - 1; i++) {
      JsonNode n = steps.get(i).node;
      if (n != null && n.has("description") && n.get("description").isString() && !isRule(n)) {
        found = n.get("description").asString();
      }
    }
    return found;
  }

  /** The head of a description, before its first colon or parenthesis: "a source", "an ObjectEvent". */
  private static String brief(String description) {
    if (description == null) {
      return null;
    }
    int cut = description.length();
    for (String stop : List.of(":", " (")) {
      int i = description.indexOf(stop);
      if (i > 0 && i < cut) {
        cut = i;
      }
    }
    return description.substring(0, cut);
  }

  private static boolean isRule(JsonNode n) {
    return n.has("anyOf") || (n.has("if") && n.has("then"));
  }

  private record Step(String segment, JsonNode node) {}

  // ---- instance side ---------------------------------------------------------------------------------------

  private static List<Object> elements(NodePath path) {
    List<Object> out = new ArrayList<>(path == null ? 0 : path.getNameCount());
    if (path != null) {
      for (int i = 0; i < path.getNameCount(); i++) {
        out.add(path.getElement(i));
      }
    }
    return out;
  }

  private List<Object> instancePath(Error e) {
    return prefixed(instancePrefix, e.getInstanceLocation());
  }

  private static List<Object> prefixed(List<Object> prefix, NodePath path) {
    if (prefix.isEmpty()) {
      return elements(path);
    }
    List<Object> out = new ArrayList<>(prefix);
    out.addAll(elements(path));
    return out;
  }

  private static List<Object> truncate(List<Object> at, int drop) {
    return new ArrayList<>(at.subList(0, Math.max(0, at.size() - drop)));
  }

  private static List<Object> append(List<Object> at, String name) {
    List<Object> out = new ArrayList<>(at);
    out.add(name);
    return out;
  }

  private JsonNode node(List<Object> at) {
    if (at.size() < instancePrefix.size() || !at.subList(0, instancePrefix.size()).equals(instancePrefix)) {
      return null;
    }
    JsonNode cur = instanceRoot;
    for (Object seg : at.subList(instancePrefix.size(), at.size())) {
      if (cur == null) {
        return null;
      }
      if (cur.isArray()) {
        int i = seg instanceof Integer n ? n : parseIndex(String.valueOf(seg));
        cur = i < 0 ? null : cur.get(i);
      } else {
        cur = cur.get(String.valueOf(seg));
      }
    }
    return cur;
  }

  private static int parseIndex(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The location of an instance path: the value's position, or, for a member name, the name's position.
   */
  private SourceLocation location(List<Object> at, boolean memberName) {
    JsonNode n = node(at);
    long line = 0;
    long column = 0;
    if (n instanceof LocatedNodes.Located located) {
      Position p = located.position();
      boolean useName = memberName && p.nameLine() > 0;
      line = useName ? p.nameLine() : p.line();
      column = useName ? p.nameColumn() : p.column();
    } else if (n instanceof TokenStreamLocationAware aware && aware.tokenStreamLocation() != null) {
      TokenStreamLocation l = aware.tokenStreamLocation();
      line = Math.max(0, l.getLineNr());
      column = Math.max(0, l.getColumnNr());
    }
    return sourceLocation(systemId, at, line, column);
  }

  /**
   * A source location for an instance path, with the event index and the field inside the event when the path
   * leads into an {@code eventList}.
   *
   * @param systemId the document name, may be null
   * @param at the path elements (names as strings, indexes as integers)
   * @param line the line, 0 when unknown
   * @param column the column, 0 when unknown
   * @return the location
   */
  public static SourceLocation sourceLocation(String systemId, List<Object> at, long line, long column) {
    SourceLocation loc = SourceLocation.ofPointer(systemId, pointer(at), line, column);
    for (int i = 0; i + 1 < at.size(); i++) {
      if ("eventList".equals(at.get(i)) && at.get(i + 1) instanceof Integer index) {
        String field = at.size() > i + 2 ? pointer(at.subList(i + 2, at.size())).substring(1) : null;
        return loc.withEvent(index, field);
      }
    }
    return loc;
  }

  /**
   * The elements of an RFC 6901 JSON pointer; segments of digits become integers (array indexes).
   *
   * @param pointer the pointer, {@code ""} for the root
   * @return the elements
   */
  public static List<Object> elements(String pointer) {
    List<Object> out = new ArrayList<>();
    if (pointer == null || pointer.isEmpty()) {
      return out;
    }
    for (String seg : pointer.substring(1).split("/", -1)) {
      String name = seg.replace("~1", "/").replace("~0", "~");
      out.add(!name.isEmpty() && name.length() < 10 && name.chars().allMatch(Character::isDigit)
          ? (Object) Integer.valueOf(name) : name);
    }
    return out;
  }

  /**
   * An RFC 6901 JSON pointer.
   *
   * @param at the path elements (names and indexes)
   * @return the pointer, {@code ""} for the root
   */
  public static String pointer(List<Object> at) {
    StringBuilder b = new StringBuilder();
    for (Object seg : at) {
      b.append('/').append(String.valueOf(seg).replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }

  /**
   * A short name for the value at {@code at}: its path inside the event (e.g. {@code sourceList[0].type}), or,
   * outside events, its member name (with the index for array items).
   */
  private static String label(List<Object> at) {
    if (at.isEmpty()) {
      return "the document";
    }
    int from = at.size() - 1;
    if (at.get(from) instanceof Integer && from > 0) {
      from--;
    }
    for (int i = 0; i + 2 < at.size(); i++) {
      if ("eventList".equals(at.get(i)) && at.get(i + 1) instanceof Integer) {
        from = i + 2;
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i < at.size(); i++) {
      Object seg = at.get(i);
      if (seg instanceof Integer n) {
        b.append('[').append(n).append(']');
      } else {
        b.append(b.length() == 0 ? "" : ".").append(seg);
      }
    }
    return b.charAt(0) == '[' ? "item" + b : b.toString();
  }

  private static String property(Error e) {
    if (e.getProperty() != null) {
      return e.getProperty();
    }
    Object[] args = e.getArguments();
    return args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
  }

  private static String render(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "(absent)";
    }
    String s = v.toString();
    return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS - 3) + "...";
  }

  private static String typeOf(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "absent";
    }
    return switch (v.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String expectedTypes(JsonNode owner) {
    JsonNode t = owner == null ? null : owner.get("type");
    if (t == null) {
      return "of another type";
    }
    List<String> names = new ArrayList<>();
    if (t.isArray()) {
      t.forEach(x -> names.add(article(x.asString())));
    } else {
      names.add(article(t.asString()));
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private static String article(String type) {
    return switch (type) {
      case "object", "array", "integer" -> "an " + type;
      case "null" -> "null";
      default -> "a " + type;
    };
  }

  private static String formatName(JsonNode owner) {
    String f = owner == null || owner.get("format") == null ? "" : owner.get("format").asString();
    return switch (f) {
      case "uri" -> "a valid URI (RFC 3986, with a scheme)";
      case "date-time" -> "a valid RFC 3339 date-time (date, time and time zone)";
      default -> "in the format " + f;
    };
  }

  private static int intArg(JsonNode owner, String keyword) {
    return owner == null || owner.get(keyword) == null ? 0 : owner.get(keyword).asInt();
  }

  private static String list(JsonNode values) {
    if (values == null) {
      return "the allowed values";
    }
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(v.toString()));
    return String.join(", ", out);
  }

  /**
   * The rule id for a schema keyword: {@code JSON-SCHEMA-} plus the keyword in upper case, words separated by
   * hyphens (e.g. {@code propertyNames} gives {@code JSON-SCHEMA-PROPERTY-NAMES}).
   *
   * @param keyword the keyword
   * @return the rule id
   */
  public static String ruleId(String keyword) {
    if (keyword == null || keyword.isEmpty()) {
      return "JSON-SCHEMA";
    }
    return "JSON-SCHEMA-" + keyword.replaceAll("([a-z])([A-Z])", "$1-$2").toUpperCase(Locale.ROOT);
  }
}
