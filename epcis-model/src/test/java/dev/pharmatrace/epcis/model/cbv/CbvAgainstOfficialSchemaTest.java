package dev.pharmatrace.epcis.model.cbv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our CBV constants against the official EPCIS 2.0 JSON Schema in the conformance corpus, used as the oracle: each
 * of its vocabulary enumerations must equal our standard values, in order.
 */
class CbvAgainstOfficialSchemaTest {

  static Path corpus() {
    return dev.pharmatrace.epcis.model.ConformanceCorpus.dir().orElse(
        Path.of(System.getProperty("user.dir")).toAbsolutePath().resolve("../../shared/conformance").normalize());
  }

  /** The enumeration of the named definition, read with a regex so the model's tests need no JSON library. */
  static List<String> officialEnum(String schema, String definition) {
    int start = schema.indexOf("\"" + definition + "\": {");
    assertThat(start).as("definition %s in the official schema", definition).isPositive();
    int enumStart = schema.indexOf("\"enum\"", start);
    int end = schema.indexOf("]", enumStart);
    Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(schema.substring(schema.indexOf('[', enumStart) + 1, end));
    List<String> values = new ArrayList<>();
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }

  @TestFactory
  Stream<DynamicTest> ourVocabulariesEqualTheOfficialSchemaEnumerations() throws IOException {
    Path schemaFile = corpus().resolve("gs1-reference/EPCIS-JSON-Schema.json");
    Assumptions.assumeTrue(Files.isRegularFile(schemaFile),
        "conformance corpus not found at " + schemaFile + ": official-schema comparison skipped");
    String schema = Files.readString(schemaFile);
    return Stream.of(
        check(schema, "bizStep", () -> words(BizStep.standardValues())),
        check(schema, "disposition", () -> words(Disposition.standardValues())),
        check(schema, "bizTransaction-type", () -> words(BizTransactionType.standardValues())),
        check(schema, "source-dest-type", () -> words(SourceDestType.standardValues())),
        check(schema, "error-reason", () -> words(ErrorReason.standardValues())),
        check(schema, "measurementType", () -> words(MeasurementType.standardValues())),
        check(schema, "sensorAlertType", () -> words(SensorAlertType.standardValues())),
        check(schema, "component", () -> words(SensorComponent.standardValues())));
  }

  private static DynamicTest check(String schema, String definition, Supplier<List<String>> ours) {
    return DynamicTest.dynamicTest(definition,
        () -> assertThat(ours.get()).containsExactlyElementsOf(officialEnum(schema, definition)));
  }

  private static List<String> words(List<? extends CbvValue> values) {
    return values.stream().map(v -> v.word().orElseThrow()).toList();
  }
}
