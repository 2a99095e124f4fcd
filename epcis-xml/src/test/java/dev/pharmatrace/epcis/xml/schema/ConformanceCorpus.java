package dev.pharmatrace.epcis.xml.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The shared conformance corpus (test data only), located as the project's other corpus tests do. */
final class ConformanceCorpus {
  private ConformanceCorpus() {}

  static final String ABSENT = "conformance corpus not found (set -Depcis.conformance.dir or place it at "
      + "../shared/conformance): corpus tests skipped";

  /** The corpus folder: system property {@code epcis.conformance.dir}, else {@code ../shared/conformance} upwards. */
  static Optional<Path> dir() {
    return dev.pharmatrace.epcis.model.ConformanceCorpus.dir();
  }

  /** Every .xml data file (not the reference folder), sorted. */
  static List<Path> xmlFiles(Path corpus) throws IOException {
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".xml"))
          .filter(p -> !corpus.relativize(p).startsWith("gs1-reference"))
          .sorted()
          .toList();
    }
  }

  private static final Pattern ENTRY = Pattern.compile(
      "\"path\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(.*?)(?=\"path\"\\s*:|\\z)", Pattern.DOTALL);
  private static final Pattern OFFICIAL_XSD = Pattern.compile("\"officialXsd\"\\s*:\\s*(null|\"(valid|invalid)\")");
  private static final Pattern OFFICIAL_XSD_DETAIL =
      Pattern.compile("\"officialXsdDetail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  /**
   * A manifest entry's official XSD verdict.
   *
   * @param verdict "valid" or "invalid"
   * @param detail the officialXsdDetail text (for 1.x it names the verdict of each 1.2 schema), or ""
   */
  record Recorded(String verdict, String detail) {}

  /**
   * The {@code officialXsd} verdicts of manifest.json by relative path ("valid" / "invalid"; paths with null are
   * left out). A tiny regex reader: the test class path has no JSON library.
   */
  static Map<String, Recorded> manifestVerdicts(Path corpus) throws IOException {
    Path manifest = corpus.resolve("manifest.json");
    Map<String, Recorded> out = new HashMap<>();
    if (!Files.isRegularFile(manifest)) {
      return out;
    }
    String json = Files.readString(manifest, StandardCharsets.UTF_8);
    Matcher m = ENTRY.matcher(json);
    while (m.find()) {
      String path = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\").replace("\\/", "/");
      Matcher v = OFFICIAL_XSD.matcher(m.group(2));
      if (v.find() && v.group(2) != null) {
        Matcher d = OFFICIAL_XSD_DETAIL.matcher(m.group(2));
        out.put(path, new Recorded(v.group(2), d.find() ? d.group(1) : ""));
      }
    }
    return out;
  }
}
