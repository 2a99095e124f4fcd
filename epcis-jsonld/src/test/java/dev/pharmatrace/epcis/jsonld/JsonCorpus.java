package dev.pharmatrace.epcis.jsonld;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The shared conformance corpus, test data only. */
final class JsonCorpus {
  private JsonCorpus() {}

  static final String ABSENT = "conformance corpus ../shared/conformance not found: corpus tests skipped";

  static Optional<Path> dir() {
    return dev.pharmatrace.epcis.model.ConformanceCorpus.dir();
  }

  static List<Path> files(Path corpus, String... suffixes) throws IOException {
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(p -> {
        String n = p.toString();
        for (String suffix : suffixes) {
          if (n.endsWith(suffix)) {
            return true;
          }
        }
        return false;
      }).filter(p -> !corpus.relativize(p).startsWith("gs1-reference"))
          .filter(p -> !p.toString().contains("JSON-simple-context")).sorted().toList();
    }
  }
}
