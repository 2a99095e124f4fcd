package dev.pharmatrace.epcis.jsonld.ld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import dev.pharmatrace.epcis.jsonld.JsonLdContexts;
import dev.pharmatrace.epcis.jsonld.JsonLdProcessing;
import dev.pharmatrace.epcis.model.report.EpcisException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our bundled EPCIS context against the OFFICIAL GS1 contexts (test-time oracle from the conformance corpus):
 *
 * <ul>
 *   <li>every EPCIS 2.0 JSON-LD document of the corpus expands to the same expanded form with either; and its
 *       normalisation by {@link JsonLdProcessing#normalize(JsonStructure, String)} keeps that expanded form;
 *   <li>probe documents for every term and every vocabulary value the official context defines (also those no
 *       corpus document uses) expand identically, and their expanded form compacts identically.
 * </ul>
 */
class LdContextEquivalenceTest {
  private static final Map<String, String> OUTCOMES = new TreeMap<>();
  private static final AtomicInteger PROBES = new AtomicInteger();
  private static final AtomicInteger FALLBACK_BATCHES = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> corpusDocumentsExpandIdentically() throws Exception {
    Optional<Path> corpus = LdCorpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), LdCorpus.ABSENT);
    Path root = corpus.get();
    List<Path> files = LdCorpus.epcisJsonLdFiles(root);
    assertThat(files).as("EPCIS 2.0 JSON-LD documents in the corpus").hasSizeGreaterThan(100);
    DocumentLoader official = LdCorpus.officialLoader(root);
    JsonLdProcessing ours = JsonLdProcessing.withLoader(LdCorpus.oursLoader(root));
    return files.stream().map(f -> {
      String rel = root.relativize(f).toString().replace('\\', '/');
      return DynamicTest.dynamicTest(rel, () -> compare(rel, LdCorpus.read(f), official, ours));
    });
  }

  private static void compare(String rel, JsonStructure doc, DocumentLoader official, JsonLdProcessing ours) {
    JsonArray expected = null;
    String officialError = null;
    try {
      expected = LdCorpus.expandOfficial(official, doc);
    } catch (JsonLdError e) {
      officialError = e.getCode().name();
    }
    JsonArray actual = null;
    String ourError = null;
    try {
      actual = ours.expand(doc, rel);
    } catch (EpcisException e) {
      ourError = e.finding().ruleId() + ": " + e.finding().message();
    }
    if (expected == null || actual == null) {
      record(rel, "error official=" + officialError + " ours=" + ourError);
      if (expected == null && actual == null && ourError.contains(officialError)) {
        return; // both reject the document for the same reason
      }
      fail("outcomes differ: official " + (officialError == null ? "expands" : "fails " + officialError)
          + ", ours " + (ourError == null ? "expands" : "fails " + ourError));
    }
    String diff = LdCorpus.firstDifference(expected, actual, "");
    record(rel, diff == null ? "identical" : "DIFFERENT " + diff);
    assertThat(diff).as("expanded form of %s", rel).isNull();

    // normalisation (expand, compact against the document's EPCIS context and inline prefixes) keeps the meaning
    // and gives the standard shape; not for the generated 932-event document (seconds of compaction)
    if (doc.toString().length() > 256 * 1024) {
      return;
    }
    JsonObject normal = ours.normalize(doc, rel);
    String ndiff = LdCorpus.firstDifference(actual, ours.expand(normal), "");
    if (ndiff != null) {
      record(rel, "NORMALISATION DIFFERENT " + ndiff);
    }
    assertThat(ndiff).as("expanded form of %s before and after normalisation", rel).isNull();
    JsonValue ctx = normal.get("@context");
    assertThat(ctx instanceof JsonArray a ? a.getString(0) : ((JsonString) ctx).getString()).isEqualTo(epcisUrl(doc));
    JsonObject body = normal.getJsonObject("epcisBody");
    JsonObject results = body == null || body.getJsonObject("queryResults") == null ? null
        : body.getJsonObject("queryResults").getJsonObject("resultsBody");
    for (JsonObject holder : java.util.Arrays.asList(body, results)) {
      if (holder != null && holder.containsKey("eventList")) {
        assertThat(holder.get("eventList")).isInstanceOf(JsonArray.class);
      }
    }
  }

  private static String epcisUrl(JsonStructure doc) {
    JsonValue ctx = ((JsonObject) doc).get("@context");
    List<JsonValue> entries = ctx instanceof JsonArray a ? a : List.of(ctx);
    return entries.stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
        .map(v -> ((JsonString) v).getString()).filter(LdCorpus.EPCIS_URLS::contains)
        .findFirst().orElseThrow();
  }

  private static synchronized void record(String rel, String outcome) {
    OUTCOMES.put(rel, outcome);
  }

  /** Probes derived from the official context: every term, every vocabulary value, scoped contexts included. */
  @TestFactory
  Stream<DynamicTest> everyOfficialTermExpandsIdentically() {
    Optional<Path> corpus = LdCorpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), LdCorpus.ABSENT);
    Path root = corpus.get();
    DocumentLoader official = LdCorpus.officialLoader(root);
    JsonLdProcessing ours = JsonLdProcessing.withLoader(LdCorpus.oursLoader(root));
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Path> e : LdCorpus.officialContextFiles(root).entrySet()) {
      String url = e.getKey();
      if (!LdCorpus.EPCIS_URLS.contains(url) || url.equals(JsonLdContexts.EPCIS_UNVERSIONED)) {
        continue; // the unversioned URL maps to the same official file as 2.0.0; the corpus covers it
      }
      JsonObject ctx = ((JsonObject) LdCorpus.read(e.getValue())).getJsonObject("@context");
      List<JsonObject> probes = new ArrayList<>();
      ProbeGenerator.probes(ctx, probes::add);
      tests.add(DynamicTest.dynamicTest(url + " (" + probes.size() + " probes)", () -> {
        List<String> diffs = new ArrayList<>();
        // in batches of 200 nodes in one @graph; a batch that fails on either side is redone probe by probe
        for (int from = 0; from < probes.size(); from += 200) {
          List<JsonObject> batch = probes.subList(from, Math.min(probes.size(), from + 200));
          var graph = Json.createArrayBuilder();
          batch.forEach(graph::add);
          JsonObject doc = Json.createObjectBuilder().add("@context", url).add("@graph", graph).build();
          String batchDiff = compareProbe(doc, official, ours);
          if (batchDiff == null) {
            String cdiff = compareCompaction(doc, url, official, ours);
            if (cdiff != null) {
              diffs.add("compaction of probes " + from + ".." + (from + batch.size()) + ": " + cdiff);
            }
          } else {
            FALLBACK_BATCHES.incrementAndGet();
            for (JsonObject probe : batch) {
              String d = compareProbe(Json.createObjectBuilder(probe).add("@context", url).build(), official, ours);
              if (d != null && !d.startsWith("both fail")) {
                diffs.add(probe + ": " + d);
              }
            }
          }
          PROBES.addAndGet(batch.size());
        }
        assertThat(diffs).as("probes expanding differently").isEmpty();
      }));
    }
    return tests.stream();
  }

  /** Null if the expanded form of {@code doc} compacts against {@code url} identically with either context. */
  private static String compareCompaction(JsonObject doc, String url, DocumentLoader official,
      JsonLdProcessing ours) {
    try {
      JsonArray expanded = LdCorpus.expandOfficial(official, doc);
      JsonObject expected = JsonLd.compact(JsonDocument.of(expanded),
          JsonDocument.of(Json.createObjectBuilder().add("@context", url).build()))
          .options(new JsonLdOptions(official)).get();
      return LdCorpus.firstDifference(expected, ours.compact(expanded, url), "");
    } catch (JsonLdError e) {
      return "official compaction failed: " + e.getCode();
    }
  }

  /** Null if both expand {@code doc} identically; else what differs ("both fail ..." if both reject it alike). */
  private static String compareProbe(JsonObject doc, DocumentLoader official, JsonLdProcessing ours) {
    JsonArray expected = null;
    JsonArray actual = null;
    String o = null;
    String u = null;
    try {
      expected = LdCorpus.expandOfficial(official, doc);
    } catch (JsonLdError ex) {
      o = ex.getCode().name();
    }
    try {
      actual = ours.expand(doc);
    } catch (EpcisException ex) {
      u = ex.getMessage();
    }
    if (o != null || u != null) {
      return o != null && u != null && u.contains(o) ? "both fail " + o : "official " + o + ", ours " + u;
    }
    return LdCorpus.firstDifference(expected, actual, "");
  }

  @AfterAll
  static void summary() {
    if (OUTCOMES.isEmpty()) {
      return;
    }
    long identical = OUTCOMES.values().stream().filter("identical"::equals).count();
    long bothFail = OUTCOMES.values().stream().filter(v -> v.startsWith("error")).count();
    List<String> different = OUTCOMES.entrySet().stream().filter(en -> en.getValue().contains("DIFFERENT"))
        .map(en -> en.getKey() + " -> " + en.getValue()).toList();
    System.out.printf("JSON-LD context equivalence: %d corpus documents, %d identical, %d rejected by both,"
        + " %d different %s; %d term probes (%d batches redone probe by probe)%n", OUTCOMES.size(), identical,
        bothFail, different.size(), different, PROBES.get(), FALLBACK_BATCHES.get());
    OUTCOMES.forEach((k, v) -> {
      if (!v.equals("identical")) {
        System.out.println("  " + k + ": " + v);
      }
    });
  }
}
