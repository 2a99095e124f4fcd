package dev.pharmatrace.epcis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.JsonEventStream;
import dev.pharmatrace.epcis.model.report.EpcisException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The rules on the shared conformance corpus: the GS1 US pharma example passes DSCSA; nothing makes a rule fail. */
class CorpusTest {
  static final String PHARMA =
      "openepcis-test-resources/1.2/EPCIS/XML/Capture/Documents/GS1_US_Pharma_Example_2_2_1_1.xml";

  @Test
  void theGs1UsPharmaExamplePassesTheDscsaProfile() {
    Path corpus = Corpus.dir().orElse(null);
    Assumptions.assumeTrue(corpus != null, Corpus.ABSENT);
    ValidationResult result = Fixtures.validate(corpus.resolve(PHARMA), Profile.dscsa());
    assertThat(result.findings()).isEmpty();
    assertThat(result.events()).isEqualTo(8);
    // 1 pallet, 3 cases of 4 items, rebuilt from the packing events
    assertThat(result.hierarchy().roots()).containsExactly("urn:epc:id:sscc:030001.41234567890");
    List<String> cases = result.hierarchy().children("urn:epc:id:sscc:030001.41234567890");
    assertThat(cases).containsExactly("urn:epc:id:sgtin:030001.1012345.110", "urn:epc:id:sgtin:030001.1012345.111",
        "urn:epc:id:sgtin:030001.1012345.121");
    assertThat(cases).allSatisfy(c -> assertThat(result.hierarchy().children(c)).hasSize(4));
    assertThat(result.hierarchy().parent("urn:epc:id:sgtin:030001.0012345.11"))
        .contains("urn:epc:id:sgtin:030001.1012345.110");
    assertThat(result.hierarchy().size()).isEqualTo(12 + 3 + 1);
  }

  @Test
  void everyCorpusDocumentTheReadersAcceptValidatesWithoutCrashing() throws IOException {
    Path corpus = Corpus.dir().orElse(null);
    Assumptions.assumeTrue(corpus != null, Corpus.ABSENT);
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".json")
              || p.toString().endsWith(".jsonld"))
          .filter(p -> !corpus.relativize(p).startsWith("gs1-reference")).sorted().toList();
    }
    int validated = 0;
    List<String> crashes = new ArrayList<>();
    for (Path file : files) {
      try {
        ValidationResult r = file.toString().endsWith(".xml") ? Fixtures.validate(file, Profile.dscsa())
            : json(file, Profile.dscsa());
        assertThat(r.findings()).allSatisfy(f -> assertThat(Rules.find(f.ruleId())).isPresent());
        validated++;
      } catch (EpcisException e) {
        // the reader refuses the file (not EPCIS, invalid on purpose): not the rules' business
      } catch (RuntimeException e) {
        crashes.add(corpus.relativize(file) + ": " + e);
      }
    }
    assertThat(crashes).isEmpty();
    assertThat(validated).isGreaterThan(100);
  }

  static ValidationResult json(Path file, Profile profile) {
    try (JsonEventStream s = EpcisJsonReader.create().open(file)) {
      ValidationSession session = Validator.of(profile).start(s.document(), file.toString());
      while (s.hasNext()) {
        session.accept(s.next(), s.lastEventLocation());
      }
      return session.finish();
    }
  }
}
