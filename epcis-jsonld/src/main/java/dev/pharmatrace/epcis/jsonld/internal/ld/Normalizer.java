package dev.pharmatrace.epcis.jsonld.internal.ld;

import dev.pharmatrace.epcis.jsonld.JsonLdContexts;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two EPCIS-specific steps of normalisation around Titanium's compaction: the context to compact against, and
 * the arrays the EPCIS JSON schema requires where the context has no {@code @set} container.
 */
public final class Normalizer {
  /** The context URLs that denote the standard EPCIS 2.0 context. */
  public static final Set<String> EPCIS_CONTEXT_URLS =
      Set.of(JsonLdContexts.EPCIS_2_0_0, JsonLdContexts.EPCIS_UNVERSIONED, JsonLdContexts.EPCIS_GITHUB);

  /**
   * Members the EPCIS JSON schema wants as arrays but whose term has no {@code @set} container (so compaction
   * turns a one-element array into a single value).
   */
  static final Set<String> ARRAY_MEMBERS =
      Set.of("eventList", "sensorReport", "vocabularyList", "vocabularyElementList", "attributes");

  /** Members the EPCIS JSON schema wants as objects with an {@code id}, never as a bare IRI. */
  private static final Set<String> ID_OBJECT_MEMBERS = Set.of("readPoint", "bizLocation");

  private static final String GEN_DELIMS = ":/?#[]@";

  private Normalizer() {}

  /**
   * The context to compact {@code document} against: the EPCIS context it names (else {@code defaultEpcis}), its
   * other remote contexts in their order, and the prefixes (and {@code @vocab}) of its inline contexts that do not
   * clash with the EPCIS context. Inline term definitions other than prefixes are left out: they could alias EPCIS
   * terms, which normalisation is meant to undo.
   */
  public static JsonValue compactionContext(JsonStructure document, String defaultEpcis, Set<String> epcisTerms,
      Set<String> epcisNamespaces) {
    String epcis = null;
    List<String> remote = new ArrayList<>();
    Map<String, JsonValue> prefixes = new LinkedHashMap<>();
    if (document instanceof JsonObject o && o.containsKey("@context")) {
      JsonValue ctx = o.get("@context");
      List<JsonValue> entries = ctx instanceof JsonArray a ? a : List.of(ctx);
      for (JsonValue entry : entries) {
        if (entry instanceof JsonString s) {
          String url = s.getString();
          if (EPCIS_CONTEXT_URLS.contains(url)) {
            if (epcis == null) {
              epcis = url;
            }
          } else if (!remote.contains(url)) {
            remote.add(url);
          }
        } else if (entry instanceof JsonObject inline) {
          collectPrefixes(inline, epcisTerms, epcisNamespaces, prefixes);
        }
      }
    }
    JsonString epcisUrl = JsonTrees.PROVIDER.createValue(epcis == null ? defaultEpcis : epcis);
    if (remote.isEmpty() && prefixes.isEmpty()) {
      return epcisUrl;
    }
    JsonArrayBuilder b = JsonTrees.PROVIDER.createArrayBuilder().add(epcisUrl);
    remote.forEach(b::add);
    if (!prefixes.isEmpty()) {
      JsonObjectBuilder p = JsonTrees.PROVIDER.createObjectBuilder();
      prefixes.forEach(p::add);
      b.add(p);
    }
    return b.build();
  }

  /**
   * The prefixes (term → namespace IRI) a context document defines in its {@code @context}, leaving out those
   * that clash with the EPCIS context.
   */
  public static Map<String, String> prefixesOf(JsonStructure contextDocument) {
    Map<String, JsonValue> found = new LinkedHashMap<>();
    if (contextDocument instanceof JsonObject o && o.containsKey("@context")) {
      JsonValue ctx = o.get("@context");
      BundledContexts bundled = BundledContexts.INSTANCE;
      for (JsonValue entry : ctx instanceof JsonArray a ? a : List.of(ctx)) {
        if (entry instanceof JsonObject inline) {
          collectPrefixes(inline, bundled.epcisTerms(), bundled.epcisNamespaces(), found);
        }
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    found.forEach((term, def) -> {
      if (def instanceof JsonString s && !term.startsWith("@")) {
        out.put(term, s.getString());
      } else if (def instanceof JsonObject d) {
        out.put(term, d.getString("@id"));
      }
    });
    return out;
  }

  private static void collectPrefixes(JsonObject inline, Set<String> epcisTerms, Set<String> epcisNamespaces,
      Map<String, JsonValue> out) {
    for (Map.Entry<String, JsonValue> e : inline.entrySet()) {
      String term = e.getKey();
      JsonValue def = e.getValue();
      if (term.equals("@vocab") && def instanceof JsonString) {
        out.put(term, def);
        continue;
      }
      if (term.startsWith("@") || term.contains(":") || term.contains("/") || epcisTerms.contains(term)) {
        continue;
      }
      if (def instanceof JsonString s) {
        String iri = s.getString();
        if (isAbsolute(iri) && GEN_DELIMS.indexOf(iri.charAt(iri.length() - 1)) >= 0
            && !epcisNamespaces.contains(iri)) {
          out.put(term, def);
        }
      } else if (def instanceof JsonObject d && d.get("@id") instanceof JsonString id
          && JsonValue.TRUE.equals(d.get("@prefix")) && isAbsolute(id.getString())
          && Set.of("@id", "@prefix", "@protected").containsAll(d.keySet())
          && !epcisNamespaces.contains(id.getString())) {
        out.put(term, JsonTrees.PROVIDER.createObjectBuilder().add("@id", id).add("@prefix", true).build());
      }
    }
  }

  private static boolean isAbsolute(String iri) {
    int colon = iri.indexOf(':');
    return colon > 0 && !iri.startsWith("@") && !iri.startsWith("_:");
  }

  /** {@code compacted} with the {@link #ARRAY_MEMBERS} that compaction reduced to one value wrapped in arrays. */
  public static JsonObject wrapArrays(JsonObject compacted) {
    return (JsonObject) wrap(compacted);
  }

  private static JsonValue wrap(JsonValue v) {
    if (v instanceof JsonObject o) {
      JsonObjectBuilder b = JsonTrees.PROVIDER.createObjectBuilder();
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        String k = e.getKey();
        JsonValue child = e.getValue();
        if (k.equals("@context")) {
          b.add(k, child);
          continue;
        }
        JsonValue w = wrap(child);
        if (ARRAY_MEMBERS.contains(k) && !(w instanceof JsonArray)) {
          w = JsonTrees.PROVIDER.createArrayBuilder().add(w).build();
        }
        if (ID_OBJECT_MEMBERS.contains(k) && w instanceof JsonString) {
          // compaction turns a node with nothing but an IRI into that IRI; the schema wants {"id": ...}
          w = JsonTrees.PROVIDER.createObjectBuilder().add("id", w).build();
        }
        b.add(k, w);
      }
      return b.build();
    }
    if (v instanceof JsonArray a) {
      JsonArrayBuilder b = JsonTrees.PROVIDER.createArrayBuilder();
      for (JsonValue x : a) {
        b.add(wrap(x));
      }
      return b.build();
    }
    return v;
  }
}
