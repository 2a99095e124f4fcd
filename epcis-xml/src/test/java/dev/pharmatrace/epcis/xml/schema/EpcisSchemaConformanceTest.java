package dev.pharmatrace.epcis.xml.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.schema.OfficialXsdOracle.Result;
import dev.pharmatrace.epcis.xml.schema.OfficialXsdOracle.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every XML file of the conformance corpus: our validator's verdict (valid = no finding) must equal the official GS1
 * XSDs' verdict, computed live from {@code gs1-reference/}; the live oracle is also checked against the
 * {@code officialXsd} verdict recorded in manifest.json. Files no official schema applies to are skipped.
 */
class EpcisSchemaConformanceTest {
  private static final EpcisSchemaValidator VALIDATOR = EpcisSchemaValidator.create();

  @TestFactory
  Stream<DynamicTest> ourVerdictEqualsTheOfficialXsds() throws IOException {
    Optional<Path> corpus = ConformanceCorpus.dir();
    Optional<OfficialXsdOracle> oracle = OfficialXsdOracle.in(corpus);
    Assumptions.assumeTrue(oracle.isPresent(), ConformanceCorpus.ABSENT);
    Path root = corpus.orElseThrow();
    Map<String, ConformanceCorpus.Recorded> manifest = ConformanceCorpus.manifestVerdicts(root);
    List<Path> files = ConformanceCorpus.xmlFiles(root);
    AtomicInteger compared = new AtomicInteger();
    AtomicInteger agree = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicInteger manifestChecked = new AtomicInteger();
    List<String> disagreements = new ArrayList<>();

    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      tests.add(DynamicTest.dynamicTest(name, file.toUri(), () -> {
        Result official = oracle.get().verdict(Files.readAllBytes(file));
        ConformanceCorpus.Recorded recorded = manifest.get(name);
        if (recorded != null && official.verdict() != Verdict.NOT_APPLICABLE) {
          manifestChecked.incrementAndGet();
          crossCheck(name, official, recorded);
        }
        List<Finding> ours = VALIDATOR.validate(file);
        if (official.verdict() == Verdict.NOT_APPLICABLE) {
          // no official XSD applies to this root: ours must refuse it as an unknown root, not call it valid
          skipped.incrementAndGet();
          assertThat(ours).as("%s has a root no EPCIS schema declares", name)
              .anyMatch(f -> f.ruleId().equals("XML-ROOT"));
          return;
        }
        compared.incrementAndGet();
        boolean oursValid = ours.isEmpty();
        boolean officialValid = official.verdict() == Verdict.VALID;
        if (oursValid == officialValid) {
          agree.incrementAndGet();
        } else {
          disagreements.add(name);
        }
        assertThat(oursValid)
            .as("%s: official %s (%s), ours %s", name, official.verdict(), official.firstError(), ours)
            .isEqualTo(officialValid);
        for (Finding f : ours) {
          assertThat(f.location().file()).isEqualTo(file.toString());
          assertThat(f.location().line()).as("line of %s", f).isPositive();
        }
      }));
    }
    tests.add(DynamicTest.dynamicTest("summary", () -> {
      System.out.printf("EPCIS schema conformance: %d XML files, %d compared, %d agree, %d disagree %s, "
          + "%d with a root no official XSD applies to (refused by ours), %d live verdicts checked against manifest.json%n",
          files.size(), compared.get(), agree.get(), disagreements.size(), disagreements, skipped.get(),
          manifestChecked.get());
      assertThat(disagreements).isEmpty();
      assertThat(compared.get()).isPositive();
    }));
    return tests.stream();
  }

  /**
   * The live oracle against manifest.json. For 2.0 {@code officialXsd} is the XSD verdict. For 1.x the manifest
   * records the original 1.2 XSD's verdict in {@code officialXsd} (a document only the GS1-modified schema accepts
   * is "invalid" there) and both schemas' verdicts in the detail text ("both 1.2 XSDs: PASS", "orig1.2: FAIL ...
   * gs1-mod1.2: PASS"); the project's verdict is the union.
   */
  private static void crossCheck(String name, Result official, ConformanceCorpus.Recorded recorded) {
    if (official.original12() == null) {
      assertThat(official.verdict().name().toLowerCase())
          .as("live official verdict vs manifest.json officialXsd for %s", name).isEqualTo(recorded.verdict());
      return;
    }
    assertThat(official.original12().name().toLowerCase())
        .as("live original-1.2 verdict vs manifest.json officialXsd for %s", name).isEqualTo(recorded.verdict());
    String detail = recorded.detail();
    if (detail.startsWith("both 1.2 XSDs: PASS")) {
      assertThat(official.modified12()).as("modified 1.2 verdict of %s", name).isEqualTo(Verdict.VALID);
    } else if (detail.startsWith("both 1.2 XSDs: FAIL")) {
      assertThat(official.modified12()).as("modified 1.2 verdict of %s", name).isEqualTo(Verdict.INVALID);
    } else if (detail.contains("gs1-mod1.2: PASS")) {
      assertThat(official.modified12()).as("modified 1.2 verdict of %s", name).isEqualTo(Verdict.VALID);
    } else if (detail.contains("gs1-mod1.2: FAIL")) {
      assertThat(official.modified12()).as("modified 1.2 verdict of %s", name).isEqualTo(Verdict.INVALID);
    }
  }
}
