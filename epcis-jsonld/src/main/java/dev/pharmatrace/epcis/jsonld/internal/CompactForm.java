package dev.pharmatrace.epcis.jsonld.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Tells whether an event is in the standard compact form of the EPCIS context, which the mapper reads directly, or
 * is other valid JSON-LD (full IRIs, {@code epcis:} compact IRIs, keyword aliases, {@code {"@id": ...}} values, term
 * aliases in an inline context) that must be normalised through JSON-LD expansion and compaction first.
 *
 * <p>The check looks at the event's own members only (a few dozen keys), so it costs nothing next to parsing.
 */
public final class CompactForm {
  /** The EPCIS vocabulary namespace: standard terms expand into it. */
  static final String EPCIS_VOCABULARY = "https://ref.gs1.org/epcis/";

  /** Members whose standard compact value is a string (or a {@code {"id": ...}} object), never a value object. */
  private static final Set<String> SCALAR_FIELDS = Set.of("type", "eventTime", "recordTime", "eventTimeZoneOffset",
      "eventID", "action", "bizStep", "disposition", "parentID", "transformationID", "readPoint", "bizLocation");

  /**
   * JSON-LD keywords that a compact EPCIS event never uses as member names. Other {@code @}-names are not keywords:
   * JSON-LD ignores them, and our JSON form uses them for XML attributes ({@code "@ex:origin"}).
   */
  private static final Set<String> KEYWORDS = Set.of("@id", "@type", "@reverse", "@included", "@nest", "@graph",
      "@index", "@value", "@list", "@set");

  private CompactForm() {}

  /**
   * Whether an inline {@code @context} defines more than prefixes: an alias of a keyword ({@code "id": "@id"}) or of
   * an EPCIS term ({@code "when": "epcis:eventTime"}), or an expanded term definition with coercion or a container.
   */
  public static boolean definesTerms(JsonNode context) {
    List<JsonNode> items = new ArrayList<>();
    if (context.isArray()) {
      context.forEach(items::add);
    } else {
      items.add(context);
    }
    for (JsonNode item : items) {
      if (!item.isObject()) {
        continue;
      }
      for (Map.Entry<String, JsonNode> m : item.properties()) {
        if (m.getKey().startsWith("@")) {
          continue;
        }
        JsonNode v = m.getValue();
        if (v.isString() && aliasesStandardTerm(v.asString())) {
          return true;
        }
        if (v.isObject()) {
          for (String key : List.of("@type", "@container", "@reverse", "@context", "@language", "@nest")) {
            if (v.has(key)) {
              return true;
            }
          }
          if (v.has("@id") && !v.path("@prefix").asBoolean(false) && aliasesStandardTerm(v.get("@id").asString())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a term defined as {@code iri} may alias a keyword or an EPCIS term. A prefix definition, whose IRI ends
   * with a delimiter ({@code "ns": "https://ref.gs1.org/epcis/ext1:"}, as our writer declares a namespace below the
   * EPCIS vocabulary) or that says {@code "@prefix": true}, only makes compact IRIs and aliases nothing.
   */
  private static boolean aliasesStandardTerm(String iri) {
    if (iri.startsWith("@")) {
      return true;
    }
    return !Prefixes.endsWithDelimiter(iri) && (iri.startsWith("epcis:") && iri.length() > "epcis:".length()
        || iri.startsWith(EPCIS_VOCABULARY) && iri.length() > EPCIS_VOCABULARY.length());
  }

  /**
   * Whether {@code event} must be normalised before mapping: it uses a JSON-LD keyword other than {@code @context},
   * a full IRI or an {@code epcis:} compact IRI as a member name, a value object for a standard scalar field, or an
   * event {@code @context} that {@linkplain #definesTerms defines terms}.
   *
   * @param event the event object
   * @param prefixes the prefixes in scope (the document's)
   */
  public static boolean needsNormalisation(JsonNode event, Prefixes prefixes) {
    for (Map.Entry<String, JsonNode> m : event.properties()) {
      String key = m.getKey();
      if (key.equals("@context")) {
        if (definesTerms(m.getValue())) {
          return true;
        }
        continue;
      }
      if (KEYWORDS.contains(key) || key.contains("://")) {
        return true;
      }
      int colon = key.indexOf(':');
      if (colon > 0 && EPCIS_VOCABULARY.equals(prefixes.namespace(key.substring(0, colon)))) {
        return true;
      }
      JsonNode v = m.getValue();
      if (SCALAR_FIELDS.contains(key) && v.isObject() && (v.has("@id") || v.has("@value"))) {
        return true;
      }
    }
    return false;
  }

  /** Members whose value is a vocabulary IRI ({@code "@type": "@vocab"} in the EPCIS context). */
  private static final Set<String> VOCABULARY_FIELDS = Set.of("bizStep", "disposition");
  /** Lists whose items have a vocabulary IRI as {@code type}. */
  private static final Set<String> TYPED_LISTS = Set.of("bizTransactionList", "sourceList", "destinationList");

  /** The EPCIS context's aliases of {@code @id}, which compaction may choose for a node reference. */
  private static final Set<String> ID_ALIASES = Set.of("@id", "id", "eventID", "bizTransaction");

  /**
   * Brings a normalised event (the output of JSON-LD compaction) into the form the mapper reads, in place:
   * <ul>
   *   <li>vocabulary values that compaction shortened with one of the document's own prefixes
   *       ({@code "urn:gs1:epcisapp:rail:btt:passage"} became {@code "rail:btt:passage"}) are expanded again: the
   *       model holds them as IRIs (values with a standard prefix or a bare CBV word are left to the mapper);</li>
   *   <li>in extension members, a typed value written with the EPCIS context's alias of {@code @type}
   *       ({@code {"@value": "4", "type": "xsd:integer"}}) gets {@code @type}, and a node reference
   *       ({@code {"id": iri}}, or another alias of {@code @id}) becomes the IRI, as the XML form has it.</li>
   * </ul>
   */
  static void toReaderForm(JsonNode event, Prefixes prefixes) {
    if (!(event instanceof ObjectNode o)) {
      return;
    }
    extensionValues(o);
    VOCABULARY_FIELDS.forEach(f -> expandMember(o, f, prefixes));
    for (String list : TYPED_LISTS) {
      for (JsonNode item : o.path(list)) {
        if (item instanceof ObjectNode i) {
          expandMember(i, "type", prefixes);
        }
      }
    }
    if (o.get("persistentDisposition") instanceof ObjectNode pd) {
      for (String f : List.of("set", "unset")) {
        if (pd.get(f) instanceof ArrayNode values) {
          for (int k = 0; k < values.size(); k++) {
            values.set(k, expanded(values.get(k), prefixes));
          }
        } else {
          expandMember(pd, f, prefixes);
        }
      }
    }
    if (o.get("errorDeclaration") instanceof ObjectNode error) {
      expandMember(error, "reason", prefixes);
    }
  }

  /** Rewrites the values of the extension members (names with a colon) found anywhere in {@code node}. */
  private static void extensionValues(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (String key : List.copyOf(o.propertyNames())) {
        if (key.indexOf(':') > 0 && !key.startsWith("@")) {
          o.set(key, extensionValue(o.get(key)));
        } else {
          extensionValues(o.get(key));
        }
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(CompactForm::extensionValues);
    }
  }

  private static JsonNode extensionValue(JsonNode v) {
    if (v instanceof ArrayNode a) {
      for (int k = 0; k < a.size(); k++) {
        a.set(k, extensionValue(a.get(k)));
      }
      return a;
    }
    if (!(v instanceof ObjectNode o)) {
      return v;
    }
    if (o.size() == 1) {
      String key = o.propertyNames().iterator().next();
      if (ID_ALIASES.contains(key) && o.get(key).isString()) {
        return o.get(key);
      }
    }
    if (o.has("@value") && o.has("type") && !o.has("@type")) {
      ObjectNode typed = o.objectNode();
      o.properties().forEach(m -> typed.set(m.getKey().equals("type") ? "@type" : m.getKey(), m.getValue()));
      return typed;
    }
    extensionValues(o);
    return o;
  }

  private static void expandMember(ObjectNode o, String name, Prefixes prefixes) {
    JsonNode v = o.get(name);
    if (v != null) {
      o.set(name, expanded(v, prefixes));
    }
  }

  private static JsonNode expanded(JsonNode v, Prefixes prefixes) {
    if (!v.isString()) {
      return v;
    }
    String text = v.asString();
    int colon = text.indexOf(':');
    if (colon <= 0 || Prefixes.STANDARD.containsKey(text.substring(0, colon))) {
      return v;
    }
    String iri = prefixes.expand(text);
    return iri.equals(text) ? v : StringNode.valueOf(iri);
  }
}
