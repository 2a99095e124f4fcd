package dev.pharmatrace.epcis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md carries the rule catalogue generated from {@link Rules} between two markers. This test regenerates
 * it and fails when the committed file differs; run with {@code -Depcis.rules.doc.update=true} to rewrite it.
 */
class RulesDocTest {
  static final String BEGIN = "<!-- BEGIN GENERATED CATALOGUE (RulesDocTest) -->";
  static final String END = "<!-- END GENERATED CATALOGUE -->";

  static String catalogue() {
    Profile core = Profile.core();
    Profile dscsa = Profile.dscsa();
    StringBuilder s = new StringBuilder();
    Set<String> groups = new LinkedHashSet<>();
    Rules.all().forEach(r -> groups.add(r.group()));
    for (String group : groups) {
      s.append("\n### ").append(group).append("\n\n");
      s.append("| Rule id | core | dscsa | Checks |\n| --- | --- | --- | --- |\n");
      for (Rule r : Rules.all()) {
        if (r.group().equals(group)) {
          s.append("| `").append(r.id()).append("` | ").append(cell(core, r)).append(" | ").append(cell(dscsa, r))
              .append(" | ").append(r.title().replace("|", "\\|")).append(" |\n");
        }
      }
      s.append('\n');
      for (Rule r : Rules.all()) {
        if (r.group().equals(group)) {
          s.append("- **").append(r.id()).append("**: ").append(r.explanation()).append('\n');
        }
      }
    }
    return s.toString();
  }

  private static String cell(Profile p, Rule r) {
    return p.severity(r.id()).map(Severity::label).orElse("off");
  }

  @Test
  void docsRulesMdCarriesTheCatalogueGeneratedFromTheCode() throws IOException {
    Path doc = Path.of(System.getProperty("epcis.rules.doc", "../docs/rules.md"));
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    assertThat(begin).as("%s has the marker %s", doc, BEGIN).isNotNegative();
    assertThat(end).as("%s has the marker %s", doc, END).isGreaterThan(begin);
    String generated = text.substring(0, begin + BEGIN.length()) + "\n" + catalogue() + text.substring(end);
    if (!generated.equals(text) && Boolean.getBoolean("epcis.rules.doc.update")) {
      Files.writeString(doc, generated, StandardCharsets.UTF_8);
      return;
    }
    assertThat(text).as("docs/rules.md is out of date: run mvn -pl epcis-rules -am verify -Dtest=RulesDocTest "
        + "-Dsurefire.failIfNoSpecifiedTests=false -Depcis.rules.doc.update=true").isEqualTo(generated);
  }

  @Test
  void everyRuleIsDocumentedAndHasANegativeFixture() {
    for (Rule r : Rules.all()) {
      assertThat(catalogue()).contains("`" + r.id() + "`");
      assertThat(Fixtures.class.getResource("negative/" + r.id() + ".xml")).as(r.id()).isNotNull();
    }
  }
}
