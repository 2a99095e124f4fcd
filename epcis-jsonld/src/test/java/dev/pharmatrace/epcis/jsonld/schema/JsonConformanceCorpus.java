package dev.pharmatrace.epcis.jsonld.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The shared conformance corpus and the official GS1 EPCIS JSON Schema, used as test data and oracle only (never
 * referenced from main code).
 */
final class JsonConformanceCorpus {
  private JsonConformanceCorpus() {}

  static final String ABSENT = "conformance corpus not found (set -Depcis.conformance.dir or place it at"
      + " ../shared/conformance): corpus tests skipped";

  /** Official schema, relative to the corpus folder. */
  static final String OFFICIAL_SCHEMA = "gs1-reference/EPCIS-JSON-Schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static volatile Schema official;

  /** The corpus folder, if present (the shared locator; the corpus must hold the official schema). */
  static Optional<Path> dir() {
    return dev.pharmatrace.epcis.model.ConformanceCorpus.dir()
        .filter(d -> Files.isRegularFile(d.resolve(OFFICIAL_SCHEMA)));
  }

  /** Every .json / .jsonld data file of the corpus (not the reference folder, not the manifest), sorted. */
  static List<Path> jsonFiles(Path corpus) throws IOException {
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonld"))
          .filter(p -> !corpus.relativize(p).startsWith("gs1-reference"))
          .filter(p -> !corpus.relativize(p).toString().equals("manifest.json"))
          .sorted().toList();
    }
  }

  /**
   * Why a corpus JSON file is not an EPCIS 2.0 JSON/JSON-LD input of the EPCIS schema, or null if it is one.
   */
  static String exclusion(Path corpus, Path file) {
    String rel = rel(corpus, file);
    if (rel.contains("/JSON/Query/Queries/")) {
      return "REST query definition: validated by 'REST Bindings/query-schema.json', not by the EPCIS schema";
    }
    return null;
  }

  static String rel(Path corpus, Path file) {
    return corpus.relativize(file).toString().replace('\\', '/');
  }

  /** {@code officialJsonSchema} of manifest.json per path ("valid", "invalid"), where present. */
  static Map<String, String> manifestVerdicts(Path corpus) throws IOException {
    Map<String, String> out = new HashMap<>();
    Path manifest = corpus.resolve("manifest.json");
    if (!Files.isRegularFile(manifest)) {
      return out;
    }
    for (JsonNode f : MAPPER.readTree(manifest.toFile()).get("files")) {
      JsonNode v = f.get("officialJsonSchema");
      if (v != null && v.isString()) {
        out.put(f.get("path").asString(), v.asString());
      }
    }
    return out;
  }

  /**
   * The official GS1 schema, compiled by networknt json-schema-validator with its plain draft-07 defaults (format
   * assertions on for draft-07).
   */
  static Schema official(Path corpus) {
    Schema s = official;
    if (s == null) {
      synchronized (JsonConformanceCorpus.class) {
        s = official;
        if (s == null) {
          try (InputStream in = Files.newInputStream(corpus.resolve(OFFICIAL_SCHEMA))) {
            JsonNode node = MAPPER.readTree(in);
            s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json"), node);
            s.initializeValidators();
            official = s;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return s;
  }

  /** Parses with Jackson's defaults, as a plain user of the official schema would. */
  static JsonNode parse(byte[] json) {
    return MAPPER.readTree(json);
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
