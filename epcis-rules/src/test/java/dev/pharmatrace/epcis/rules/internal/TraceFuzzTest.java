package dev.pharmatrace.epcis.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.rules.Profile;
import dev.pharmatrace.epcis.rules.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The traceability index against a model of it: random programs of commissioning, packing, unpacking and shipping
 * over a small pool of identifiers (short, odd, non-ASCII, padded with spaces, and longer than {@link IdTable}'s arena
 * takes) run on {@link Trace} and on a plain-maps re-statement of its rules; both must give the same findings (rule
 * ids in order, each naming its identifier) and the same hierarchy (every parent, every child list, the roots, the
 * size). A plain build runs 3,000 seeded programs; {@code -Dfuzz.duration=10m} fuzzes (docs/fuzzing.md).
 */
class TraceFuzzTest {
  private static final byte COMMISSIONED = 1;
  private static final byte USED = 2;

  /** Where the programs come from: a seeded {@link Random} or the fuzzer's bytes. */
  interface Source {
    int pick(int min, int max);

    String text(int maxLength);
  }

  @Test
  void seededProgramsAgreeWithTheModel() {
    Random random = new Random(18);
    for (int i = 0; i < 3_000; i++) {
      run(new Source() {
        @Override
        public int pick(int min, int max) {
          return min + random.nextInt(max - min + 1);
        }

        @Override
        public String text(int maxLength) {
          StringBuilder s = new StringBuilder();
          int n = random.nextInt(maxLength + 1);
          for (int k = 0; k < n; k++) {
            s.append("a1.:/%é\u00a0 ".charAt(random.nextInt(9)));
          }
          return s.toString();
        }
      });
    }
  }

  @FuzzTest(maxDuration = "12s")
  void trace(FuzzedDataProvider data) {
    run(new Source() {
      @Override
      public int pick(int min, int max) {
        return data.consumeInt(min, max);
      }

      @Override
      public String text(int maxLength) {
        return data.consumeString(maxLength);
      }
    });
  }

  private static final String[] CLASSES = {"urn:epc:id:sgtin:0614141.107346.", "urn:epc:id:sscc:0614141.",
      "https://id.gs1.org/01/00614141073461/21/", "", "urn:epc:id:sgtin:0614141.107346", "x"};

  static void run(Source in) {
    List<String> pool = new ArrayList<>();
    int size = in.pick(1, 10);
    for (int i = 0; i < size; i++) {
      String id = switch (in.pick(0, 3)) {
        case 0 -> CLASSES[in.pick(0, CLASSES.length - 1)] + in.text(8);
        case 1 -> CLASSES[in.pick(0, CLASSES.length - 1)] + in.pick(0, 20);
        case 2 -> CLASSES[in.pick(0, 2)] + "S".repeat(in.pick(IdTable.MAX_REST - 2, IdTable.MAX_REST + 2))
            + in.pick(0, 3);
        default -> pool.isEmpty() ? "" : " " + pool.get(in.pick(0, pool.size() - 1)) + "\t"; // the same, padded
      };
      pool.add(id);
    }
    Reporter reporter = new Reporter(Profile.dscsa(), "fuzz");
    Trace trace = new Trace(reporter);
    Model model = new Model();
    Trace.At at = field -> SourceLocation.of("fuzz", 1, 1);
    StringBuilder program = new StringBuilder();
    int ops = in.pick(0, 60);
    for (int op = 0; op < ops; op++) {
      long t = in.pick(0, 5);
      List<String> ids = new ArrayList<>();
      for (int k = in.pick(0, 4); k > 0; k--) {
        ids.add(pool.get(in.pick(0, pool.size() - 1)));
      }
      String parent = pool.get(in.pick(0, pool.size() - 1));
      int kind = in.pick(0, 3);
      program.append(List.of("commission", "pack", "unpack", "ship").get(kind)).append(" t=").append(t)
          .append(kind == 1 || kind == 2 ? " parent=" + brief(parent) : "").append(' ')
          .append(ids.stream().map(TraceFuzzTest::brief).toList()).append('\n');
      switch (kind) {
        case 0 -> {
          trace.commission(ids, t, "epcList", at);
          model.commission(ids, t);
        }
        case 1 -> {
          trace.pack(parent, ids, t, at);
          model.pack(parent, ids, t);
        }
        case 2 -> {
          trace.unpack(parent, ids, at);
          model.unpack(parent, ids);
        }
        default -> {
          trace.ship(ids, t, at);
          model.ship(ids, t);
        }
      }
    }
    List<Finding> findings = reporter.finish();
    // each finding names its identifier first: "<id> is ..."
    List<String> expected = model.findings.stream().map(f -> f[0] + " " + brief(f[1])).toList();
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      String id = i < model.findings.size() ? model.findings.get(i)[1] : "";
      // a finding shortens an identifier longer than Finding.MAX_WORD (FindingTest): the same prefix, shortened
      String named = Finding.error(f.ruleId(), id + " is ", null).message();
      actual.add(f.ruleId() + " " + (f.message().startsWith(named) ? brief(id) : f.message()));
    }
    assertThat(actual).as("findings of\n%s", program).isEqualTo(expected);
    assertThat(trace.size()).isEqualTo(model.order.size());
    for (String id : pool) {
      String key = id.strip();
      assertThat(trace.parent(id.strip())).as(key).isEqualTo(Optional.ofNullable(model.parent.get(key)));
      assertThat(trace.children(key)).as(key).isEqualTo(model.children.getOrDefault(key, List.of()));
    }
    List<String> roots = new ArrayList<>();
    for (String id : model.order) {
      if (!model.parent.containsKey(id) && !model.children.getOrDefault(id, List.of()).isEmpty()) {
        roots.add(id);
      }
    }
    assertThat(trace.roots()).isEqualTo(roots);
  }

  /** An identifier shortened for a failure message. */
  static String brief(String id) {
    return id.length() <= 60 ? id : id.substring(0, 40) + "...(" + id.length() + ")..." + id.substring(id.length() - 8);
  }

  /** The rules of {@link Trace} said again with maps: the oracle. */
  static final class Model {
    final List<String[]> findings = new ArrayList<>();
    final Set<String> order = new java.util.LinkedHashSet<>();
    final Map<String, Byte> flags = new HashMap<>();
    final Set<String> reported = new HashSet<>();
    final Map<String, Long> time = new HashMap<>();
    final Map<String, String> parent = new HashMap<>();
    final Map<String, List<String>> children = new LinkedHashMap<>();

    private void report(String rule, String id) {
      findings.add(new String[] {rule, id});
    }

    private byte flags(String id) {
      order.add(id);
      return flags.getOrDefault(id, (byte) 0);
    }

    void commission(List<String> epcs, long t) {
      for (String raw : epcs) {
        String id = raw.strip();
        byte f = flags(id);
        if ((f & COMMISSIONED) != 0) {
          report(Rules.TRACE_COMMISSIONED_TWICE.id(), id);
        } else if ((f & USED) != 0 && time.get(id) < t) {
          report(Rules.TRACE_TIME_ORDER.id(), id);
        }
        flags.put(id, (byte) (f | COMMISSIONED));
        if (f == 0 || time.get(id) < t) {
          time.put(id, t);
        }
      }
    }

    private String use(String id, long t) {
      byte f = flags(id);
      if ((f & COMMISSIONED) == 0 && !reported.contains(id)) {
        report(Rules.TRACE_NOT_COMMISSIONED.id(), id);
        reported.add(id);
      } else if (f != 0 && time.get(id) > t) {
        report(Rules.TRACE_TIME_ORDER.id(), id);
      }
      if (f == 0 || time.get(id) < t) {
        time.put(id, t);
      }
      flags.put(id, (byte) (f | USED));
      return id;
    }

    void pack(String rawParent, List<String> kids, long t) {
      String p = use(rawParent.strip(), t);
      for (String raw : kids) {
        String c = use(raw.strip(), t);
        if (c.equals(p)) {
          report(Rules.TRACE_CYCLE.id(), c);
          continue;
        }
        String cur = parent.get(c);
        if (p.equals(cur)) {
          continue;
        }
        boolean cycle = false;
        for (String a = p; a != null; a = parent.get(a)) {
          cycle |= a.equals(c);
        }
        if (cycle) {
          report(Rules.TRACE_CYCLE.id(), c);
          continue;
        }
        if (cur != null) {
          report(Rules.TRACE_TWO_PARENTS.id(), c);
          detach(c, cur);
        }
        parent.put(c, p);
        children.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
      }
    }

    void unpack(String rawParent, List<String> kids) {
      String p = rawParent.strip();
      order.add(p);
      if (kids.isEmpty()) {
        for (String c : new ArrayList<>(children.getOrDefault(p, List.of()))) {
          detach(c, p);
        }
        return;
      }
      for (String raw : kids) {
        String c = raw.strip();
        if (!order.contains(c) || !p.equals(parent.get(c))) {
          report(Rules.TRACE_DELETE_UNKNOWN.id(), c);
        } else {
          detach(c, p);
        }
      }
    }

    void ship(List<String> epcs, long t) {
      List<String> shipped = new ArrayList<>();
      for (String raw : epcs) {
        shipped.add(use(raw.strip(), t));
      }
      for (String id : shipped) {
        String up = parent.get(id);
        if (up != null && !shipped.contains(up)) {
          report(Rules.TRACE_SHIPPED_NOT_TOP_LEVEL.id(), id);
        }
      }
    }

    private void detach(String c, String p) {
      parent.remove(c);
      List<String> list = children.get(p);
      list.remove(c);
    }
  }
}
