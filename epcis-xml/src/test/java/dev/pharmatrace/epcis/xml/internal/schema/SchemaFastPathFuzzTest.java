package dev.pharmatrace.epcis.xml.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pharmatrace.epcis.model.fuzz.FuzzSeeds;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.xml.XmlLimits;
import dev.pharmatrace.epcis.xml.internal.SecureStax;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the schema pass's shortcuts ({@link EventFastPath}, bare EPCs): for any bytes, validating with them gives
 * exactly the findings (rule, message, line, column) of handing everything to the XSD validator. Seeds: the files in
 * {@code SchemaFastPathFuzzTestInputs/fastPathAgreesWithTheValidator/} (documents whose events the fast path takes,
 * in 2.0 and 1.2) and, when present, the corpus's XML files. See docs/fuzzing.md.
 */
class SchemaFastPathFuzzTest {
  private static final XmlLimits LIMITS = XmlLimits.DEFAULTS;
  private static final XMLInputFactory FACTORY = SecureStax.inputFactory(LIMITS);

  static Stream<Arguments> corpusXml() {
    return FuzzSeeds.corpusFiles(".xml");
  }

  @MethodSource("corpusXml")
  @FuzzTest(maxDuration = "12s")
  void fastPathAgreesWithTheValidator(byte[] data) {
    List<Finding> full = SchemaValidation.validate(FACTORY, new ByteArrayInputStream(data), "fuzz.xml", LIMITS, 1000,
        null);
    List<Finding> fast = SchemaValidation.validate(FACTORY, new ByteArrayInputStream(data), "fuzz.xml", LIMITS, 1000,
        new long[3]);
    assertThat(fast).isEqualTo(full);
  }
}
