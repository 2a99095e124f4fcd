package dev.pharmatrace.epcis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.cli.CliProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code epcis} launcher script next to the jar: it must behave exactly like {@code java -jar epcis.jar} (output,
 * exit codes), create its class-data-sharing archive on first use and then run with it, and make it again for a
 * rebuilt jar.
 */
class LauncherIT {
  private Path launcher;
  private Path jar;

  @BeforeEach
  void posixShell() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell here: the launcher is for sh");
    launcher = Path.of(System.getProperty("epcis.launcher", "target/epcis"));
    jar = Path.of(System.getProperty("epcis.jar", "target/epcis.jar"));
    assertThat(launcher).as("the build puts the launcher next to the jar").isExecutable();
  }

  private static Result launch(Path dir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(System.getProperty("epcis.launcher", "target/epcis")));
    command.addAll(List.of(args));
    Map<String, String> environment = new HashMap<>(env);
    environment.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
    return CliProcess.run(dir, command, environment);
  }

  private static List<Path> archives(Path cds) throws IOException {
    if (!Files.isDirectory(cds)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(cds)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
    }
  }

  private static Path awaitArchive(Path cds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      List<Path> found = archives(cds);
      try (Stream<Path> s = Files.list(cds)) {
        boolean training = s.anyMatch(p -> p.getFileName().toString().endsWith(".lock"));
        if (!found.isEmpty() && !training) {
          return found.get(0);
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no class-data-sharing archive in " + cds + " after 180 s");
  }

  @Test
  void behavesLikeTheJarAndStartsFromItsArchiveOnceMade(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ok.xml"), CliIT.VALID);
    Files.writeString(dir.resolve("bad.xml"), CliIT.VALID.replace("OBSERVE", "CREATE"));
    Path cds = dir.resolve("cds");
    Map<String, String> env = Map.of("EPCIS_CDS_DIR", cds.toString());

    Result plain = CliIT.run(dir, "validate", "ok.xml", "bad.xml");
    Result first = launch(dir, env, "validate", "ok.xml", "bad.xml");
    assertThat(first.exit()).isEqualTo(plain.exit()).isEqualTo(1);
    assertThat(first.out()).isEqualTo(plain.out()).contains("bad.xml:");
    assertThat(first.err()).isEqualTo(plain.err());

    Path archive = awaitArchive(cds);
    assertThat(Files.size(archive)).isGreaterThan(1_000_000);

    Path classes = dir.resolve("classes.log");
    Result second = launch(dir, Map.of("EPCIS_CDS_DIR", cds.toString(),
        "EPCIS_JAVA_OPTS", "-Xlog:class+load:file=" + classes), "validate", "ok.xml", "bad.xml");
    assertThat(second).isEqualTo(plain);
    List<String> ours = Files.readAllLines(classes).stream()
        .filter(l -> l.contains(" dev.pharmatrace.epcis.") && !l.contains("$$Lambda")).toList();
    assertThat(ours.stream().filter(l -> l.contains("source: shared objects file")).count())
        .as("most of our classes come from the archive: %s", ours).isGreaterThan(ours.size() / 2);

    // usage errors and other commands pass through unchanged
    assertThat(launch(dir, env, "validate", "--no-such-option", "ok.xml"))
        .isEqualTo(CliIT.run(dir, "validate", "--no-such-option", "ok.xml"));
    assertThat(launch(dir, env, "--version")).isEqualTo(CliIT.run(dir, "--version"));
  }

  @Test
  void aRebuiltJarGetsANewArchive(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("epcis.jar");
    Files.copy(jar, copy);
    Path cds = dir.resolve("cds");
    Map<String, String> env = Map.of("EPCIS_CDS_DIR", cds.toString(), "EPCIS_JAR", copy.toString());
    assertThat(launch(dir, env, "--version").exit()).isZero();
    Path archive = awaitArchive(cds);
    Instant made = Files.getLastModifiedTime(archive).toInstant();

    Files.setLastModifiedTime(copy, FileTime.from(made.plusSeconds(60))); // "rebuilt" after the archive
    assertThat(launch(dir, env, "--version").exit()).isZero();
    Path again = awaitArchive(cds);
    assertThat(again).isEqualTo(archive);
    assertThat(Files.getLastModifiedTime(again).toInstant()).as("made again").isAfter(made);
  }

  @Test
  void withoutArchiveOrJar(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ok.xml"), CliIT.VALID);
    Path cds = dir.resolve("cds");
    Result off = launch(dir, Map.of("EPCIS_CDS", "0", "EPCIS_CDS_DIR", cds.toString()), "validate", "ok.xml");
    assertThat(off).isEqualTo(CliIT.run(dir, "validate", "ok.xml"));
    assertThat(cds).doesNotExist();

    Result missing = launch(dir, Map.of("EPCIS_JAR", dir.resolve("nowhere.jar").toString()), "--version");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot find the jar").contains("EPCIS_JAR");
  }

  @Test
  void tunesTheJvmForABatchRunUnlessTheUserChoosesOtherwise(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a b.xml"), CliIT.VALID);
    Map<String, String> noCds = Map.of("EPCIS_CDS", "0");
    String jarPath = jar.toString();

    // the command line it runs: our options, then the user's, then the jar and the arguments
    Result dry = launch(dir, Map.of("EPCIS_CDS", "0", "EPCIS_DRY_RUN", "1", "EPCIS_JAVA_OPTS", "-Xmx2g"),
        "validate", "a b.xml");
    assertThat(dry.exit()).isZero();
    assertThat(dry.out().strip()).endsWith("-XX:+UseParallelGC -XX:FreqInlineSize=150 -Xmx2g -jar " + jarPath
        + " validate a b.xml");
    Result untuned = launch(dir, Map.of("EPCIS_CDS", "0", "EPCIS_DRY_RUN", "1", "EPCIS_JVM_TUNING", "0"), "--version");
    assertThat(untuned.out().strip()).endsWith(" -jar " + jarPath + " --version").doesNotContain("-XX:");
    // a dry run makes no archive
    Path cds = dir.resolve("cds");
    assertThat(launch(dir, Map.of("EPCIS_CDS_DIR", cds.toString(), "EPCIS_DRY_RUN", "1"), "--version").exit())
        .isZero();
    assertThat(cds).doesNotExist();

    // really: the parallel collector, and a file name with a space arrives as one argument
    Path gc = dir.resolve("gc.log");
    Result tuned = launch(dir, Map.of("EPCIS_CDS", "0", "EPCIS_JAVA_OPTS", "-Xlog:gc:file=" + gc), "validate",
        "a b.xml");
    assertThat(tuned).isEqualTo(CliIT.run(dir, "validate", "a b.xml"));
    assertThat(tuned.exit()).isZero();
    assertThat(Files.readString(gc)).contains("Using Parallel");

    // a collector of the user's wins, from any of the three places a JVM takes options from (two would be an error)
    for (String variable : List.of("EPCIS_JAVA_OPTS", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
      Files.deleteIfExists(gc);
      Map<String, String> env = new HashMap<>(noCds);
      env.put(variable, "-XX:+UseSerialGC" + (variable.equals("EPCIS_JAVA_OPTS") ? " -Xlog:gc:file=" + gc : ""));
      if (!variable.equals("EPCIS_JAVA_OPTS")) {
        env.put("EPCIS_JAVA_OPTS", "-Xlog:gc:file=" + gc);
      }
      Result own = launch(dir, env, "validate", "a b.xml");
      assertThat(own.exit()).as(variable).isZero();
      assertThat(own.out()).as(variable).isEmpty();
      assertThat(Files.readString(gc)).as(variable).contains("Using Serial");
    }
  }
}
