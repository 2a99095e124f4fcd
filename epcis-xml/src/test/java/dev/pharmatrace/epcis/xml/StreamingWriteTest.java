package dev.pharmatrace.epcis.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisHeader;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.report.EpcisException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A streaming conversion (reader's document before the events, events one by one, {@code finish} with the document
 * as the reader completed it) writes what a whole-document write writes. Before stop 16, {@code epcis convert}
 * finished with the document as it stood before the events, and silently dropped the extensions that follow them
 * (after the event list or after the body): a fuzz finding.
 */
class StreamingWriteTest {
  /** Extensions after the event list and after the body: namespaced (declared on the element), un-namespaced. */
  static final String TRAILING = "<?xml version=\"1.0\"?>\n<epcis:EPCISDocument"
      + " xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" schemaVersion=\"2.0\" creationDate=\"2024-01-01T00:00:00Z\">"
      + "<EPCISBody><EventList><ObjectEvent>"
      + "<eventTime>2024-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset><epcList>"
      + "<epc>urn:epc:id:sgtin:0614141.107346.1</epc></epcList><action>OBSERVE</action></ObjectEvent></EventList>"
      + "<b:inBody xmlns:b=\"urn:body\">1</b:inBody></EPCISBody><ex:foo xmlns:ex=\"urn:undelimited\" a=\"1\">"
      + "<ex:bar>2</ex:bar></ex:foo><x:late xmlns:x=\"http://late.example/\">3</x:late><plain>4</plain>"
      + "</epcis:EPCISDocument>";

  @Test
  void whatFollowsTheEventsIsWrittenInEveryVersion() {
    EpcisDocument whole = EpcisXmlReader.create().read(bytes(TRAILING), "trailing.xml");
    assertThat(whole.bodyExtensions()).extracting(e -> e.name().localName()).containsExactly("inBody");
    assertThat(whole.extensions()).extracting(e -> e.name().localName()).containsExactly("foo", "late", "plain");
    for (XmlVersion version : XmlVersion.values()) {
      byte[] streamed = streamed(bytes(TRAILING), version);
      EpcisDocument back = EpcisXmlReader.create().read(new ByteArrayInputStream(streamed), "streamed.xml");
      // un-namespaced ones go first, into the extension element the schemas place before the ##other wildcard
      assertThat(back.extensions()).as(version.toString()).containsExactlyInAnyOrderElementsOf(whole.extensions());
      assertThat(back.events()).as(version.toString()).isEqualTo(whole.events());
      if (version == XmlVersion.V2_0) {
        assertThat(back.bodyExtensions()).isEqualTo(whole.bodyExtensions());
      }
    }
  }

  @Test
  void aHeaderThatChangedAfterItWasWrittenIsRefusedNotDropped() {
    EpcisDocument start = EpcisXmlReader.create().read(bytes(TRAILING), "trailing.xml").withEvents(List.of());
    Extension late = Extension.text(QualifiedName.of("urn:h:", "late"), "1");
    EpcisDocument completed = start.toBuilder().header(new EpcisHeader(null, null, List.of(late), List.of()))
        .build();
    try (XmlDocumentWriter w = EpcisXmlWriter.builder().build().open(new ByteArrayOutputStream(), start)) {
      assertThatThrownBy(() -> w.finish(completed)).isInstanceOf(EpcisException.class)
          .satisfies(e -> assertThat(((EpcisException) e).finding().ruleId()).isEqualTo("WRITE-LATE-HEADER"));
    }
  }

  /** Our fixtures and, when present, every corpus file our reader reads: streamed equals whole, in its version. */
  @TestFactory
  Stream<DynamicTest> streamedEqualsWholeOnFixturesAndCorpus() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String fixture : List.of("dscsa-1.2.xml", "lenient-2.0.xml")) {
      tests.add(DynamicTest.dynamicTest(fixture, () -> {
        try (InputStream in = XmlReaderWriterTest.fixture(fixture)) {
          check(in.readAllBytes());
        }
      }));
    }
    tests.add(DynamicTest.dynamicTest("trailing", () -> check(TRAILING.getBytes(StandardCharsets.UTF_8))));
    if (Corpus.dir().isPresent()) {
      Path corpus = Corpus.dir().get();
      for (Path file : Corpus.xmlFiles(corpus)) {
        tests.add(DynamicTest.dynamicTest(corpus.relativize(file).toString(), () -> check(Files.readAllBytes(file))));
      }
    }
    return tests.stream();
  }

  /**
   * Streamed equals whole: what the whole read or the whole write refuses, the streaming conversion refuses with the
   * same rule; what they accept, the streaming conversion writes so that it reads back equal.
   */
  private static void check(byte[] input) {
    EpcisDocument whole;
    try {
      whole = EpcisXmlReader.create().read(new ByteArrayInputStream(input), "in.xml");
    } catch (EpcisException refused) {
      assertRefusedAlike(input, XmlVersion.V2_0, refused);
      return;
    }
    XmlVersion version = whole.schemaVersion().startsWith("1") ? XmlVersion.V1_2 : XmlVersion.V2_0;
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      EpcisXmlWriter.builder().version(version).build().write(whole, all);
    } catch (EpcisException refused) {
      assertRefusedAlike(input, version, refused);
      return;
    }
    EpcisDocument expected = EpcisXmlReader.create().read(new ByteArrayInputStream(all.toByteArray()), "whole.xml");
    EpcisDocument actual = EpcisXmlReader.create().read(new ByteArrayInputStream(streamed(input, version)),
        "streamed.xml");
    // a document without creationDate is given the time of reading
    assertThat(actual.toBuilder().creationDate(expected.creationDate()).build().withEvents(List.of()))
        .isEqualTo(expected.withEvents(List.of()));
    assertThat(actual.events()).isEqualTo(expected.events());
  }

  private static void assertRefusedAlike(byte[] input, XmlVersion version, EpcisException whole) {
    assertThatThrownBy(() -> streamed(input, version)).isInstanceOf(EpcisException.class)
        .satisfies(e -> assertThat(((EpcisException) e).finding().ruleId()).isEqualTo(whole.finding().ruleId()));
  }

  private static byte[] streamed(InputStream input, XmlVersion version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XmlEventStream in = EpcisXmlReader.create().open(input, "in.xml");
        XmlDocumentWriter w = EpcisXmlWriter.builder().version(version).build().open(out, in.document())) {
      while (in.hasNext()) {
        w.write(in.next());
      }
      w.finish(in.document());
    }
    return out.toByteArray();
  }

  private static byte[] streamed(byte[] input, XmlVersion version) {
    return streamed(new ByteArrayInputStream(input), version);
  }

  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
