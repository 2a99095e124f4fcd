package dev.pharmatrace.epcis.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.CommonFields;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.ErrorDeclaration;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.SensorElement;
import dev.pharmatrace.epcis.model.SensorMetadata;
import dev.pharmatrace.epcis.model.TransformationEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The EPCIS 1.2 ⇄ 2.0 XML pairs of the corpus manifest (§5.2) convert into each other: each near twin, converted by
 * us, equals its counterpart on every field the manifest does not list as differing between the two files.
 */
class VersionPairsConformanceTest {
  private static final Pattern ROW = Pattern.compile(
      "^\\| `([^`]+/1\\.2/[^`]+\\.xml)` \\| `([^`]+\\.xml)` \\| near twin – differs in: ([^|]+) \\|$");

  @TestFactory
  Stream<DynamicTest> nearTwinsConvertIntoEachOther() throws IOException {
    Optional<Path> corpus = Corpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), Corpus.ABSENT);
    Path c = corpus.get();
    String manifest = Files.readString(c.resolve("MANIFEST.md"));
    String section = manifest.substring(manifest.indexOf("### 5.2"), manifest.indexOf("### 5.3"));
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : section.lines().toList()) {
      Matcher m = ROW.matcher(line.strip());
      if (!m.matches()) {
        continue;
      }
      Set<String> differing = Arrays.stream(m.group(3).split(","))
          .map(s -> s.strip().replaceAll("\\(.*\\)", "")).collect(Collectors.toSet());
      Path v12 = c.resolve(m.group(1));
      Path v20 = c.resolve(m.group(2));
      tests.add(DynamicTest.dynamicTest("1.2 -> 2.0 " + m.group(1),
          () -> assertConverts(v12, XmlVersion.V2_0, v20, differing)));
      tests.add(DynamicTest.dynamicTest("2.0 -> 1.2 " + m.group(2),
          () -> assertConverts(v20, XmlVersion.V1_2, v12, differing)));
    }
    assertThat(tests).as("near-twin pairs found in MANIFEST.md §5.2").hasSizeGreaterThanOrEqualTo(10);
    return tests.stream();
  }

  private static void assertConverts(Path from, XmlVersion to, Path twin, Set<String> differing) {
    EpcisXmlReader reader = EpcisXmlReader.create();
    EpcisDocument source = reader.read(from);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpcisXmlWriter.builder().version(to).build().write(source, out);
    EpcisDocument converted = reader.read(new ByteArrayInputStream(out.toByteArray()), "converted.xml");
    EpcisDocument expected = reader.read(twin);
    assertThat(converted.events()).hasSameSizeAs(expected.events());
    for (int i = 0; i < expected.events().size(); i++) {
      assertThat(blank(converted.events().get(i), differing)).as("event %d", i)
          .isEqualTo(blank(expected.events().get(i), differing));
    }
  }

  /** The event without the fields the manifest lists as differing between the two files. */
  static EpcisEvent blank(EpcisEvent e, Set<String> differing) {
    CommonFields c = e.common();
    // "_other": content in 1.2 extension points the manifest's comparator did not classify (2.0 fields parked there)
    boolean other = differing.contains("_other");
    boolean ext = differing.contains("extension-fields") || other;
    CommonFields b = new CommonFields(utc(c.eventTime()), c.eventTimeZoneOffset(), utc(c.recordTime()),
        differing.contains("eventID") ? null : c.eventId(),
        differing.contains("errorDeclaration") || other || c.errorDeclaration() == null ? null
            : new ErrorDeclaration(utc(c.errorDeclaration().declarationTime()), c.errorDeclaration().reason(),
                c.errorDeclaration().correctiveEventIds(), c.errorDeclaration().extensions()),
        differing.contains("certificationInfo") || other ? List.of() : c.certificationInfo(),
        c.bizStep(), c.disposition(),
        differing.contains("persistentDisposition") || other ? null : c.persistentDisposition(),
        c.readPoint(), c.bizLocation(), c.bizTransactionList(),
        differing.contains("sourceList") ? List.of() : c.sourceList(),
        differing.contains("destinationList") ? List.of() : c.destinationList(),
        differing.contains("sensorElementList") || other ? List.of()
            : c.sensorElementList().stream().map(VersionPairsConformanceTest::utc).toList(),
        ext ? List.of() : c.extensions(), ext ? List.of() : c.otherAttributes());
    EpcisEvent blanked = e.withCommon(b);
    boolean ilmd = differing.contains("ilmd-namespace-IRI") || differing.contains("ilmd-fields");
    if (ilmd && blanked instanceof ObjectEvent o) {
      blanked = o.toBuilder().ilmd(List.of()).build();
    } else if (ilmd && blanked instanceof TransformationEvent t) {
      blanked = t.toBuilder().ilmd(List.of()).build();
    }
    return blanked;
  }

  /** The manifest compares timestamps as UTC instants: so do we here (the model itself keeps offsets). */
  static OffsetDateTime utc(OffsetDateTime t) {
    return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
  }

  static SensorElement utc(SensorElement s) {
    SensorMetadata m = s.metadata() == null ? null : s.metadata().toBuilder().time(utc(s.metadata().time()))
        .startTime(utc(s.metadata().startTime())).endTime(utc(s.metadata().endTime())).build();
    return new SensorElement(m, s.reports().stream().map(r -> r.toBuilder().time(utc(r.time())).build()).toList(),
        s.extensions());
  }
}
