package dev.pharmatrace.epcis.rules.internal;

import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.rules.Hierarchy;
import dev.pharmatrace.epcis.rules.Rules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The traceability index of one document: every identifier commissioned, packed or shipped, interned to an int, with
 * its state in paged primitive arrays (flags, parent, next sibling, and which of the document's distinct event times
 * was its last commissioning or packing; the first child only for containers, in a small map). About 35 bytes per
 * identifier with {@link IdTable}, so that a million serials are checked in a 64 MB heap. Runs the TRACE-* rules as
 * events arrive and is the {@link Hierarchy} afterwards.
 */
final class Trace implements Hierarchy {
  private static final byte COMMISSIONED = 1;
  private static final byte USED = 2;
  private static final byte REPORTED = 4;
  /** Walking up the parents further than this is a cycle or absurd nesting. */
  private static final int MAX_DEPTH = 10_000;

  /** Where in the current event a finding is. */
  interface At {
    SourceLocation at(String field);
  }

  private final Reporter reporter;
  private final IdTable ids = new IdTable();
  private final Paged.Bytes flags = new Paged.Bytes();
  private final Paged.Ints parent = new Paged.Ints();
  private final IntIntMap firstChild = new IntIntMap();
  private final Paged.Ints nextSibling = new Paged.Ints();
  /** Per identifier: the index in {@code times} of its last commissioning or packing time. */
  private final Paged.Ints timeIndex = new Paged.Ints();
  /** The distinct event times seen, in arrival order (consecutive equal times stored once). */
  private final Paged.Longs times = new Paged.Longs();
  private int timeCount;

  Trace(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Commissioning of {@code epcs} at {@code t} (epoch millis). */
  void commission(List<String> epcs, long t, String field, At at) {
    for (int i = 0; i < epcs.size(); i++) {
      String epc = epcs.get(i).strip();
      int id = ids.intern(epc);
      byte f = flags.get(id);
      if ((f & COMMISSIONED) != 0) {
        reporter.report(Rules.TRACE_COMMISSIONED_TWICE, epc + " is commissioned again; it was commissioned earlier "
            + "in the document (duplicate serial number)", at(at, field, i));
      } else if ((f & USED) != 0 && time(id) < t) {
        reporter.report(Rules.TRACE_TIME_ORDER, epc + " is commissioned at " + Instant.ofEpochMilli(t)
            + ", after it was packed or shipped at " + Instant.ofEpochMilli(time(id)), at(at, field, i));
      }
      flags.set(id, (byte) (f | COMMISSIONED));
      if ((f & (COMMISSIONED | USED)) == 0 || time(id) < t) {
        setTime(id, t);
      }
    }
  }

  /** Packing (AggregationEvent ADD) of {@code children} into {@code parentEpc} at {@code t}. */
  void pack(String parentEpc, List<String> children, long t, At at) {
    int p = use(parentEpc.strip(), t, "packed", at, "parentID", -1);
    for (int i = 0; i < children.size(); i++) {
      String child = children.get(i).strip();
      int c = use(child, t, "packed", at, "childEPCs", i);
      if (c == p) {
        reporter.report(Rules.TRACE_CYCLE, child + " is packed into itself", at(at, "childEPCs", i));
        continue;
      }
      int cur = parent.get(c) - 1;
      if (cur == p) {
        continue;
      }
      if (isAncestor(c, p)) {
        reporter.report(Rules.TRACE_CYCLE, child + " is packed into " + parentEpc.strip() + ", which is already "
            + "inside " + child + " (a packing cycle)", at(at, "childEPCs", i));
        continue;
      }
      if (cur >= 0) {
        reporter.report(Rules.TRACE_TWO_PARENTS, child + " is packed into " + parentEpc.strip() + " but is still in "
            + ids.name(cur) + " (no unpacking event, AggregationEvent DELETE, in between)", at(at, "childEPCs", i));
        detach(c, cur);
      }
      attach(c, p);
    }
  }

  /** Unpacking (AggregationEvent DELETE) of {@code children} (all when empty) from {@code parentEpc}. */
  void unpack(String parentEpc, List<String> children, At at) {
    int p = ids.intern(parentEpc.strip());
    if (children.isEmpty()) {
      int c;
      while ((c = firstChild.get(p) - 1) >= 0) {
        detach(c, p);
      }
      return;
    }
    for (int i = 0; i < children.size(); i++) {
      String child = children.get(i).strip();
      int c = ids.find(child);
      if (c < 0 || parent.get(c) - 1 != p) {
        reporter.report(Rules.TRACE_DELETE_UNKNOWN, child + " is unpacked from " + parentEpc.strip()
            + " but is not in it", at(at, "childEPCs", i));
      } else {
        detach(c, p);
      }
    }
  }

  /** Shipping of {@code epcs} at {@code t}. */
  void ship(List<String> epcs, long t, At at) {
    int[] shipped = new int[epcs.size()];
    for (int i = 0; i < epcs.size(); i++) {
      shipped[i] = use(epcs.get(i).strip(), t, "shipped", at, "epcList", i);
    }
    int[] sorted = shipped.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < shipped.length; i++) {
      int up = parent.get(shipped[i]) - 1;
      if (up >= 0 && Arrays.binarySearch(sorted, up) < 0) {
        reporter.report(Rules.TRACE_SHIPPED_NOT_TOP_LEVEL, epcs.get(i).strip() + " is shipped but is packed in "
            + ids.name(up) + ", which is not shipped with it (unpack it first, or ship the container)",
            at(at, "epcList", i));
      }
    }
  }

  /** Marks an identifier used (packed or shipped) at {@code t}: the commissioning and time-order checks. */
  private int use(String epc, long t, String what, At at, String field, int index) {
    int id = ids.intern(epc);
    byte f = flags.get(id);
    if ((f & COMMISSIONED) == 0 && (f & REPORTED) == 0) {
      reporter.report(Rules.TRACE_NOT_COMMISSIONED, epc + " is " + what + " but was not commissioned before "
          + "(no commissioning event for it earlier in the document)", at(at, field, index));
      f |= REPORTED;
    } else if ((f & (COMMISSIONED | USED)) != 0 && time(id) > t) {
      reporter.report(Rules.TRACE_TIME_ORDER, epc + " is " + what + " at " + Instant.ofEpochMilli(t)
          + ", before it was commissioned or packed at " + Instant.ofEpochMilli(time(id)), at(at, field, index));
    }
    if ((f & (COMMISSIONED | USED)) == 0 || time(id) < t) {
      setTime(id, t);
    }
    flags.set(id, (byte) (f | USED));
    return id;
  }

  /** The location of a field, or of item {@code index} of a list field; built only for a finding. */
  private static SourceLocation at(At at, String field, int index) {
    return at.at(index < 0 ? field : field + "[" + index + "]");
  }

  private boolean isAncestor(int candidate, int of) {
    int a = of;
    for (int depth = 0; a >= 0 && depth < MAX_DEPTH; depth++) {
      if (a == candidate) {
        return true;
      }
      a = parent.get(a) - 1;
    }
    return a >= 0;
  }

  private void attach(int c, int p) {
    parent.set(c, p + 1);
    nextSibling.set(c, firstChild.get(p));
    firstChild.set(p, c + 1);
  }

  private void detach(int c, int p) {
    int prev = -1;
    for (int x = firstChild.get(p) - 1; x >= 0; x = nextSibling.get(x) - 1) {
      if (x == c) {
        if (prev < 0) {
          firstChild.set(p, nextSibling.get(x));
        } else {
          nextSibling.set(prev, nextSibling.get(x));
        }
        break;
      }
      prev = x;
    }
    nextSibling.set(c, 0);
    parent.set(c, 0);
  }

  /** The time last set for {@code id} (0 if none). */
  private long time(int id) {
    return times.get(timeIndex.get(id));
  }

  private void setTime(int id, long t) {
    if (timeCount == 0 || times.get(timeCount - 1) != t) {
      times.set(timeCount++, t);
    }
    timeIndex.set(id, timeCount - 1);
  }

  @Override
  public List<String> roots() {
    List<String> roots = new ArrayList<>();
    for (int id = 0; id < ids.size(); id++) {
      if (parent.get(id) == 0 && firstChild.get(id) != 0) {
        roots.add(ids.name(id));
      }
    }
    return Collections.unmodifiableList(roots);
  }

  @Override
  public List<String> children(String id) {
    int p = ids.find(id);
    if (p < 0) {
      return List.of();
    }
    List<String> children = new ArrayList<>();
    for (int x = firstChild.get(p) - 1; x >= 0; x = nextSibling.get(x) - 1) {
      children.add(ids.name(x));
    }
    Collections.reverse(children);
    return Collections.unmodifiableList(children);
  }

  @Override
  public Optional<String> parent(String id) {
    int c = ids.find(id);
    return c < 0 || parent.get(c) == 0 ? Optional.empty() : Optional.of(ids.name(parent.get(c) - 1));
  }

  @Override
  public long size() {
    return ids.size();
  }
}
