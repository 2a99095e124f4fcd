package dev.pharmatrace.epcis.model.fuzz;

import dev.pharmatrace.epcis.model.ConformanceCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeds for the {@code @FuzzTest}s of every module (exported in this module's test jar), taken from the shared
 * conformance corpus when it is present.
 *
 * <p>A fuzz test names one of these methods in a {@code @MethodSource} placed before {@code @FuzzTest}: Jazzer then
 * runs each seed as a test invocation and, when fuzzing, records it in its seed corpus (a temporary directory it
 * deletes afterwards). Nothing is copied into the project. Without the corpus the stream is empty and the fuzz test
 * starts from its own seed files ({@code <Class>Inputs/<method>/} in its test resources).
 */
public final class FuzzSeeds {
  /** Largest corpus file used as a seed: larger inputs only slow fuzzing down. */
  static final long MAX_SEED_BYTES = 256 * 1024;

  private FuzzSeeds() {}

  /** The corpus data files (not the reference folder) whose names end with one of {@code suffixes}, as seeds. */
  public static Stream<Arguments> corpusFiles(String... suffixes) {
    return corpusFileList(suffixes).stream()
        .map(p -> Arguments.of(Named.of(p.getFileName().toString(), read(p))));
  }

  /**
   * The distinct matches of {@code pattern} in the corpus text files (.xml, .json, .jsonld), at most {@code limit}
   * of them, as seeds: for instance every EPC URI the corpus uses.
   */
  public static Stream<Arguments> corpusMatches(Pattern pattern, int limit) {
    Set<String> found = new LinkedHashSet<>();
    for (Path p : corpusFileList(".xml", ".json", ".jsonld")) {
      Matcher m = pattern.matcher(new String(read(p), StandardCharsets.UTF_8));
      while (m.find() && found.size() < limit) {
        found.add(m.group());
      }
    }
    return found.stream().map(s -> Arguments.of(Named.of(s, s.getBytes(StandardCharsets.UTF_8))));
  }

  private static List<Path> corpusFileList(String... suffixes) {
    Optional<Path> corpus = ConformanceCorpus.dir();
    if (corpus.isEmpty()) {
      System.err.println(ConformanceCorpus.ABSENT.replace("corpus tests skipped",
          "fuzz tests start from their own seeds only"));
      return List.of();
    }
    Path root = corpus.get();
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !root.relativize(p).startsWith("gs1-reference"))
          .filter(p -> Stream.of(suffixes).anyMatch(x -> p.getFileName().toString().endsWith(x)))
          .filter(p -> size(p) <= MAX_SEED_BYTES)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
