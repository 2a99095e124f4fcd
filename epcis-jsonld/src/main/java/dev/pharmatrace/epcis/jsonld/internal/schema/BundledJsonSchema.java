package dev.pharmatrace.epcis.jsonld.internal.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The project's EPCIS 2.0 JSON Schema, read from the class path and compiled once per class loader, on first use.
 * Nothing is ever fetched from the network: every reference in the schema is local.
 */
public final class BundledJsonSchema {
  /** Class-path location of the schema. */
  public static final String RESOURCE = "/dev/pharmatrace/epcis/jsonld/schema/epcis-2.0-json.schema.json";

  private static volatile BundledJsonSchema instance;

  private final JsonNode schemaNode;
  private final Schema schema;

  private BundledJsonSchema(JsonNode schemaNode, Schema schema) {
    this.schemaNode = schemaNode;
    this.schema = schema;
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
   * remote fetching. Tests use the same settings for the official GS1 schema, so both are judged by one engine.
   *
   * @return a new registry
   */
  public static SchemaRegistry registry() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
        .schemaLoader(l -> l.fetchRemoteResources(false)));
  }

  private static BundledJsonSchema load() {
    try (InputStream in = BundledJsonSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("JSON Schema resource " + RESOURCE + " is missing from the class path");
      }
      JsonNode node = new ObjectMapper().readTree(in);
      Schema schema = registry().getSchema(SchemaLocation.of("classpath:" + RESOURCE.substring(1)), node);
      schema.initializeValidators();
      return new BundledJsonSchema(node, schema);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON Schema resource " + RESOURCE, e);
    }
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
