package dev.pharmatrace.epcis.rules.internal;

import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.Severity;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.rules.Profile;
import dev.pharmatrace.epcis.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects findings under a profile: its severities, disabled rules dropped, at most N findings per rule. */
final class Reporter {
  private final Profile profile;
  private final String file;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, long[]> counts = new HashMap<>();

  Reporter(Profile profile, String file) {
    this.profile = profile;
    this.file = file;
  }

  boolean on(Rule rule) {
    return profile.enabled(rule.id());
  }

  Profile profile() {
    return profile;
  }

  String file() {
    return file;
  }

  /** A location in the header (no line known): the field names the part. */
  SourceLocation header(String field) {
    return new SourceLocation(file, 0, 0, null, -1, field);
  }

  void report(Rule rule, String message, SourceLocation where) {
    Severity severity = profile.rules().get(rule.id());
    if (severity == null) {
      return;
    }
    long[] count = counts.computeIfAbsent(rule.id(), k -> new long[1]);
    if (++count[0] <= profile.maxFindingsPerRule()) {
      findings.add(new Finding(rule.id(), severity, message, where));
    }
  }

  List<Finding> finish() {
    List<Finding> all = new ArrayList<>(findings);
    counts.forEach((id, count) -> {
      long more = count[0] - profile.maxFindingsPerRule();
      if (more > 0) {
        all.add(new Finding(id, profile.rules().get(id), more + " more findings of this rule not listed "
            + "(limit maxFindingsPerRule=" + profile.maxFindingsPerRule() + ")", header(null)));
      }
    });
    return all;
  }
}
