package dev.pharmatrace.epcis.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The shared conformance corpus (test data only; never copied, never read by the library). */
final class Corpus {
  static final String ABSENT = "conformance corpus ../shared/conformance not found: corpus tests skipped";

  private Corpus() {}

  /** The corpus folder, if present: -Depcis.conformance.dir or ../shared/conformance upwards. */
  static Optional<Path> dir() {
    String configured = System.getProperty("epcis.conformance.dir");
    if (configured != null) {
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
