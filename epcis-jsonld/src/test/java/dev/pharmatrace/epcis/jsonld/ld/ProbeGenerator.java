package dev.pharmatrace.epcis.jsonld.ld;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Small JSON-LD documents (without {@code @context}) that use every term a context defines: plain values, IRIs,
 * numbers, each value of a vocabulary ({@code @type: @vocab} with a scoped context), terms as types, prefixes in
 * compact IRIs, and, recursively, the terms of property-scoped contexts inside the property. The values of a
 * vocabulary go into one array per probe, which keeps the number of (costly) scoped-context applications small.
 */
final class ProbeGenerator {
  private ProbeGenerator() {}

  static void probes(JsonObject ctx, Consumer<JsonObject> out) {
    Map<String, JsonValue> terms = terms(ctx);
    List<String> simpleTerms = new ArrayList<>();
    terms.forEach((t, d) -> {
      if (d instanceof JsonString s && !s.getString().startsWith("@")) {
        simpleTerms.add(t);
      }
    });
    for (Map.Entry<String, JsonValue> e : terms.entrySet()) {
      String term = e.getKey();
      JsonValue def = e.getValue();
      if (def instanceof JsonString s) {
        String iri = s.getString();
        if (iri.startsWith("@")) {
          out.accept(node().add(term, "urn:probe:value").build());
        } else {
          out.accept(node().add(term, "plain").build());
          out.accept(node().add("type", term).build());
          out.accept(node().add(term + ":local", "prefixed").build());
        }
        continue;
      }
      if (!(def instanceof JsonObject d)) {
        continue;
      }
      JsonValue scoped = d.get("@context");
      boolean vocab = "@vocab".equals(d.getString("@type", null));
      if (vocab) {
        List<String> values = new ArrayList<>();
        if (scoped != null) {
          terms(scoped).forEach((k, v) -> {
            if (v instanceof JsonString vs && !vs.getString().startsWith("@")) {
              values.add(k);
            }
          });
        } else {
          values.addAll(simpleTerms);
        }
        values.add("urn:probe:custom");
        values.add("https://example.com/custom-value");
        values.add("unknown_word");
        // all values in one array: the scoped context is applied once, each value is still compared
        var all = Json.createArrayBuilder();
        values.forEach(all::add);
        out.accept(node().add(term, all).build());
        continue;
      }
      if (scoped != null) {
        // all probes of the scoped context as the value array of this one property (scope applied once), and
        // one as a single object value
        var inner = Json.createArrayBuilder();
        List<JsonObject> first = new ArrayList<>();
        probes(asObject(scoped), p -> {
          inner.add(p);
          if (first.isEmpty()) {
            first.add(p);
          }
        });
        out.accept(node().add(term, inner).build());
        first.forEach(p -> out.accept(node().add(term, p).build()));
        continue;
      }
      out.accept(node().add(term, "urn:probe:value").build());
      out.accept(node().add(term, "2024-01-31T10:00:00.000+01:00").build());
      out.accept(node().add(term, 2.5).build());
      out.accept(node().add(term, 200).build());
      out.accept(node().add(term, true).build());
      out.accept(node().add(term, Json.createObjectBuilder().add("@id", "urn:probe:object")).build());
      out.accept(node().add(term, Json.createArrayBuilder().add("urn:probe:a").add("urn:probe:b")).build());
    }
  }

  /** A blank node (no {@code @id}: the probes of {@code id}/{@code eventID} would collide with it). */
  private static JsonObjectBuilder node() {
    return Json.createObjectBuilder();
  }

  /** The term definitions of a context value (object or array of objects; later entries win). */
  private static Map<String, JsonValue> terms(JsonValue ctx) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    List<JsonValue> parts = ctx instanceof JsonArray a ? a : List.of(ctx);
    for (JsonValue part : parts) {
      if (part instanceof JsonObject o) {
        o.forEach((k, v) -> {
          if (!k.startsWith("@")) {
            m.put(k, v);
          }
        });
      }
    }
    return m;
  }

  private static JsonObject asObject(JsonValue ctx) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    terms(ctx).forEach(b::add);
    return b.build();
  }
}
