package dev.pharmatrace.epcis.rules;

import java.nio.file.Path;
import java.util.Optional;

/** The shared conformance corpus (test data only; never copied, never read by the library). */
final class Corpus {
  static final String ABSENT = "conformance corpus ../shared/conformance not found: corpus tests skipped";

  private Corpus() {}

  /** The corpus folder, if present: -Depcis.conformance.dir or ../shared/conformance upwards. */
  static Optional<Path> dir() {
    return dev.pharmatrace.epcis.model.ConformanceCorpus.dir();
  }
}
