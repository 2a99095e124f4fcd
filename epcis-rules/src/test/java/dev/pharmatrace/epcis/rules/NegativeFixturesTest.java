package dev.pharmatrace.epcis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.report.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One negative fixture per rule: negative/RULE-ID.xml triggers that rule id and no other. */
class NegativeFixturesTest {
  static Stream<String> ruleIds() {
    return Rules.all().stream().map(Rule::id);
  }

  @Test
  void theValidShipmentHasNoFindingInAnyProfile() {
    Path valid = Fixtures.path("valid-dscsa.xml");
    assertThat(Fixtures.validate(valid, Profile.dscsa()).findings()).isEmpty();
    assertThat(Fixtures.validate(valid, Profile.core()).findings()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void eachNegativeFixtureTriggersExactlyItsRule(String ruleId) {
    Path file = Fixtures.path("negative/" + ruleId + ".xml");
    Path partner = file.resolveSibling(ruleId + ".properties");
    Profile profile = Files.exists(partner) ? ProfileFiles.load(partner) : Profile.dscsa();
    ValidationResult result = Fixtures.validate(file, profile);
    assertThat(result.findings()).as("findings of %s", file).isNotEmpty();
    assertThat(result.findings()).extracting(Finding::ruleId).as("%s", result.findings()).containsOnly(ruleId);
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.location().file()).endsWith(ruleId + ".xml"));
  }
}
