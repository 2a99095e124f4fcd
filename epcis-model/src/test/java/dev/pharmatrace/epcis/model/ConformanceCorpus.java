package dev.pharmatrace.epcis.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared conformance corpus is, for the tests of every module (exported in this module's test jar). The
 * corpus is test data and oracle only: never copied into the project, never read by the library.
 */
public final class ConformanceCorpus {
  /** The message of a corpus test skipped because the corpus is absent. */
  public static final String ABSENT = "conformance corpus not found (set -Depcis.conformance.dir or place it at "
      + "../shared/conformance): corpus tests skipped";

  private ConformanceCorpus() {}

  /** The corpus folder: system property {@code epcis.conformance.dir}, else {@code ../shared/conformance} upwards. */
  public static Optional<Path> dir() {
    String configured = System.getProperty("epcis.conformance.dir");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isDirectory);
    }
    for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("../shared/conformance").normalize();
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
