package dev.pharmatrace.epcis.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.CommonFields;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.ErrorDeclaration;
import dev.pharmatrace.epcis.model.SensorElement;
import dev.pharmatrace.epcis.model.SensorMetadata;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The exact XML/JSON twin pairs of the corpus manifest (§5.3): the XML converted by us to JSON-LD has the same
 * events as the JSON twin, and the JSON twin converted to XML the same as the XML twin (timestamps compared as
 * instants, as the manifest's comparison does).
 */
class TwinPairsConformanceTest {
  private static final Pattern ROW = Pattern.compile(
      "^\\| `([^`]+\\.xml)` \\| `([^`]+\\.json(?:ld)?)` \\| exact twin \\|$");

  @TestFactory
  Stream<DynamicTest> exactTwinsConvertIntoEachOther() throws IOException {
    Optional<Path> corpus = JsonCorpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), JsonCorpus.ABSENT);
    Path c = corpus.get();
    String manifest = Files.readString(c.resolve("MANIFEST.md"));
    String section = manifest.substring(manifest.indexOf("### 5.3"), manifest.indexOf("### 5.4"));
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : section.lines().toList()) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        Path xml = c.resolve(m.group(1));
        Path json = c.resolve(m.group(2));
        tests.add(DynamicTest.dynamicTest(m.group(1), () -> {
          EpcisDocument fromXml = EpcisXmlReader.create().read(xml);
          EpcisDocument fromJson = EpcisJsonReader.create().read(json);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          EpcisJsonWriter.create().write(fromXml, out);
          EpcisDocument converted = EpcisJsonReader.create().read(new ByteArrayInputStream(out.toByteArray()),
              "converted.jsonld");
          assertThat(normalised(converted.events())).isEqualTo(normalised(fromJson.events()));
          assertThat(normalised(fromXml.events())).isEqualTo(normalised(fromJson.events()));
        }));
      }
    }
    assertThat(tests).as("exact twin pairs in MANIFEST.md §5.3").hasSizeGreaterThanOrEqualTo(30);
    return tests.stream();
  }

  static List<EpcisEvent> normalised(List<EpcisEvent> events) {
    return events.stream().map(TwinPairsConformanceTest::utc).toList();
  }

  /**
   * As the manifest compares: timestamps as UTC instants, numbers by value, extensions without order and without
   * datatypes (an XML text and a JSON number are the same value).
   */
  static EpcisEvent utc(EpcisEvent e) {
    CommonFields c = e.common();
    ErrorDeclaration d = c.errorDeclaration();
    return e.withCommon(new CommonFields(utc(c.eventTime()), c.eventTimeZoneOffset(), utc(c.recordTime()),
        c.eventId(), d == null ? null : new ErrorDeclaration(utc(d.declarationTime()), d.reason(),
            d.correctiveEventIds(), d.extensions()),
        c.certificationInfo(), c.bizStep(), c.disposition(), c.persistentDisposition(), c.readPoint(),
        c.bizLocation(), c.bizTransactionList(), c.sourceList(), c.destinationList(),
        c.sensorElementList().stream().map(TwinPairsConformanceTest::utc).toList(), plain(c.extensions()),
        c.otherAttributes()));
  }

  static List<dev.pharmatrace.epcis.model.Extension> plain(List<dev.pharmatrace.epcis.model.Extension> list) {
    // empty values are dropped, as the manifest's comparison does
    return list.stream().filter(x -> !x.children().isEmpty() || x.text() != null && !x.text().isEmpty())
        .map(x -> new dev.pharmatrace.epcis.model.Extension(x.name(), x.attributes(), x.text(), null,
            plain(x.children()))).sorted(java.util.Comparator.comparing(Object::toString)).toList();
  }

  static java.math.BigDecimal n(java.math.BigDecimal v) {
    return v == null ? null : v.compareTo(java.math.BigDecimal.ZERO) == 0 ? java.math.BigDecimal.ZERO
        : v.stripTrailingZeros();
  }

  static OffsetDateTime utc(OffsetDateTime t) {
    return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
  }

  static SensorElement utc(SensorElement s) {
    SensorMetadata m = s.metadata() == null ? null : s.metadata().toBuilder().time(utc(s.metadata().time()))
        .startTime(utc(s.metadata().startTime())).endTime(utc(s.metadata().endTime())).build();
    return new SensorElement(m, s.reports().stream().map(r -> r.toBuilder().time(utc(r.time())).value(n(r.value()))
        .minValue(n(r.minValue())).maxValue(n(r.maxValue())).meanValue(n(r.meanValue())).sDev(n(r.sDev()))
        .percRank(n(r.percRank())).percValue(n(r.percValue())).build()).toList(), plain(s.extensions()));
  }
}
