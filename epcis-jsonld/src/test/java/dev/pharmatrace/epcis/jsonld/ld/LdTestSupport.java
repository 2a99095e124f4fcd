package dev.pharmatrace.epcis.jsonld.ld;

import dev.pharmatrace.epcis.jsonld.JsonLdProcessing;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Fixtures and small JSON helpers of the JSON-LD tests. */
final class LdTestSupport {
  private LdTestSupport() {}

  static final String FIXTURES = "/dev/pharmatrace/epcis/jsonld/ld/";

  static InputStream fixture(String name) {
    InputStream in = LdTestSupport.class.getResourceAsStream(FIXTURES + name);
    if (in == null) {
      throw new IllegalStateException("missing test fixture " + name);
    }
    return in;
  }

  static String fixtureText(String name) {
    try (InputStream in = fixture(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonStructure json(String text) {
    return JsonLdProcessing.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "inline");
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Every property IRI used anywhere in an expanded form. */
  static List<String> propertyIris(JsonValue expanded) {
    List<String> out = new ArrayList<>();
    collect(expanded, out);
    return out;
  }

  private static void collect(JsonValue v, List<String> out) {
    if (v instanceof JsonObject o) {
      o.forEach((k, x) -> {
        if (!k.startsWith("@")) {
          out.add(k);
        }
        collect(x, out);
      });
    } else if (v instanceof JsonArray a) {
      a.forEach(x -> collect(x, out));
    }
  }

  /** A document with the EPCIS 2.0.0 context and {@code body} as its other members (JSON text without braces). */
  static JsonStructure epcisDoc(String extraContext, String body) {
    String ctx = extraContext == null
        ? "\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\""
        : "[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\", " + extraContext + "]";
    return json("{\"@context\": " + ctx + ", " + body + "}");
  }

  static JsonObject obj(String text) {
    return (JsonObject) json(text);
  }

  static JsonArray arr(JsonValue... values) {
    var b = Json.createArrayBuilder();
    for (JsonValue v : values) {
      b.add(v);
    }
    return b.build();
  }
}
