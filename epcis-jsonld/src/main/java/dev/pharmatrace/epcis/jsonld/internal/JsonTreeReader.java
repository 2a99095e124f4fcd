package dev.pharmatrace.epcis.jsonld.internal;

import java.util.ArrayDeque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON value from a streaming parser into a Jackson tree, as {@code ObjectMapper.readTree} does with the
 * reader's settings (floating-point numbers as exact decimals, trailing zeros kept; integers as int, long or big
 * integer by size; {@code null} members kept), but without an {@code ObjectMapper}.
 *
 * <p>Why: building an {@code ObjectMapper} loads some 600 classes of Jackson's data binding and spins several
 * dozen classes at run time (its {@code java.time} support, its separators). That cost about 0.3 s at the start of
 * every JSON read, and the bytecode spinning made the JIT compile the JDK's class writer at the moment our own hot
 * code waited for the compiler ({@code docs/performance.md}). The reader needs trees of events, nothing more.
 *
 * <p>Limits are the parser's ({@code StreamReadConstraints}: nesting depth, string and number lengths); the tree is
 * built without recursion, so its depth costs no stack.
 */
public final class JsonTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTreeReader() {}

  /**
   * Reads the value the parser is on (its current token). Afterwards, as after {@code readTree}, the parser has no
   * current token (its location is still the value's last token's), and its next token is the one after the value.
   *
   * @throws NumberFormatException for a number beyond what a {@code BigDecimal} holds, as {@code readTree} does
   * @throws IllegalStateException if the parser is on no value token (a property name, an end, or nothing)
   */
  public static JsonNode read(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      JsonNode value = scalar(p, t);
      p.clearCurrentToken();
      return value;
    }
    ArrayDeque<JsonNode> open = new ArrayDeque<>();
    JsonNode root = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
    JsonNode container = root;
    String name = null;
    while (true) {
      t = p.nextToken();
      if (t == JsonToken.PROPERTY_NAME) {
        name = p.currentName();
        continue;
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        if (open.isEmpty()) {
          p.clearCurrentToken();
          return root;
        }
        container = open.pop();
        continue;
      }
      JsonNode value = t == JsonToken.START_OBJECT ? NODES.objectNode()
          : t == JsonToken.START_ARRAY ? NODES.arrayNode() : scalar(p, t);
      if (container instanceof ObjectNode o) {
        o.set(name, value);
      } else {
        ((ArrayNode) container).add(value);
      }
      if (value.isContainer()) {
        open.push(container);
        container = value;
      }
    }
  }

  private static JsonNode scalar(JsonParser p, JsonToken t) {
    if (t == null) {
      throw new IllegalStateException("no JSON value: the input ended");
    }
    switch (t) {
      case VALUE_STRING:
        return NODES.stringNode(p.getString());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("no JSON value at " + t);
    }
  }
}
