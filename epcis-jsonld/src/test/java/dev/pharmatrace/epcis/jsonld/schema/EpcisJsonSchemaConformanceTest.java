package dev.pharmatrace.epcis.jsonld.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator;
import dev.pharmatrace.epcis.model.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our schema's verdict equals the official GS1 JSON Schema's on every EPCIS 2.0 JSON / JSON-LD file of the
 * conformance corpus. The official verdict is computed live (networknt json-schema-validator over
 * {@code gs1-reference/EPCIS-JSON-Schema.json}); manifest.json's {@code officialJsonSchema} (computed with an older
 * networknt release) is compared too, and a difference is reported, the live verdict being the reference.
 *
 * <p>The verdict compared is that of the schema findings: a repeated member name, which a JSON Schema cannot see
 * (the parser has already kept one value), is reported by our validator as {@code JSON-DUPLICATE-KEY} on top and
 * listed in the summary (GS1's {@code AssociationEvent-h.jsonld} repeats {@code eventID}).
 */
class EpcisJsonSchemaConformanceTest {
  private static final EpcisJsonSchemaValidator VALIDATOR = EpcisJsonSchemaValidator.create();
  private static final AtomicInteger FILES = new AtomicInteger();
  private static final AtomicInteger AGREE = new AtomicInteger();
  private static final AtomicInteger DISAGREE = new AtomicInteger();
  private static final AtomicInteger VALID = new AtomicInteger();
  private static final Map<String, String> EXCLUDED = new ConcurrentHashMap<>();
  private static final Map<String, String> MANIFEST_DIFFERS = new ConcurrentHashMap<>();
  private static final Map<String, String> DUPLICATE_KEYS = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicTest> sameVerdictAsOfficialSchema() throws IOException {
    Path corpus = JsonConformanceCorpus.dir().orElse(null);
    assumeTrue(corpus != null, JsonConformanceCorpus.ABSENT);
    Map<String, String> manifest = JsonConformanceCorpus.manifestVerdicts(corpus);
    // files that are not EPCIS documents (REST query definitions, validated by another schema) are not compared
    return JsonConformanceCorpus.jsonFiles(corpus).stream().filter(file -> {
      String excluded = JsonConformanceCorpus.exclusion(corpus, file);
      if (excluded != null) {
        EXCLUDED.put(JsonConformanceCorpus.rel(corpus, file), excluded);
      }
      return excluded == null;
    }).map(file -> {
      String rel = JsonConformanceCorpus.rel(corpus, file);
      return DynamicTest.dynamicTest(rel, () -> check(corpus, file, rel, manifest.get(rel)));
    });
  }

  private static void check(Path corpus, Path file, String rel, String manifestVerdict) throws IOException {
    FILES.incrementAndGet();
    byte[] bytes = Files.readAllBytes(file);
    List<Error> official = JsonConformanceCorpus.official(corpus).validate(JsonConformanceCorpus.parse(bytes));
    boolean officialValid = official.isEmpty();
    if (manifestVerdict != null && manifestVerdict.equals("valid") != officialValid) {
      MANIFEST_DIFFERS.put(rel, "manifest " + manifestVerdict + ", live " + (officialValid ? "valid" : "invalid"));
      System.out.println("[conformance] manifest verdict differs from the live official verdict for " + rel
          + ": manifest " + manifestVerdict + ", live " + (officialValid ? "valid" : "invalid")
          + " (the live verdict is used)");
    }

    List<Finding> all = VALIDATOR.validate(file);
    // a repeated member name is reported on its own (JSON-DUPLICATE-KEY); the schema verdict is that of the rest
    List<Finding> ours = all.stream().filter(f -> !f.ruleId().equals("JSON-DUPLICATE-KEY")).toList();
    all.stream().filter(f -> f.ruleId().equals("JSON-DUPLICATE-KEY"))
        .forEach(f -> DUPLICATE_KEYS.merge(rel, f.location().jsonPointer(), (a, b) -> a + ", " + b));
    boolean oursValid = ours.isEmpty();
    if (oursValid == officialValid) {
      AGREE.incrementAndGet();
    } else {
      DISAGREE.incrementAndGet();
    }
    if (oursValid) {
      VALID.incrementAndGet();
    }
    assertThat(oursValid)
        .as("verdict for %s: official %s %s, ours %s", rel, officialValid ? "valid" : "invalid",
            official.stream().limit(5).map(Error::toString).collect(Collectors.toList()), ours)
        .isEqualTo(officialValid);
    // every schema finding is located: a JSON pointer and a line
    for (Finding f : ours) {
      assertThat(f.ruleId()).startsWith("JSON-SCHEMA");
      assertThat(f.location().jsonPointer()).as("pointer of %s", f).isNotNull();
      assertThat(f.location().line()).as("line of %s", f).isPositive();
      assertThat(f.location().file()).isEqualTo(file.toString());
    }
  }

  @AfterAll
  static void summary() {
    if (FILES.get() == 0 && EXCLUDED.isEmpty()) {
      return;
    }
    System.out.printf("[conformance] EPCIS JSON Schema: %d files compared, %d agree, %d disagree (%d valid), %d"
        + " excluded, %d manifest verdicts differ from the live official verdict%n", FILES.get(), AGREE.get(),
        DISAGREE.get(), VALID.get(), EXCLUDED.size(), MANIFEST_DIFFERS.size());
    EXCLUDED.forEach((k, v) -> System.out.println("[conformance]   excluded " + k + ": " + v));
    DUPLICATE_KEYS.forEach((k, v) -> System.out.println("[conformance]   JSON-DUPLICATE-KEY (not seen by the official"
        + " schema, whose parser keeps the last value) in " + k + ": " + v));
  }
}
