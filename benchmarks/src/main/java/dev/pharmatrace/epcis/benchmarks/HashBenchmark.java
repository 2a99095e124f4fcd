package dev.pharmatrace.epcis.benchmarks;

import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.hash.EventHashChecker;
import dev.pharmatrace.epcis.model.hash.EventHashGenerator;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.XmlEventStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Event hash ID throughput: on the document {@link XmlBenchmark} generates (N ObjectEvents with 10 SGTINs and ILMD
 * each, plus N/10 AggregationEvents), a bare StAX pass (the parse floor), reading, reading + hashing every event
 * (what {@code epcis hash} does), reading + the validate checks (hash, verify, duplicate set), and the hash alone on
 * events held in memory (wall-clock and CPU time). Issue 8's goal: reading + hashing within 4x the bare StAX pass;
 * the summary line prints the factor.
 *
 * <pre>mvn -B -ntp -q install -DskipTests &amp;&amp; mvn -B -ntp -q -f benchmarks exec:exec -Dbench.main=dev.pharmatrace.epcis.benchmarks.HashBenchmark</pre>
 */
public final class HashBenchmark {
  private HashBenchmark() {}

  /** Runs the harness; args: [objectEvents] (default 100,000: 110,000 events in all). */
  public static void main(String[] args) throws IOException {
    int objectEvents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = Files.createTempDirectory("epcis-hash-bench");
    Path file = dir.resolve("bench-2.0.xml");
    try {
      long events = objectEvents + objectEvents / 10;
      XmlBenchmark.generate(file, objectEvents);
      // a warm-up pass over the whole pipeline, then the measured passes
      readAndHash(file);
      List<String> rows = new ArrayList<>();
      long[] nanos = new long[3];
      rows.add(timed(nanos, 0, "bare StAX pass (parse floor)", events, () -> XmlBenchmark.bareStax(file)));
      rows.add(timed(nanos, 1, "read 2.0", events, () -> XmlBenchmark.read(file)));
      rows.add(timed(nanos, 2, "read 2.0 + hash ID per event", events, () -> readAndHash(file)));
      rows.add(XmlBenchmark.measure("read 2.0 + hash checks (validate)", events, () -> readAndCheck(file)));
      System.out.printf("EPCIS event hash benchmark: %,d events, %,d bytes, max heap %d MB, Java %s, %d cores%n",
          events, Files.size(file), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      System.out.printf("%-38s %10s %12s %14s%n", "step", "seconds", "events/s", "peak heap MB");
      rows.forEach(System.out::println);
      double hashSeconds = (nanos[2] - nanos[1]) / 1e9;
      System.out.printf("hash alone (read + hash - read): %,.0f events/s; read + hash = %.1fx the bare StAX pass%n",
          events / hashSeconds, (double) nanos[2] / nanos[0]);
      hashInMemory(file, events);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  /**
   * The hash alone, without I/O: the first 5,500 events (5,000 ObjectEvents, 500 AggregationEvents: the document's
   * mix) held in memory and hashed until {@code events} hashes are done; wall-clock and this thread's CPU time
   * (the CPU figure is steadier on a loaded machine).
   */
  private static void hashInMemory(Path file, long events) {
    List<EpcisEvent> sample = new ArrayList<>();
    try (XmlEventStream s = EpcisXmlReader.create().open(file)) {
      while (s.hasNext() && sample.size() < 5_500) {
        sample.add(s.next());
      }
    }
    EventHashGenerator hashes = EventHashGenerator.create();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (EpcisEvent e : sample) {
      sink += hashes.hashId(e).length();
    }
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long done = 0;
    while (done < events) {
      for (EpcisEvent e : sample) {
        sink += hashes.hashId(e).length();
      }
      done += sample.size();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    System.out.printf("hash only, events in memory: %,d hashes in %.2f s (%,.0f events/s), %.2f s CPU (%,.0f events "
        + "per CPU second)%s%n", done, wall, done / wall, cpuSeconds, done / cpuSeconds, sink > 0 ? "" : "!");
  }

  private static String timed(long[] nanos, int slot, String name, long events, XmlBenchmark.Step step) {
    long start = System.nanoTime();
    String row = XmlBenchmark.measure(name, events, step);
    nanos[slot] = System.nanoTime() - start;
    return row;
  }

  private static long readAndHash(Path file) {
    EventHashGenerator hashes = EventHashGenerator.create();
    long n = 0;
    long sink = 0;
    try (XmlEventStream s = EpcisXmlReader.create().open(file)) {
      while (s.hasNext()) {
        sink += hashes.hashId(s.next()).length();
        n++;
      }
    }
    return sink > 0 ? n : -1;
  }

  private static long readAndCheck(Path file) {
    EventHashChecker.Session checks = EventHashChecker.create().newSession(file.toString());
    long n = 0;
    try (XmlEventStream s = EpcisXmlReader.create().open(file)) {
      while (s.hasNext()) {
        EpcisEvent e = s.next();
        if (!checks.check(e).isEmpty()) {
          throw new IllegalStateException("unexpected finding at event " + n);
        }
        n++;
      }
    }
    return n;
  }
}
