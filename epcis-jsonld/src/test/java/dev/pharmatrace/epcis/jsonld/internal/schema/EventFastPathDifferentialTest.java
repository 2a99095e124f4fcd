package dev.pharmatrace.epcis.jsonld.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator;
import dev.pharmatrace.epcis.model.ConformanceCorpus;
import dev.pharmatrace.epcis.model.fuzz.FuzzSeeds;
import dev.pharmatrace.epcis.model.report.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Soundness of {@link EventFastPath}, differentially: for every event of our fixtures, of the fuzz seed corpus and
 * of the conformance corpus (when present), and for mutations of them (each member or item removed, replaced by
 * every JSON type and by near-miss date-times, offsets, URIs, CBV values and units; members added with and without
 * a name space, nested extensions; arrays emptied, items duplicated or added; members renamed; the event type
 * swapped; then pairs of those), "certainly valid" from the fast path must mean that the schema engine finds
 * nothing. The tests also require the fast path to answer for the common shapes, and print how often it did.
 * {@code -Depcis.fastpath.scale=N} multiplies the number of mutants (default 1: about 290,000 with the corpus).
 */
class EventFastPathDifferentialTest {
  private static final int SCALE = Integer.getInteger("epcis.fastpath.scale", 1);
  private static final BundledJsonSchema BUNDLED = BundledJsonSchema.get();
  private static final EventFastPath FAST = BUNDLED.fastPath();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<String> TYPES = List.of("ObjectEvent", "AggregationEvent", "AssociationEvent",
      "TransactionEvent", "TransformationEvent");

  /** Replacement values: every JSON type, and strings near the edges of the schema's formats and patterns. */
  private static final List<JsonNode> VALUES = values();
  /** Names of added members: namespaced, not namespaced, near misses, and field names of other event types. */
  private static final List<String> NAMES = List.of("foo", "ex:foo", "https://ns.example.com/x", "", "ex foo",
      "1x:y", "ex:", "urn:", "a:b?c", "Ex:Foo", "@context", "@id", "type", "id", "action", "parentID", "epcList",
      "childEPCs", "quantityList", "childQuantityList", "inputEPCList", "outputQuantityList", "transformationID",
      "bizTransactionList", "persistentDisposition", "ilmd", "sensorElementList", "readPoint", "eventID",
      "quantity", "uom", "epcClass", "set", "unset", "source", "destination", "bizTransaction", "reason",
      "declarationTime", "correctiveEventIDs");

  @Test
  void ownFixturesAndTheirMutations() throws IOException, URISyntaxException {
    Path root = Path.of(getClass().getResource("/dev/pharmatrace/epcis/jsonld").toURI());
    List<JsonNode> events = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).filter(EventFastPathDifferentialTest::jsonFile).sorted()
          .toList()) {
        events.addAll(eventsOf(Files.readAllBytes(p)));
      }
    }
    Tally t = check("own fixtures", events, 2_000 * SCALE, 10_000 * SCALE);
    // the fixture of common shapes (all five types) is accepted whole
    assertThat(t.baseAccepted).isGreaterThanOrEqualTo(9);
  }

  @Test
  void fuzzSeedCorpus() {
    List<JsonNode> events = new ArrayList<>();
    FuzzSeeds.corpusFiles(".json", ".jsonld").forEach(a -> {
      Object seed = a.get()[0];
      events.addAll(eventsOf((byte[]) (seed instanceof Named<?> n ? n.getPayload() : seed)));
    });
    assumeTrue(!events.isEmpty(), ConformanceCorpus.ABSENT + " (no fuzz seeds: this test needs the corpus)");
    check("fuzz seeds", events, 150 * SCALE, 1_500 * SCALE);
  }

  @Test
  void conformanceCorpus() throws IOException {
    Path corpus = ConformanceCorpus.dir().orElse(null);
    assumeTrue(corpus != null, ConformanceCorpus.ABSENT);
    List<JsonNode> events = new ArrayList<>();
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path p : s.filter(Files::isRegularFile).filter(EventFastPathDifferentialTest::jsonFile).sorted()
          .toList()) {
        events.addAll(eventsOf(Files.readAllBytes(p)));
      }
    }
    assertThat(events).hasSizeGreaterThan(100);
    check("conformance corpus", events, 150 * SCALE, 2_500 * SCALE);
  }

  /** End to end: the validator's findings are the same with the fast path on and off, event by event. */
  @Test
  void findingsAreTheSameWithAndWithoutTheFastPath() throws Exception {
    List<JsonNode> events = new ArrayList<>();
    Random random = new Random(5);
    for (JsonNode base : EventFastPathTest.shapes()) {
      events.add(base);
      List<Mutation> mutations = mutations(base);
      for (int i = 0; i < 150; i++) {
        events.add(mutations.get(random.nextInt(mutations.size())).apply(base));
      }
    }
    ObjectNode doc = (ObjectNode) MAPPER.readTree(getClass().getResourceAsStream(EventFastPathTest.SHAPES));
    ArrayNode list = ((ObjectNode) doc.get("epcisBody")).putArray("eventList");
    events.forEach(list::add);
    byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    EpcisJsonSchemaValidator validator = EpcisJsonSchemaValidator.create();
    List<Finding> off;
    String before = System.getProperty(EventFastPath.PROPERTY);
    System.setProperty(EventFastPath.PROPERTY, "false");
    try {
      off = validator.validate(new ByteArrayInputStream(bytes), "mutants.jsonld");
    } finally {
      if (before == null) {
        System.clearProperty(EventFastPath.PROPERTY);
      } else {
        System.setProperty(EventFastPath.PROPERTY, before);
      }
    }
    assertThat(EventFastPath.enabledByProperty()).isTrue();
    List<Finding> on = validator.validate(new ByteArrayInputStream(bytes), "mutants.jsonld");
    assertThat(off).hasSizeGreaterThan(100); // many mutants are invalid: the comparison means something
    assertThat(on).containsExactlyElementsOf(off);
    assertThat(validator.withParallelEvents(true).validate(new ByteArrayInputStream(bytes), "mutants.jsonld"))
        .containsExactlyElementsOf(off);
    long fast = events.stream().filter(FAST::certainlyValid).count();
    assertThat(fast).isGreaterThan(events.size() / 10);
  }

  // ---- the differential check -------------------------------------------------------------------------------------

  /** Counts of one run. */
  private static final class Tally {
    int bases;
    int baseAccepted;
    int baseEngineValidCommon;
    long mutants;
    long accepted;
    long engineValid;
    final List<String> unsound = new ArrayList<>();
  }

  /**
   * Checks the events and, for each, at most {@code perEvent} of its single mutations (a seeded sample) and
   * {@code pairs} pairs of mutations over all events.
   */
  private static Tally check(String what, List<JsonNode> events, int perEvent, int pairs) {
    Tally t = new Tally();
    Random random = new Random(what.hashCode());
    List<JsonNode> bases = new ArrayList<>();
    List<List<Mutation>> all = new ArrayList<>();
    for (JsonNode event : events) {
      t.bases++;
      boolean engineValid = judge(t, event, false);
      if (FAST.certainlyValid(event)) {
        t.baseAccepted++;
      }
      if (engineValid && event.path("type").isString() && TYPES.contains(event.get("type").asString())
          && !event.has("sensorElementList")) {
        t.baseEngineValidCommon++;
      }
      if (!event.isObject()) {
        continue;
      }
      List<Mutation> mutations = mutations(event);
      bases.add(event);
      all.add(mutations);
      double keep = Math.min(1.0, perEvent / (double) mutations.size());
      for (Mutation m : mutations) {
        if (keep >= 1.0 || random.nextDouble() < keep) {
          judge(t, m.apply(event), true);
        }
      }
    }
    for (int i = 0; i < pairs && !bases.isEmpty(); i++) {
      int b = random.nextInt(bases.size());
      List<Mutation> ms = all.get(b);
      if (ms.isEmpty()) {
        continue;
      }
      // the second change is another of the base's (a no-op when the first removed its place)
      JsonNode once = ms.get(random.nextInt(ms.size())).apply(bases.get(b));
      judge(t, ms.get(random.nextInt(ms.size())).apply(once), true);
    }
    System.out.printf("EventFastPath %s: %d events, %d accepted by the fast path (%d valid events of the five"
        + " types without sensors); %d mutants, %d accepted by the fast path, %d valid for the engine%n", what,
        t.bases, t.baseAccepted, t.baseEngineValidCommon, t.mutants, t.accepted, t.engineValid);
    assertThat(t.unsound).as("fast path accepted events the engine finds invalid").isEmpty();
    // the fast path fires: it answers for most of the valid events, and for many of the valid mutants (fewer:
    // mutants of sensor events, of user-defined types, with values it does not decide)
    assertThat(t.mutants).isGreaterThan(0);
    assertThat(t.baseAccepted).isGreaterThan(t.baseEngineValidCommon / 2);
    assertThat(t.accepted).isGreaterThan(t.engineValid / 4);
    return t;
  }

  /** Runs both on one event, records an unsound answer; returns the engine's verdict. */
  private static boolean judge(Tally t, JsonNode event, boolean mutant) {
    boolean fast = FAST.certainlyValid(event);
    List<Error> errors = BUNDLED.eventSchema().validate(event);
    if (mutant) {
      t.mutants++;
      t.accepted += fast ? 1 : 0;
      t.engineValid += errors.isEmpty() ? 1 : 0;
    }
    if (fast && !errors.isEmpty() && t.unsound.size() < 10) {
      t.unsound.add(event + " -> " + errors);
    }
    return errors.isEmpty();
  }

  // ---- events and mutations ---------------------------------------------------------------------------------------

  private static boolean jsonFile(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".json") || n.endsWith(".jsonld");
  }

  /** The items of a document's event lists, or the document itself if it is not a document (a bare event). */
  private static List<JsonNode> eventsOf(byte[] bytes) {
    JsonNode doc;
    try {
      doc = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      return List.of(); // not JSON: nothing to compare
    }
    if (doc == null || !doc.isObject()) {
      return List.of();
    }
    List<JsonNode> events = new ArrayList<>();
    for (String at : List.of("/epcisBody/eventList", "/epcisBody/queryResults/resultsBody/eventList")) {
      JsonNode list = doc.at(at);
      if (list.isArray()) {
        list.forEach(events::add);
      }
    }
    if (events.isEmpty() && !doc.has("epcisBody")) {
      events.add(doc);
    }
    return events;
  }

  /** One change to an event: at the container {@code at}, on member {@code name} or item {@code index}. */
  private record Mutation(JsonPointer at, String name, int index, String op, JsonNode value) {
    /** The changed copy; unchanged when the place is gone or of another kind (after an earlier change). */
    JsonNode apply(JsonNode event) {
      JsonNode copy = event.deepCopy();
      JsonNode c = copy.at(at);
      if (c instanceof ObjectNode o && name != null) {
        switch (op) {
          case "remove" -> o.remove(name);
          case "set" -> o.set(name, value.deepCopy());
          case "rename" -> {
            JsonNode v = o.remove(name);
            if (v != null) {
              o.set(value.asString(), v);
            }
          }
          default -> throw new IllegalStateException(op);
        }
      } else if (c instanceof ArrayNode a && name == null) {
        boolean there = index < a.size();
        switch (op) {
          case "remove" -> a.remove(index);
          case "set" -> {
            if (there) {
              a.set(index, value.deepCopy());
            }
          }
          case "add" -> a.add(value.deepCopy());
          case "clear" -> a.removeAll();
          case "duplicate" -> {
            if (there) {
              a.add(a.get(index).deepCopy());
            }
          }
          default -> throw new IllegalStateException(op);
        }
      }
      return copy;
    }
  }

  /** Every single mutation of an event, in a fixed order. */
  private static List<Mutation> mutations(JsonNode event) {
    List<Mutation> out = new ArrayList<>();
    collect(event, JsonPointer.empty(), 0, out);
    if (event.isObject()) {
      for (String type : TYPES) {
        out.add(new Mutation(JsonPointer.empty(), "type", 0, "set", F.stringNode(type)));
      }
      out.add(new Mutation(JsonPointer.empty(), "type", 0, "set", F.stringNode("ex:CustomEvent")));
      for (String name : event.propertyNames()) {
        out.add(new Mutation(JsonPointer.empty(), name, 0, "rename", F.stringNode("ex:" + name)));
        out.add(new Mutation(JsonPointer.empty(), name, 0, "rename", F.stringNode(name.toLowerCase())));
      }
    }
    return out;
  }

  private static void collect(JsonNode node, JsonPointer at, int depth, List<Mutation> out) {
    if (depth > 4) {
      return;
    }
    if (node instanceof ObjectNode o) {
      for (String name : o.propertyNames()) {
        out.add(new Mutation(at, name, 0, "remove", null));
        for (JsonNode v : VALUES) {
          out.add(new Mutation(at, name, 0, "set", v));
        }
        collect(o.get(name), at.appendProperty(name), depth + 1, out);
      }
      for (String name : NAMES) {
        out.add(new Mutation(at, name, 0, "set", F.stringNode("urn:x:y")));
        out.add(new Mutation(at, name, 0, "set", nestedExtension()));
      }
    } else if (node instanceof ArrayNode a) {
      out.add(new Mutation(at, null, 0, "clear", null));
      for (int i = 0; i < a.size(); i++) {
        out.add(new Mutation(at, null, i, "remove", null));
        out.add(new Mutation(at, null, i, "duplicate", null));
        for (JsonNode v : VALUES) {
          out.add(new Mutation(at, null, i, "set", v));
        }
        collect(a.get(i), at.appendIndex(i), depth + 1, out);
      }
      for (JsonNode v : VALUES) {
        out.add(new Mutation(at, null, 0, "add", v));
      }
    }
  }

  private static JsonNode nestedExtension() {
    ObjectNode o = F.objectNode();
    o.putObject("ex:inner").putArray("plain").add(1).addObject().put("x", "y");
    return o;
  }

  private static List<JsonNode> values() {
    List<JsonNode> v = new ArrayList<>();
    v.add(F.nullNode());
    v.add(F.booleanNode(true));
    v.add(F.numberNode(0));
    v.add(F.numberNode(-1));
    v.add(F.numberNode(1.5));
    v.add(F.numberNode(new BigDecimal("1E+3")));
    v.add(F.numberNode(12345678901234L));
    for (String s : List.of("", " ", "x", "urn:x:y", "ex:y", "https://ns.example.com/v", "urn:", "a b:c", "1a:b",
        "http://x/?q=1", "http://x/#f", "http://x/%41", "urn:é", "urn:x:y\n", "ni:///sha-256;x?ver=CBV2.0",
        "urn:epc:idpat:sgtin:*.*.*", "urn:epc:idpat:sgtin:a b",
        // date-times
        "2024-01-01T00:00:00Z", "2024-02-29T10:00:00.123+01:00", "2023-02-29T10:00:00Z", "2024-01-01T24:00:00Z",
        "2016-12-31T23:59:60Z", "2024-01-01t10:00:00z", "2024-01-01T10:00:00", "2024-01-01T10:00:00+15:00",
        "2024-01-01T10:00:00.1234567891Z", "2024-01-01", "0000-01-01T00:00:00Z", "2024-01-01T10:00:00+14:59",
        // offsets
        "+00:00", "-00:00", "+14:00", "+14:01", "-13:59", "+1:00", "+01:00\n", "+01:60", "\u221205:00", "Z",
        // CBV values and enums
        "shipping", "Shipping", "shipping ", "in_transit", "active", "po", "owning_party", "did_not_occur",
        "urn:epcglobal:cbv:bizstep:shipping", "https://ns.gs1.org/cbv/BizStep-shipping",
        "http://ns.gs1.org/cbv/x", "URN:EPCGLOBAL:CBV:x", "https://ref.gs1.org/cbv/BizStep-shipping",
        "ADD", "add", "OBSERVE", "DELETE", "ObjectEvent",
        // units
        "KGM", "kgm", "KG\n", "K", "KGMS", "12", "E A")) {
      v.add(F.stringNode(s));
    }
    v.add(F.arrayNode());
    v.add(F.arrayNode().add("urn:x:y"));
    v.add(F.arrayNode().add("urn:x:y").add("urn:x:y"));
    v.add(F.arrayNode().add(1));
    v.add(F.arrayNode().add("active"));
    v.add(F.arrayNode().add(F.objectNode().put("epcClass", "urn:x:y")));
    v.add(F.arrayNode().add(F.objectNode().put("type", "po").put("bizTransaction", "urn:x:y")));
    v.add(F.arrayNode().add(F.objectNode()));
    v.add(F.objectNode());
    v.add(F.objectNode().put("id", "urn:x:y"));
    v.add(F.objectNode().put("id", "x"));
    v.add(F.objectNode().put("epcClass", "urn:x:y").put("quantity", 1));
    v.add(F.objectNode().put("type", "po").put("bizTransaction", "urn:x:y"));
    v.add(F.objectNode().put("type", "location").put("source", "urn:x:y"));
    v.add(F.objectNode().set("set", F.arrayNode().add("active")));
    v.add(F.objectNode().put("declarationTime", "2024-01-01T00:00:00Z"));
    v.add(F.objectNode().put("ex:a", 1));
    v.add(F.objectNode().put("a", 1));
    return List.copyOf(v);
  }
}
