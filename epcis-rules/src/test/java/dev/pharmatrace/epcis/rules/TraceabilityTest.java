package dev.pharmatrace.epcis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.report.Finding;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The traceability rules and the hierarchy on documents built in code. */
class TraceabilityTest {
  static final OffsetDateTime T0 = OffsetDateTime.parse("2024-03-01T08:00:00-05:00");
  static final String ITEM = "urn:epc:id:sgtin:0361234.056789.";
  static final String CASE = "urn:epc:id:sgtin:0361234.556789.";

  static ObjectEvent commission(int minute, String... epcs) {
    return ObjectEvent.builder().eventTime(T0.plusMinutes(minute)).action(Action.ADD)
        .bizStep(BizStep.COMMISSIONING).addEpcs(epcs).build();
  }

  static AggregationEvent aggregate(int minute, Action action, String parent, String... children) {
    return AggregationEvent.builder().eventTime(T0.plusMinutes(minute)).action(action)
        .bizStep(action == Action.ADD ? BizStep.PACKING : BizStep.UNPACKING).parentId(parent)
        .childEpcs(List.of(children)).build();
  }

  static ValidationResult validate(Profile profile, EpcisEvent... events) {
    EpcisDocument doc = EpcisDocument.builder().creationDate(T0.plusDays(1)).addEvents(List.of(events)).build();
    return Validator.of(profile).validate(doc, "doc.xml");
  }

  @Test
  void unpackingBeforeRepackingIsFineAndTheHierarchyFollows() {
    ValidationResult r = validate(Profile.core(),
        commission(0, ITEM + 1, ITEM + 2, CASE + "A", CASE + "B"),
        aggregate(1, Action.ADD, CASE + "A", ITEM + 1, ITEM + 2),
        aggregate(2, Action.DELETE, CASE + "A", ITEM + 2),
        aggregate(3, Action.ADD, CASE + "B", ITEM + 2));
    assertThat(r.findings()).isEmpty();
    assertThat(r.hierarchy().roots()).containsExactly(CASE + "A", CASE + "B");
    assertThat(r.hierarchy().children(CASE + "A")).containsExactly(ITEM + 1);
    assertThat(r.hierarchy().parent(ITEM + 2)).contains(CASE + "B");
    assertThat(r.hierarchy().parent(CASE + "A")).isEmpty();
    assertThat(r.hierarchy().children("urn:epc:id:sgtin:0361234.056789.404")).isEmpty();
    assertThat(r.hierarchy().size()).isEqualTo(4);
  }

  @Test
  void deleteWithoutChildrenEmptiesTheParent() {
    ValidationResult r = validate(Profile.core(),
        commission(0, ITEM + 1, ITEM + 2, CASE + "A", CASE + "B"),
        aggregate(1, Action.ADD, CASE + "A", ITEM + 1, ITEM + 2),
        aggregate(2, Action.DELETE, CASE + "A"),
        aggregate(3, Action.ADD, CASE + "B", ITEM + 1, ITEM + 2));
    assertThat(r.findings()).isEmpty();
    assertThat(r.hierarchy().children(CASE + "B")).containsExactly(ITEM + 1, ITEM + 2);
    assertThat(r.hierarchy().roots()).containsExactly(CASE + "B");
  }

  @Test
  void reparentingWithoutDeleteIsReportedAtTheChild() {
    ValidationResult r = validate(Profile.core(),
        commission(0, ITEM + 1, CASE + "A", CASE + "B"),
        aggregate(1, Action.ADD, CASE + "A", ITEM + 1),
        aggregate(2, Action.ADD, CASE + "B", ITEM + 1));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("TRACE-TWO-PARENTS");
      assertThat(f.location().eventIndex()).isEqualTo(2);
      assertThat(f.location().field()).isEqualTo("childEPCs[0]");
      assertThat(f.message()).contains(ITEM + 1, CASE + "A", CASE + "B");
    });
  }

  @Test
  void aLongerCycleIsFound() {
    ValidationResult r = validate(Profile.core(),
        commission(0, "urn:epc:id:sscc:0361234.0000000001", CASE + "A", ITEM + 1),
        aggregate(1, Action.ADD, "urn:epc:id:sscc:0361234.0000000001", CASE + "A"),
        aggregate(2, Action.ADD, CASE + "A", ITEM + 1),
        aggregate(3, Action.ADD, ITEM + 1, "urn:epc:id:sscc:0361234.0000000001"));
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("TRACE-CYCLE");
  }

  @Test
  void findingsPerRuleAreCappedWithACount() {
    List<EpcisEvent> events = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      events.add(commission(0, ITEM + i));
      events.add(commission(1, ITEM + i));
    }
    Profile p = Profile.core().toBuilder().maxFindingsPerRule(10).build();
    ValidationResult r = validate(p, events.toArray(EpcisEvent[]::new));
    assertThat(r.findings()).hasSize(11).allMatch(f -> f.ruleId().equals("TRACE-COMMISSIONED-TWICE"));
    assertThat(r.findings().get(10).message()).startsWith("20 more findings");
    assertThat(r.valid()).isFalse();
  }

  @Test
  void oneValidatorServesManyThreadsWithTheSameResults() throws Exception {
    Validator shared = Validator.of(Profile.dscsa());
    java.nio.file.Path twoParents = Fixtures.path("negative/TRACE-TWO-PARENTS.xml");
    java.nio.file.Path valid = Fixtures.path("valid-dscsa.xml");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        java.nio.file.Path file = i % 2 == 0 ? twoParents : valid;
        results.add(pool.submit(() -> Fixtures.validate(file, shared.profile()).findings().stream()
            .map(Finding::ruleId).toList()));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? List.of("TRACE-TWO-PARENTS") : List.of());
      }
    } finally {
      pool.shutdown();
    }
  }
}
