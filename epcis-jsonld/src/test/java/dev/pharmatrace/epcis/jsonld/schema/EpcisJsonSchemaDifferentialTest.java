package dev.pharmatrace.epcis.jsonld.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator;
import dev.pharmatrace.epcis.model.report.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Differential test: seeded random mutations of the corpus JSON documents (members dropped, duplicated under
 * another name or renamed, values replaced by other types, CBV values rewritten as URNs or Web URIs, event types
 * and actions swapped, arrays emptied or given duplicates, ...) must get the same verdict from our schema (through
 * the whole validator: serialised, parsed with positions, validated) as from the official GS1 schema.
 *
 * <p>{@code -Depcis.jsonschema.mutants=N} (default 400) and {@code -Depcis.jsonschema.seed=S} (default 20240301)
 * change the run.
 */
class EpcisJsonSchemaDifferentialTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_SEED_BYTES = 100_000;

  /** Member names worth trying: EPCIS fields of every level, CURIEs, URIs, near misses. */
  private static final String[] NAMES = {
    "type", "@context", "id", "eventTime", "eventTimeZoneOffset", "recordTime", "eventID", "action", "bizStep",
    "disposition", "persistentDisposition", "readPoint", "bizLocation", "epcList", "quantityList", "parentID",
    "childEPCs", "childQuantityList", "inputEPCList", "outputEPCList", "inputQuantityList", "outputQuantityList",
    "transformationID", "bizTransactionList", "sourceList", "destinationList", "sensorElementList", "ilmd",
    "certificationInfo", "errorDeclaration", "epcClass", "quantity", "uom", "set", "unset", "sensorReport",
    "sensorMetadata", "value", "component", "epcisHeader", "epcisBody", "eventList", "schemaVersion",
    "creationDate", "sender", "receiver", "instanceIdentifier", "queryResults", "resultsBody", "queryName",
    "vocabularyList", "epcisMasterData", "attributes", "children", "declarationTime", "reason",
    "correctiveEventIDs", "bizTransaction", "source", "destination", "hexBinaryValue", "exception",
    "ex:field", "cbvmda:lotNumber", "https://example.com/ext#f", "urn:x:y", "Action", "lotNumber", "x y:z", "",
    "sbdh:StandardBusinessDocumentHeader", "gs1:foo"
  };

  /** String values worth trying: CBV forms, URIs, times, offsets, units, near misses. */
  private static final String[] STRINGS = {
    "ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent",
    "EPCISDocument", "EPCISQueryDocument", "ex:CustomEvent", "https://example.com/MyEvent", "ADD", "OBSERVE",
    "DELETE", "add", "shipping", "Shipping", "urn:epcglobal:cbv:bizstep:shipping",
    "https://ref.gs1.org/cbv/BizStep-shipping", "https://ns.gs1.org/cbv/BizStep-shipping", "in_transit",
    "urn:epcglobal:cbv:disp:in_transit", "po", "urn:epcglobal:cbv:btt:po", "owning_party", "location",
    "did_not_occur", "Temperature", "https://gs1.org/voc/Temperature", "http://www.gs1.org/voc/Temperature",
    "Molar_concentration", "ALARM_CONDITION", "latitude", "x", "urn:epc:id:sgtin:0614141.107346.2017",
    "https://id.gs1.org/01/09521568251204/21/10", "not a uri", "ex:thing", "urn:x", "mailto:a@b.c",
    "2024-03-01T10:00:00Z", "2024-03-01T10:00:00.123456789+05:30", "2024-03-01T10:00:00", "2024-03-01",
    "2024-02-30T10:00:00Z", "+01:00", "-05:00", "+14:00", "+14:01", "-13:59", "+1:00", "01:00", "Z", "+01:00\n",
    "KGM", "EA", "kg", "A1B2", "2.0", "2", "2.0.1", "v2", "0aF9", "0xZZ", "", " ", "\u00e4\u00f6\u00fc"
  };

  @Test
  void mutantsGetTheOfficialVerdict() throws IOException {
    Path corpus = JsonConformanceCorpus.dir().orElse(null);
    assumeTrue(corpus != null, JsonConformanceCorpus.ABSENT);
    int count = Integer.getInteger("epcis.jsonschema.mutants", 400);
    long seed = Long.getLong("epcis.jsonschema.seed", 20240301L);
    Schema official = JsonConformanceCorpus.official(corpus);
    EpcisJsonSchemaValidator ours = EpcisJsonSchemaValidator.create();

    List<JsonNode> seeds = new ArrayList<>();
    for (Path file : JsonConformanceCorpus.jsonFiles(corpus)) {
      if (JsonConformanceCorpus.exclusion(corpus, file) == null && Files.size(file) <= MAX_SEED_BYTES) {
        seeds.add(JsonConformanceCorpus.parse(Files.readAllBytes(file)));
      }
    }
    assertThat(seeds).isNotEmpty();

    Random random = new Random(seed);
    List<String> disagreements = new ArrayList<>();
    int valid = 0;
    for (int i = 0; i < count; i++) {
      JsonNode mutant = seeds.get(random.nextInt(seeds.size())).deepCopy();
      StringBuilder log = new StringBuilder();
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        mutant = mutate(mutant, random, log);
      }
      byte[] bytes = JsonConformanceCorpus.mapper().writeValueAsBytes(mutant);
      List<Error> officialErrors = official.validate(JsonConformanceCorpus.parse(bytes));
      List<Finding> ourFindings = ours.validate(new ByteArrayInputStream(bytes), "mutant-" + i);
      if (officialErrors.isEmpty()) {
        valid++;
      }
      if (officialErrors.isEmpty() != ourFindings.isEmpty()) {
        String json = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        disagreements.add("mutant " + i + " [" + log + "]: official " + (officialErrors.isEmpty() ? "valid"
            : "invalid " + officialErrors.subList(0, Math.min(3, officialErrors.size()))) + ", ours "
            + (ourFindings.isEmpty() ? "valid" : "invalid " + ourFindings.subList(0, Math.min(3,
            ourFindings.size()))) + "\n  " + (json.length() > 3000 ? json.substring(0, 3000) + "..." : json));
      }
    }
    System.out.printf("[differential] EPCIS JSON Schema: %d mutants (seed %d), %d valid, %d invalid, %d"
        + " disagreements%n", count, seed, valid, count - valid, disagreements.size());
    assertThat(disagreements).as("verdict disagreements with the official schema").isEmpty();
  }

  /** Applies one random mutation somewhere in the tree; returns the (possibly replaced) root. */
  private static JsonNode mutate(JsonNode root, Random random, StringBuilder log) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = pick(containers, random);
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>(object.propertyNames());
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(7)) {
        case 0 -> {
          object.remove(name);
          log.append("drop ").append(name).append("; ");
        }
        case 1 -> {
          String other = NAMES[random.nextInt(NAMES.length)];
          object.set(other, object.get(name).deepCopy());
          log.append("copy ").append(name).append(" to ").append(other).append("; ");
        }
        case 2 -> {
          String other = NAMES[random.nextInt(NAMES.length)];
          JsonNode v = object.remove(name);
          object.set(other, v);
          log.append("rename ").append(name).append(" to ").append(other).append("; ");
        }
        default -> {
          JsonNode v = replacement(object.get(name), random);
          object.set(name, v);
          log.append("set ").append(name).append(" = ").append(abbreviate(v)).append("; ");
        }
      }
    } else if (target instanceof ArrayNode array) {
      switch (random.nextInt(4)) {
        case 0 -> {
          array.removeAll();
          log.append("empty array; ");
        }
        case 1 -> {
          if (array.size() > 0) {
            array.add(array.get(random.nextInt(array.size())).deepCopy());
            log.append("duplicate item; ");
          }
        }
        case 2 -> {
          if (array.size() > 0) {
            array.remove(random.nextInt(array.size()));
            log.append("remove item; ");
          }
        }
        default -> {
          JsonNode v = replacement(array.size() > 0 ? array.get(0) : null, random);
          if (array.size() > 0) {
            array.set(random.nextInt(array.size()), v);
          } else {
            array.add(v);
          }
          log.append("set item = ").append(abbreviate(v)).append("; ");
        }
      }
    }
    return root;
  }

  /** A value of a random kind; strings mostly from the list of interesting values or CBV rewrites of the old one. */
  private static JsonNode replacement(JsonNode old, Random random) {
    int kind = random.nextInt(12);
    if (kind <= 5) {
      return NODES.stringNode(STRINGS[random.nextInt(STRINGS.length)]);
    }
    if (kind == 6 && old != null && old.isString()) {
      String v = old.asString();
      String[] forms = {"urn:epcglobal:cbv:bizstep:" + v, "https://ref.gs1.org/cbv/Disp-" + v,
        "https://ns.gs1.org/cbv/BizStep-" + v, "https://gs1.org/voc/" + v, v.toUpperCase(java.util.Locale.ROOT),
        v + " ", "ex:" + v};
      return NODES.stringNode(forms[random.nextInt(forms.length)]);
    }
    return switch (kind) {
      case 7 -> random.nextBoolean() ? NODES.numberNode(random.nextInt(100)) : NODES.numberNode(1.5);
      case 8 -> NODES.booleanNode(random.nextBoolean());
      case 9 -> NODES.nullNode();
      case 10 -> random.nextBoolean() ? NODES.objectNode() : NODES.objectNode().put("ex:a", "b");
      default -> random.nextBoolean() ? NODES.arrayNode() : NODES.arrayNode().add("urn:x:1");
    };
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      for (JsonNode child : node) {
        collect(child, out);
      }
    }
  }

  private static JsonNode pick(List<JsonNode> nodes, Random random) {
    return nodes.get(random.nextInt(nodes.size()));
  }

  private static String abbreviate(JsonNode v) {
    String s = v.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
