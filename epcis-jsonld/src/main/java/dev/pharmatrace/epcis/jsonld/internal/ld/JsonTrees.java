package dev.pharmatrace.epcis.jsonld.internal.ld;

import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Jakarta JSON (what Titanium works on): parsing with located errors, writing, and conversion from/to Jackson 3. */
public final class JsonTrees {
  /** The provider, looked up once (every {@code jakarta.json.Json.*} call repeats a service lookup). */
  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private static final JsonWriterFactory COMPACT = PROVIDER.createWriterFactory(Map.of());
  private static final JsonWriterFactory PRETTY =
      PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private JsonTrees() {}

  /**
   * Parses one JSON object or array (UTF-8/16/32, a byte order mark is accepted).
   *
   * @throws EpcisException {@code JSONLD-SYNTAX} with line and column, or {@code JSONLD-IO}
   */
  public static JsonStructure parse(InputStream in, String sourceName) {
    try (JsonReader reader = PROVIDER.createReader(in)) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonStructure s) {
        return s;
      }
      throw LdErrors.syntax("a JSON-LD document must be a JSON object or array, found a JSON "
          + value.getValueType().name().toLowerCase(java.util.Locale.ROOT), LdErrors.at(sourceName), null);
    } catch (JsonParsingException e) {
      JsonLocation l = e.getLocation();
      SourceLocation loc = l == null ? LdErrors.at(sourceName)
          : SourceLocation.of(sourceName, Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()));
      throw LdErrors.syntax("not well-formed JSON: " + e.getMessage(), loc, e);
    } catch (JsonException e) {
      if (e.getCause() instanceof IOException io) {
        throw LdErrors.io("cannot read the input: " + io.getMessage(), LdErrors.at(sourceName), e);
      }
      throw LdErrors.syntax("not well-formed JSON: " + e.getMessage(), LdErrors.at(sourceName), e);
    }
  }

  /** JSON text of a value, compact or pretty-printed. */
  public static String write(JsonValue value, boolean pretty) {
    StringWriter out = new StringWriter();
    if (value instanceof JsonStructure s) {
      try (JsonWriter w = (pretty ? PRETTY : COMPACT).createWriter(out)) {
        w.write(s);
      }
      return pretty ? out.toString().strip() : out.toString();
    }
    try (JsonWriter w = COMPACT.createWriter(out)) {
      w.write(value);
    }
    return out.toString();
  }

  /** A Jackson 3 tree as a Jakarta JSON value (numbers keep their exact value). */
  public static JsonValue fromJackson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return JsonValue.NULL;
    }
    if (node.isObject()) {
      JsonObjectBuilder b = PROVIDER.createObjectBuilder();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        b.add(e.getKey(), fromJackson(e.getValue()));
      }
      return b.build();
    }
    if (node.isArray()) {
      JsonArrayBuilder b = PROVIDER.createArrayBuilder();
      for (JsonNode v : node.values()) {
        b.add(fromJackson(v));
      }
      return b.build();
    }
    if (node.isString()) {
      return PROVIDER.createValue(node.stringValue());
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (node.isNumber()) {
      if (node.isIntegralNumber()) {
        return PROVIDER.createValue(node.bigIntegerValue());
      }
      if (node.isBigDecimal()) {
        return PROVIDER.createValue(node.decimalValue());
      }
      return PROVIDER.createValue(node.doubleValue());
    }
    if (node.isBinary() || node.isPojo()) {
      return PROVIDER.createValue(node.asString());
    }
    throw new IllegalArgumentException("unsupported JSON node type " + node.getNodeType());
  }

  /** A Jakarta JSON value as a Jackson 3 tree. */
  public static JsonNode toJackson(JsonValue value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (value.getValueType()) {
      case OBJECT -> {
        ObjectNode o = f.objectNode();
        for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
          o.set(e.getKey(), toJackson(e.getValue()));
        }
        return o;
      }
      case ARRAY -> {
        ArrayNode a = f.arrayNode();
        for (JsonValue v : (JsonArray) value) {
          a.add(toJackson(v));
        }
        return a;
      }
      case STRING -> {
        return f.stringNode(((JsonString) value).getString());
      }
      case NUMBER -> {
        JsonNumber n = (JsonNumber) value;
        if (n.isIntegral()) {
          BigInteger i = n.bigIntegerValue();
          return i.bitLength() < 64 ? f.numberNode(i.longValue()) : f.numberNode(i);
        }
        BigDecimal d = n.bigDecimalValue();
        return f.numberNode(d);
      }
      case TRUE -> {
        return f.booleanNode(true);
      }
      case FALSE -> {
        return f.booleanNode(false);
      }
      default -> {
        return f.nullNode();
      }
    }
  }
}
