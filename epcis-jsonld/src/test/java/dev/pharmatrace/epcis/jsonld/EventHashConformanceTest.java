package dev.pharmatrace.epcis.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.hash.EventHashGenerator;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The event hash ID on the corpus: the GS1 folder {@code XML/WithEventHashID} (one event serialised seven ways,
 * six of which must hash alike) and every twin pair of the manifest (§5.1 to §5.4: 1.2 XML, 2.0 XML, JSON-LD) that
 * is exact or differs only in fields the hash leaves out (eventID, errorDeclaration, recordTime): the same events,
 * read from either syntax, have the same hash IDs.
 */
class EventHashConformanceTest {
  private static final String FOLDER = "gs1-examples/XML/WithEventHashID/";
  private static final EventHashGenerator HASHES = EventHashGenerator.create();

  /**
   * The pre-hash string of the base event ({@code event_with_identical_hash_id_1.xml}), written by hand from the
   * CBV 2.0 rules (docs/hash.md), not produced by the code under test: eventTime to UTC, EPC URIs to canonical
   * Digital Links (check digits computed by hand), CBV URNs to Web URIs, lists sorted, type before value,
   * numbers without trailing zeros, ILMD and extensions as {namespace}name=value, sorted.
   */
  static final String BASE_PRE_HASH = String.join("",
      "eventType=ObjectEvent",
      "eventTime=2005-04-05T02:33:31.116Z",
      "eventTimeZoneOffset=-06:00",
      "epcList",
      "epc=https://id.gs1.org/01/10614141073464/21/2016",
      "epc=https://id.gs1.org/01/10614141073464/21/2017",
      "epc=https://id.gs1.org/01/10614141073464/21/2018",
      "quantityList",
      "quantityElementepcClass=https://id.gs1.org/01/04012345123456/10/998876quantity=300uom=KGM",
      "quantityElementepcClass=https://id.gs1.org/01/04012345123456/10/998877quantity=200uom=KGM",
      "action=ADD",
      "bizStep=https://ref.gs1.org/cbv/BizStep-receiving",
      "disposition=https://ref.gs1.org/cbv/Disp-in_progress",
      "persistentDisposition",
      "set=https://ref.gs1.org/cbv/Disp-completeness_verified",
      "unset=https://ref.gs1.org/cbv/Disp-completeness_inferred",
      "readPointid=https://id.gs1.org/414/0012345111112/254/400",
      "bizLocationid=https://id.gs1.org/414/0012345111112",
      "bizTransactionList",
      "type=https://ref.gs1.org/cbv/BTT-pobizTransaction=https://id.gs1.org/253/06141410000121618034",
      "sourceList",
      "type=https://ref.gs1.org/cbv/SDT-locationsource=https://id.gs1.org/414/4012345002256",
      "type=https://ref.gs1.org/cbv/SDT-owning_partysource=https://id.gs1.org/417/4012345002256",
      "type=https://ref.gs1.org/cbv/SDT-possessing_partysource=https://id.gs1.org/417/4012345002256",
      "destinationList",
      "type=https://ref.gs1.org/cbv/SDT-locationdestination=https://id.gs1.org/414/0614141007776",
      "type=https://ref.gs1.org/cbv/SDT-owning_partydestination=https://id.gs1.org/417/0614141007776",
      "type=https://ref.gs1.org/cbv/SDT-possessing_partydestination=https://id.gs1.org/417/0614141007776",
      "sensorElementList",
      "sensorElement",
      "sensorMetadata",
      "time=2019-04-02T13:05:00.000Z",
      "startTime=2019-04-02T12:55:01.000Z",
      "endTime=2019-04-02T13:55:00.000Z",
      "deviceID=https://id.gs1.org/8004/4000001111",
      "deviceMetadata=https://id.gs1.org/8004/4000001111",
      "rawData=https://id.gs1.org/8004/401234599999",
      "dataProcessingMethod=https://id.gs1.org/253/4012345000054987",
      "bizRules=https://id.gs1.org/253/4012345000054987",
      "{http://example.com/ext1}someFurtherMetadata=someText",
      "sensorReport",
      "type=https://gs1.org/voc/Temperature",
      "deviceID=https://id.gs1.org/8004/4000001111",
      "deviceMetadata=https://id.gs1.org/8004/4000001111",
      "rawData=https://id.gs1.org/8004/401234599999",
      "dataProcessingMethod=https://id.gs1.org/253/4012345000054987",
      "time=2019-07-19T13:00:00.000Z",
      "microorganism=https://www.ncbi.nlm.nih.gov/taxonomy/1126011",
      "chemicalSubstance=https://identifiers.org/inchikey:CZMRCDWAGMRECN-UGDNZRGBSA-N",
      "value=26",
      "component=example:x",
      "stringValue=SomeString",
      "booleanValue=true",
      "hexBinaryValue=f0f0f0",
      "uriValue=https://id.gs1.org/8004/4000001111",
      "minValue=26",
      "maxValue=26.2",
      "meanValue=13.2",
      "sDev=0.1",
      "percRank=50",
      "percValue=12.7",
      "uom=CEL",
      "{http://example.com/ext1}someFurtherReportData=someText",
      "{http://example.com/ext1}default=stringAsDefaultValue",
      "{http://example.com/ext1}float=20",
      "{http://example.com/ext1}int=10",
      "ilmd",
      "{http://example.com/ext1}default=stringAsDefaultValue",
      "{http://example.com/ext1}float=20",
      "{http://example.com/ext1}int=10",
      "{http://example.com/ext1}default=stringAsDefaultValue",
      "{http://example.com/ext1}float=20",
      "{http://example.com/ext1}int=10");

  @TestFactory
  Stream<DynamicTest> withEventHashIdFolderHashesAsTheCorpusDescribes() throws Exception {
    Optional<Path> corpus = JsonCorpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), JsonCorpus.ABSENT);
    Path folder = corpus.get().resolve(FOLDER);
    EpcisEvent base = single(folder.resolve("event_with_identical_hash_id_1.xml"));
    String baseId = HASHES.hashId(base);
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("event_with_identical_hash_id_1.xml: pre-hash string and digest", () -> {
      assertThat(HASHES.preHashString(base)).isEqualTo(BASE_PRE_HASH);
      String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(BASE_PRE_HASH.getBytes(StandardCharsets.UTF_8)));
      assertThat(baseId).isEqualTo("ni:///sha-256;" + digest + "?ver=CBV2.0");
    }));
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.equals("event_with_identical_hash_id_2.xml")) {
          // the manifest's contradicting file: "exactly identical event" in a different time zone, but
          // eventTimeZoneOffset (-05:00 instead of -06:00) is hashed; the instant is the same
          tests.add(DynamicTest.dynamicTest(name + ": contradicts its claim (eventTimeZoneOffset differs)", () -> {
            EpcisEvent e = single(file);
            assertThat(e.eventTime().toInstant()).isEqualTo(base.eventTime().toInstant());
            assertThat(HASHES.hashId(e)).isNotEqualTo(baseId);
            assertThat(HASHES.preHashString(e)).isEqualTo(
                BASE_PRE_HASH.replace("eventTimeZoneOffset=-06:00", "eventTimeZoneOffset=-05:00"));
          }));
        } else if (!name.equals("event_with_identical_hash_id_1.xml")) {
          tests.add(DynamicTest.dynamicTest(name + ": same hash as event_with_identical_hash_id_1.xml",
              () -> assertThat(HASHES.hashId(single(file))).isEqualTo(baseId)));
        }
      }
    }
    // the base event written as EPCIS 1.2 XML (sensor data and persistentDisposition in 1.2 extension wrappers)
    // and as JSON-LD by our writers, and read back
    tests.add(DynamicTest.dynamicTest("event_with_identical_hash_id_1.xml via 1.2 XML and JSON-LD: same hash", () -> {
      EpcisDocument doc = read(folder.resolve("event_with_identical_hash_id_1.xml"));
      java.io.ByteArrayOutputStream v12 = new java.io.ByteArrayOutputStream();
      dev.pharmatrace.epcis.xml.EpcisXmlWriter.builder().version(dev.pharmatrace.epcis.xml.XmlVersion.V1_2).build()
          .write(doc, v12);
      assertThat(v12.toString(StandardCharsets.UTF_8)).contains("urn:epcglobal:epcis:xsd:1");
      EpcisEvent from12 = EpcisXmlReader.create().read(new java.io.ByteArrayInputStream(v12.toByteArray()),
          "v12.xml").events().get(0);
      java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
      EpcisJsonWriter.create().write(doc, json);
      EpcisEvent fromJson = EpcisJsonReader.create().read(new java.io.ByteArrayInputStream(json.toByteArray()),
          "out.jsonld").events().get(0);
      assertThat(HASHES.preHashString(from12)).isEqualTo(BASE_PRE_HASH);
      assertThat(HASHES.preHashString(fromJson)).isEqualTo(BASE_PRE_HASH);
    }));
    assertThat(tests).hasSize(8);
    return tests.stream();
  }

  /** A §5 pair row: XML, then the other file (JSON-LD, or 2.0 XML for a 1.2 row), then the manifest's verdict. */
  private static final Pattern PAIR_ROW = Pattern.compile(
      "^\\| `([^`]+\\.xml)` \\| `([^`]+\\.(?:jsonld|json|xml))` \\| (.+) \\|$");
  /** Verdicts whose events are the same content: exact, or differing only in fields the hash leaves out. */
  private static final Pattern SAME_CONTENT = Pattern.compile(
      "exact twin|near twin(?: \\(position-aligned\\))? – differs in: (?<only>.+)|JSON = XML event #(?<k>\\d+)"
          + "(?: – differs in: (?<onlyk>.+))?");
  private static final Pattern UNHASHED = Pattern.compile("(eventID|errorDeclaration|recordTime)(\\(only-(JSON|XML)\\))?");
  private static final Pattern CROSS_ROW = Pattern.compile("^\\| `([^`]+\\.jsonld[^`]*)` \\| `([^`]+\\.xml[^`]*)` \\|$");

  @TestFactory
  Stream<DynamicTest> twinsHaveTheSameHashIds() throws IOException {
    Optional<Path> corpus = JsonCorpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), JsonCorpus.ABSENT);
    Path c = corpus.get();
    String manifest = Files.readString(c.resolve("MANIFEST.md"));
    String section5 = manifest.substring(manifest.indexOf("### 5.1"), manifest.indexOf("## 6."));
    String gs1Prefix = "";
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : section5.lines().map(String::strip).toList()) {
      if (line.startsWith("### 5.1")) {
        gs1Prefix = "gs1-examples/";
      } else if (line.startsWith("### 5.2")) {
        gs1Prefix = "";
      }
      Matcher pair = PAIR_ROW.matcher(line);
      Matcher verdict = pair.matches() ? SAME_CONTENT.matcher(pair.group(3)) : null;
      if (verdict != null && verdict.matches()) {
        String differs = verdict.group("only") != null ? verdict.group("only") : verdict.group("onlyk");
        boolean unhashedOnly = differs == null || java.util.Arrays.stream(differs.split(", "))
            .allMatch(f -> UNHASHED.matcher(f).matches());
        if (unhashedOnly) {
          int event = verdict.group("k") == null ? -1 : Integer.parseInt(verdict.group("k")) - 1;
          tests.add(twin(c, gs1Prefix + pair.group(1), event, gs1Prefix + pair.group(2)));
        }
      }
      Matcher cross = CROSS_ROW.matcher(line);
      if (cross.matches()) {
        for (String json : cross.group(1).split(", ")) {
          // a note in brackets names a twin listed in §5.1 already
          for (String xml : cross.group(2).replaceAll(" \\(.*\\)$", "").split(", ")) {
            tests.add(twin(c, "openepcis-test-resources/" + xml, -1, "gs1-examples/" + json));
          }
        }
      }
    }
    // Set aside, by name and count: gs1 AssociationEvent-h.jsonld repeats the key "eventID", which our reader
    // refuses (JSON-DUPLICATE-KEY).
    List<DynamicTest> compared = new ArrayList<>();
    List<String> setAside = new ArrayList<>();
    List<String> contextAfterBody = new ArrayList<>();
    for (DynamicTest t : tests) {
      String other = t.getDisplayName().substring(t.getDisplayName().indexOf(" = ") + 3);
      if (other.endsWith("AssociationEvent-h.jsonld")) {
        setAside.add(t.getDisplayName());
      } else {
        compared.add(t);
        if (contextAfterBody(c.resolve(other))) {
          contextAfterBody.add(t.getDisplayName());
        }
      }
    }
    assertThat(setAside).as("pairs set aside").hasSize(1);
    // documents whose @context follows epcisBody (their extension prefixes are declared after the events) are
    // compared like the others: gs1 Example-TransactionEvents and WithFullCombinationOfFields/*.jsonld
    assertThat(contextAfterBody).as("pairs whose JSON-LD has @context after epcisBody").hasSize(4)
        .allMatch(n -> n.contains("all_possible_fields.jsonld") || n.contains("Example-TransactionEvents"));
    assertThat(compared).as("twin pairs in MANIFEST.md §5").hasSizeGreaterThanOrEqualTo(74);
    return compared.stream();
  }

  private static boolean contextAfterBody(Path json) throws IOException {
    String text = Files.readString(json);
    int body = text.indexOf("\"epcisBody\"");
    return body >= 0 && text.indexOf("\"@context\"") > body;
  }

  /** The events of {@code xml} (or only its event {@code event}, when not -1) hash like those of {@code other}. */
  private static DynamicTest twin(Path corpus, String xml, int event, String other) {
    return DynamicTest.dynamicTest(xml + (event < 0 ? "" : " event " + event) + " = " + other, () -> {
      List<EpcisEvent> fromXml = read(corpus.resolve(xml)).events();
      if (event >= 0) {
        fromXml = List.of(fromXml.get(event));
      }
      List<EpcisEvent> fromOther = read(corpus.resolve(other)).events();
      assertThat(fromXml).isNotEmpty();
      // the pre-hash strings first (a readable difference), then the hash IDs
      assertThat(fromXml.stream().map(HASHES::preHashString).toList())
          .isEqualTo(fromOther.stream().map(HASHES::preHashString).toList());
      assertThat(fromXml.stream().map(HASHES::hashId).toList())
          .isEqualTo(fromOther.stream().map(HASHES::hashId).toList());
    });
  }

  private static EpcisDocument read(Path file) {
    return file.toString().endsWith(".xml") ? EpcisXmlReader.create().read(file)
        : EpcisJsonReader.create().read(file);
  }

  private static EpcisEvent single(Path file) {
    EpcisDocument d = read(file);
    assertThat(d.events()).hasSize(1);
    return d.events().get(0);
  }
}
