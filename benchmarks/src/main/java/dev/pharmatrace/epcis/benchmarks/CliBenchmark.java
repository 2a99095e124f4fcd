package dev.pharmatrace.epcis.benchmarks;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.JsonEventStream;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.XmlEventStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The end-to-end performance table of issue 8: generates the benchmark document (N ObjectEvents with 10 SGTINs and
 * ILMD each, plus N/10 AggregationEvents of 100 children, as EPCIS 2.0 XML), then runs the {@code epcis} jar on it as
 * whole processes in a small heap ({@code convert} both ways, {@code validate}, {@code hash}, and {@code validate} on
 * a one-event file for startup), next to bare parse passes over the same files in the same heap ({@link Floors}: the
 * JDK's StAX, Woodstox, Jackson). Each step runs {@code bench.runs} times; the best time is kept, so that a
 * neighbour's burst on a shared machine does not count. Prints time, ratio to the parse floor of the step's input
 * (best step over best floor), the paired ratio (the floor runs right before each run of the step; the median of the
 * pairs' ratios, steadier when the machine's speed drifts), events/s and peak RSS, then checks that the round trip
 * XML -> JSON-LD -> XML gives back every event equal. The steps run twice: as {@code java -jar} (the JVM's defaults)
 * and through the {@code epcis} launcher next to the jar (its class-data-sharing archive and JVM options for batch
 * runs), whose rows are measured against floors run with the launcher's JVM options.
 *
 * <p>One command from a fresh clone (the {@code benchmark} profile binds this harness to {@code verify}):
 *
 * <pre>mvn -B -ntp -q verify -DskipTests -Pbenchmark [-Dbench.events=100000] [-Dbench.runs=3] [-Dbench.heap=64m]</pre>
 *
 * <p>System properties: {@code bench.jar} (the CLI jar), {@code bench.events} (ObjectEvents, default 100,000 =
 * 110,000 events), {@code bench.runs} (default 3), {@code bench.heap} (default 64m), {@code bench.dir} (keep the
 * files there instead of a deleted temp directory), {@code bench.launcher} ({@code false}: only the launcher's
 * startup rows, not its large steps).
 */
public final class CliBenchmark {
  private final Path jar;
  private final String heap;
  private final int runs;
  private final List<String> rows = new ArrayList<>();
  private boolean failed;

  private CliBenchmark(Path jar, String heap, int runs) {
    this.jar = jar;
    this.heap = heap;
    this.runs = runs;
  }

  /** Runs the harness (configured by system properties, see the class comment). */
  public static void main(String[] args) throws Exception {
    Path jar = Path.of(System.getProperty("bench.jar", "epcis-cli/target/epcis.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      System.err.println("CLI jar not found: " + jar + " (build it: mvn -B -ntp -q package -DskipTests)");
      System.exit(2);
    }
    int objectEvents = Integer.getInteger("bench.events", 100_000);
    CliBenchmark bench = new CliBenchmark(jar, System.getProperty("bench.heap", "64m"),
        Integer.getInteger("bench.runs", 3));
    String keep = System.getProperty("bench.dir", "");
    Path dir = keep.isEmpty() ? Files.createTempDirectory("epcis-cli-bench") : Files.createDirectories(Path.of(keep));
    try {
      bench.run(dir, objectEvents);
    } finally {
      if (keep.isEmpty()) {
        try (var files = Files.walk(dir)) {
          for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(f); // the files, the launcher's archive folder, the folder
          }
        }
      }
    }
  }

  private void run(Path dir, int objectEvents) throws Exception {
    Path xml = dir.resolve("bench.xml");
    Path jsonld = dir.resolve("bench.jsonld");
    Path back = dir.resolve("bench-back.xml");
    Path tiny = dir.resolve("tiny.xml");
    Path hashes = dir.resolve("hashes.txt");
    long events = XmlBenchmark.generate(xml, objectEvents);
    XmlBenchmark.generate(tiny, 1);
    System.out.printf(Locale.ROOT, "EPCIS CLI benchmark: %,d events; 2.0 XML %,d bytes; heap -Xmx%s; best of %d runs;"
        + " Java %s; %d cores; %s%n", events, Files.size(xml), heap, runs, System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), cpuModel());
    System.out.printf(Locale.ROOT, "%-44s %8s %9s %8s %12s %9s%n", "step (whole process)", "seconds", "x floor",
        "paired", "events/s", "RSS MB");

    Cmd stax = floor("jdk", xml, events, List.of());
    double staxFloor = step("floor: JDK StAX pass over the XML", events, 0, null, stax);
    step("floor: Woodstox StAX pass over the XML", events, staxFloor, null, floor("woodstox", xml, events, List.of()));
    step("epcis convert XML -> JSON-LD", events, staxFloor, stax,
        epcis(0, "convert", xml.toString(), "--to", "jsonld", "-q", "-o", jsonld.toString()));
    System.out.printf(Locale.ROOT, "(JSON-LD %,d bytes)%n", Files.size(jsonld));
    Cmd jackson = floor("jackson", jsonld, events, List.of());
    double jsonFloor = step("floor: Jackson pass over the JSON-LD", events, 0, null, jackson);
    step("epcis convert JSON-LD -> XML", events, jsonFloor, jackson,
        epcis(0, "convert", jsonld.toString(), "--to", "xml", "-q", "-o", back.toString()));
    step("epcis validate XML (schema + core rules)", events, staxFloor, stax,
        epcis(0, "validate", "-q", xml.toString()));
    step("epcis hash XML", events, staxFloor, stax, hash(epcis(0, "hash", "-q", xml.toString()), hashes, events));
    step("epcis validate JSON-LD (schema + core rules)", events, jsonFloor, jackson,
        epcis(0, "validate", "-q", jsonld.toString()));
    step("epcis hash JSON-LD", events, jsonFloor, jackson,
        hash(epcis(0, "hash", "-q", jsonld.toString()), hashes, events));
    step("epcis validate, one-event file (startup)", 1, 0, null, epcis(0, "validate", "-q", tiny.toString()));
    step("epcis --version (JVM + command line)", 0, 0, null, epcis(0, "--version"));
    Path launcher = jar.resolveSibling("epcis");
    if (Files.isExecutable(launcher) && Files.isExecutable(Path.of("/bin/sh"))) {
      Path cds = dir.resolve("cds");
      if (trainLauncher(launcher, cds)) {
        step("launcher epcis validate, one-event file (CDS)", 1, 0, null,
            launcher(launcher, cds, "validate", "-q", tiny.toString()));
        step("launcher epcis --version (CDS)", 0, 0, null, launcher(launcher, cds, "--version"));
        if (Boolean.parseBoolean(System.getProperty("bench.launcher", "true"))) {
          // the large steps as the epcis command runs them, against floors run with the same JVM options
          List<String> options = launcherOptions(launcher, cds);
          System.out.println("launcher JVM options (floors below use them too): " + String.join(" ", options));
          Cmd stax2 = floor("jdk", xml, events, options);
          double staxFloor2 = step("floor: JDK StAX pass, launcher's options", events, 0, null, stax2);
          Cmd jackson2 = floor("jackson", jsonld, events, options);
          double jsonFloor2 = step("floor: Jackson pass, launcher's options", events, 0, null, jackson2);
          Path jsonld2 = dir.resolve("bench-launcher.jsonld");
          step("launcher convert XML -> JSON-LD", events, staxFloor2, stax2,
              launcher(launcher, cds, "convert", xml.toString(), "--to", "jsonld", "-q", "-o", jsonld2.toString()));
          step("launcher convert JSON-LD -> XML", events, jsonFloor2, jackson2,
              launcher(launcher, cds, "convert", jsonld.toString(), "--to", "xml", "-q", "-o",
                  dir.resolve("bench-launcher-back.xml").toString()));
          step("launcher validate XML", events, staxFloor2, stax2,
              launcher(launcher, cds, "validate", "-q", xml.toString()));
          step("launcher hash XML", events, staxFloor2, stax2,
              hash(launcher(launcher, cds, "hash", "-q", xml.toString()), hashes, events));
          step("launcher validate JSON-LD", events, jsonFloor2, jackson2,
              launcher(launcher, cds, "validate", "-q", jsonld.toString()));
          step("launcher hash JSON-LD", events, jsonFloor2, jackson2,
              hash(launcher(launcher, cds, "hash", "-q", jsonld.toString()), hashes, events));
          if (Files.mismatch(jsonld, jsonld2) != -1) {
            System.out.println("launcher convert XML -> JSON-LD: output differs from java -jar's");
            failed = true;
          }
        }
      } else {
        System.out.println("launcher: no class-data-sharing archive after 180 s; rows skipped");
      }
    }

    long equal = Files.exists(back) ? sameEvents(xml, back, jsonld) : 0;
    System.out.printf(Locale.ROOT, "round trip XML -> JSON-LD -> XML: %,d of %,d events equal%n", equal, events);
    if (equal != events || failed) {
      System.err.println(failed ? "a step failed (see the table)" : "the round trip lost or changed events");
      System.exit(1);
    }
  }

  /**
   * One whole-process step: runs it {@code runs} times, prints the best, returns its seconds (0 when it failed: the
   * row says why, and the table goes on). With a {@code pairedFloor}, that floor runs right before each run of the
   * step, and the row also gives the median of the ratios of each pair: a machine whose speed drifts during the run
   * (a shared host, I/O) moves both halves of a pair alike, where best-of-runs compares a fast floor moment with a
   * slow step moment.
   */
  private double step(String name, long events, double floorSeconds, Cmd pairedFloor, Cmd cmd) throws Exception {
    double best = Double.MAX_VALUE;
    long rss = 0;
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Result r;
      try {
        double floorRun = pairedFloor == null ? 0 : pairedFloor.run().seconds;
        r = cmd.run();
        if (floorRun > 0) {
          ratios.add(r.seconds / floorRun);
        }
      } catch (IllegalStateException e) {
        String row = String.format(Locale.ROOT, "%-44s FAILED: %s", name, e.getMessage());
        rows.add(row);
        System.out.println(row);
        failed = true;
        return 0;
      }
      if (r.seconds < best) {
        best = r.seconds;
        rss = r.peakRssKb;
      }
    }
    String ratio = floorSeconds > 0 ? String.format(Locale.ROOT, "%.2f", best / floorSeconds) : "";
    String paired = ratios.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", median(ratios));
    String rate = events > 1 ? String.format(Locale.ROOT, "%,.0f", events / best) : "";
    String row = String.format(Locale.ROOT, "%-44s %8.2f %9s %8s %12s %9s", name, best, ratio, paired, rate,
        rss > 0 ? String.format(Locale.ROOT, "%.0f", rss / 1024.0) : "n/a");
    rows.add(row);
    System.out.println(row);
    return best;
  }

  /** The median of a non-empty list (the mean of the middle two for an even size). */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private interface Cmd {
    Result run() throws Exception;
  }

  private record Result(double seconds, long peakRssKb, String stdout) {}

  private Cmd floor(String kind, Path file, long events, List<String> jvmOptions) {
    List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + heap));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Floors.class.getName(), kind, file.toString()));
    return () -> {
      Result r = exec(0, cmd);
      if (Long.parseLong(r.stdout.trim()) != events) {
        throw new IllegalStateException(kind + " floor counted " + r.stdout.trim() + " events, expected " + events);
      }
      return r;
    };
  }

  private Cmd epcis(int expectedExit, String... args) {
    List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    return () -> exec(expectedExit, cmd);
  }

  /** The launcher script next to the jar, with its archive in {@code cds} and this harness's heap. */
  private Cmd launcher(Path launcher, Path cds, String... args) {
    return launcher(launcher, cds, Map.of(), args);
  }

  private Cmd launcher(Path launcher, Path cds, Map<String, String> moreEnv, String... args) {
    List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
    cmd.addAll(List.of(args));
    Map<String, String> env = new java.util.HashMap<>(Map.of("EPCIS_CDS_DIR", cds.toString(), "EPCIS_JAVA_OPTS",
        "-Xmx" + heap, "JAVA_HOME", System.getProperty("java.home")));
    env.putAll(moreEnv);
    return () -> exec(0, cmd, env);
  }

  /**
   * The JVM options the launcher adds for a run (its dry run prints the command line), without the class-data-sharing
   * ones and this harness's heap: what the floors need to run like the launcher's JVM.
   */
  private List<String> launcherOptions(Path launcher, Path cds) throws Exception {
    String line = launcher(launcher, cds, Map.of("EPCIS_DRY_RUN", "1"), "--version").run().stdout.strip();
    List<String> options = new ArrayList<>();
    for (String word : line.substring(0, line.indexOf(" -jar ")).split(" ")) {
      if (word.startsWith("-") && !word.startsWith("-Xmx") && !word.startsWith("-Xshare")
          && !word.startsWith("-XX:SharedArchiveFile") && !word.startsWith("-Xlog:cds")) {
        options.add(word);
      }
    }
    return options;
  }

  /** Runs the launcher once so that it makes its archive (in the background), and waits for it. */
  private boolean trainLauncher(Path launcher, Path cds) throws Exception {
    launcher(launcher, cds, "--version").run();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      try (var files = Files.list(cds)) {
        List<String> names = files.map(f -> f.getFileName().toString()).toList();
        if (names.stream().anyMatch(n -> n.endsWith(".jsa")) && names.stream().noneMatch(n -> n.endsWith(".lock"))) {
          return true;
        }
      }
      Thread.sleep(200);
    }
    return false;
  }

  /** A hash step that checks it printed one ID per event. */
  private Cmd hash(Cmd hash, Path out, long events) {
    return () -> {
      Result r = hash.run();
      long lines = r.stdout.lines().filter(l -> l.startsWith("ni:///sha-256;")).count();
      if (lines != events) {
        throw new IllegalStateException("hash printed " + lines + " IDs, expected " + events);
      }
      Files.writeString(out, "");
      return r;
    };
  }

  /** Runs a process, stdout to a temp file, polling its peak RSS (VmHWM) while it runs. */
  private static Result exec(int expectedExit, List<String> command) throws Exception {
    return exec(expectedExit, command, Map.of());
  }

  private static Result exec(int expectedExit, List<String> command, Map<String, String> env) throws Exception {
    Path stdout = Files.createTempFile("epcis-bench", ".out");
    Path stderr = Files.createTempFile("epcis-bench", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile())
          .redirectError(stderr.toFile());
      pb.environment().putAll(env);
      long start = System.nanoTime();
      Process p = pb.start();
      AtomicLong hwm = new AtomicLong();
      Path status = Path.of("/proc/" + p.pid() + "/status");
      while (!p.waitFor(5, TimeUnit.MILLISECONDS)) {
        hwm.accumulateAndGet(vmHwmKb(status), Math::max);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (p.exitValue() != expectedExit) {
        List<String> err = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        throw new IllegalStateException("exit " + p.exitValue() + (err.isEmpty() ? "" : ": " + err.get(0)));
      }
      return new Result(seconds, hwm.get(), Files.readString(stdout, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  private static long vmHwmKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process has just ended, or there is no /proc here: no figure
    }
    return 0;
  }

  /** Reads the original and the round-tripped XML side by side, and the JSON-LD, and counts equal event triples. */
  private static long sameEvents(Path xml, Path back, Path jsonld) {
    long equal = 0;
    try (XmlEventStream a = EpcisXmlReader.create().open(xml); XmlEventStream b = EpcisXmlReader.create().open(back);
        JsonEventStream j = EpcisJsonReader.create().open(jsonld)) {
      while (a.hasNext()) {
        EpcisEvent e = a.next();
        if (b.hasNext() && j.hasNext() && e.equals(b.next()) && e.equals(j.next())) {
          equal++;
        }
      }
      if (b.hasNext() || j.hasNext()) {
        return -1;
      }
    }
    return equal;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("");
    } catch (IOException e) {
      return "";
    }
  }
}
