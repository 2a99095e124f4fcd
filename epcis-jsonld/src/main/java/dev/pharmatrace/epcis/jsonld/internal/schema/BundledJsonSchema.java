package dev.pharmatrace.epcis.jsonld.internal.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The project's EPCIS 2.0 JSON Schema, read from the class path and compiled once per class loader, on first use.
 * Nothing is ever fetched from the network: every reference in the schema is local.
 */
public final class BundledJsonSchema {
  /** Class-path location of the schema. */
  public static final String RESOURCE = "/dev/pharmatrace/epcis/jsonld/schema/epcis-2.0-json.schema.json";

  private static volatile BundledJsonSchema instance;

  /** Fragment of the event definition, which the schema applies to every item of an event list. */
  private static final String EVENT = "#/definitions/event";

  private final JsonNode schemaNode;
  private final Schema schema;
  private final Schema eventSchema;
  private final Map<LocatedNodes.EventListKind, List<Object>> eventPaths;
  private final EventFastPath fastPath;

  private BundledJsonSchema(JsonNode schemaNode, Schema schema, Schema eventSchema,
      Map<LocatedNodes.EventListKind, List<Object>> eventPaths) {
    this.schemaNode = schemaNode;
    this.schema = schema;
    this.eventSchema = eventSchema;
    this.eventPaths = eventPaths;
    this.fastPath = EventFastPath.of(schemaNode);
  }

  /**
   * The compiled schema, compiling it on the first call.
   *
   * @return the schema
   * @throws IllegalStateException if the schema resource is missing or broken (a packaging error)
   */
  public static BundledJsonSchema get() {
    BundledJsonSchema s = instance;
    if (s == null) {
      synchronized (BundledJsonSchema.class) {
        s = instance;
        if (s == null) {
          s = load();
          instance = s;
        }
      }
    }
    return s;
  }

  /**
   * The registry used for the bundled schema: draft-07, format assertions on ({@code uri}, {@code date-time}), no
   * remote fetching. The {@code uri} format is the engine's with a quick answer for plain EPCIS URIs
   * ({@link QuickUriFormat}), same verdict.
   *
   * @return a new registry
   */
  public static SchemaRegistry registry() {
    Dialect draft7 = Dialect.builder(Dialects.getDraft7()).format(new QuickUriFormat()).build();
    return SchemaRegistry.withDialect(draft7, b -> b
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
        .schemaLoader(l -> l.fetchRemoteResources(false)));
  }

  private static BundledJsonSchema load() {
    try (InputStream in = BundledJsonSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("JSON Schema resource " + RESOURCE + " is missing from the class path");
      }
      JsonNode node = new ObjectMapper().readTree(in);
      SchemaRegistry registry = registry();
      String location = "classpath:" + RESOURCE.substring(1);
      Schema schema = registry.getSchema(SchemaLocation.of(location), node);
      schema.initializeValidators();
      Schema event = registry.getSchema(SchemaLocation.of(location + EVENT));
      event.initializeValidators();
      Map<LocatedNodes.EventListKind, List<Object>> paths = new EnumMap<>(LocatedNodes.EventListKind.class);
      for (LocatedNodes.EventListKind kind : LocatedNodes.EventListKind.values()) {
        paths.put(kind, eventPath(schema, kind));
      }
      return new BundledJsonSchema(node, schema, event, paths);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON Schema resource " + RESOURCE, e);
    }
  }

  /**
   * The evaluation path of the event definition when the whole schema validates an item of an event list, found
   * by validating a probe document whose only event is an empty object (the event definition requires "type").
   */
  private static List<Object> eventPath(Schema schema, LocatedNodes.EventListKind kind) {
    ObjectNode probe = JsonNodeFactory.instance.objectNode().put("type", kind.documentType());
    ObjectNode at = probe;
    List<String> names = List.of(kind.pointer().substring(1).split("/"));
    for (String name : names.subList(0, names.size() - 1)) {
      at = at.putObject(name);
    }
    at.putArray(names.get(names.size() - 1)).addObject();
    String item = kind.pointer() + "/0";
    for (com.networknt.schema.Error e : schema.validate(probe)) {
      NodePath path = e.getEvaluationPath();
      if ("required".equals(e.getKeyword()) && "type".equals(e.getProperty())
          && item.equals(e.getInstanceLocation().toString()) && path.getNameCount() > 0
          && "required".equals(String.valueOf(path.getElement(path.getNameCount() - 1)))) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < path.getNameCount() - 1; i++) {
          out.add(path.getElement(i));
        }
        return List.copyOf(out);
      }
    }
    throw new IllegalStateException("JSON Schema resource " + RESOURCE + " does not validate " + item
        + " with the event definition");
  }

  /**
   * The event definition ({@code #/definitions/event}), compiled; thread-safe. The schema applies it to every
   * item of an event list, and to nothing else there: validating each item with it gives the errors the whole
   * schema gives for the item.
   *
   * @return the event schema
   */
  public Schema eventSchema() {
    return eventSchema;
  }

  /**
   * The hand-written check that answers "certainly valid" for common events, so that the engine can be skipped
   * for them ({@link EventFastPath}).
   *
   * @return the fast path for this schema
   */
  public EventFastPath fastPath() {
    return fastPath;
  }

  /**
   * The evaluation path, in the whole schema, of the event definition applied to an item of an event list.
   *
   * @param kind which event list
   * @return the path elements
   */
  public List<Object> eventPath(LocatedNodes.EventListKind kind) {
    return eventPaths.get(kind);
  }

  /**
   * The schema as JSON (read-only by convention), for walking evaluation paths.
   *
   * @return the schema document
   */
  public JsonNode schemaNode() {
    return schemaNode;
  }

  /**
   * The compiled schema; thread-safe.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }
}
