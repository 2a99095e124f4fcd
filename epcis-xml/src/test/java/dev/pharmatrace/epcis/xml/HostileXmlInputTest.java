package dev.pharmatrace.epcis.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.QuantityElement;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.xml.XmlHardeningTest.RepeatingInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile-input suite for XML (fixtures in {@code src/test/resources/hostile}, large inputs generated as
 * streams): every input fails with a located finding naming its rule, or is read exactly, through both the reader and
 * the schema validator, fast, never fetching anything and never revealing a local file.
 */
@Timeout(60)
class HostileXmlInputTest {
  static final String SECRET = "SECRET-MARKER-7f3a9c";
  static final Duration FAST = Duration.ofSeconds(20);

  @TempDir
  static Path dir;
  static Path secretFile;
  static HttpServer loopback;
  static final AtomicInteger REQUESTS = new AtomicInteger();

  @BeforeAll
  static void secretAndLoopbackServer() throws IOException {
    secretFile = dir.resolve("secret.txt");
    Files.writeString(secretFile, SECRET + "\n");
    loopback = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    loopback.createContext("/", exchange -> {
      REQUESTS.incrementAndGet();
      byte[] body = ("<!ENTITY fromDtd \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    loopback.start();
  }

  @AfterAll
  static void stopServer() {
    loopback.stop(0);
  }

  /** A fixture with its placeholders filled in: the secret file's URI and the loopback server's URL. */
  static byte[] fixture(String name) {
    try (InputStream in = HostileXmlInputTest.class.getResourceAsStream("/hostile/" + name)) {
      byte[] raw = in.readAllBytes();
      if (!name.contains("utf16")) {
        String text = new String(raw, StandardCharsets.ISO_8859_1)
            .replace("SECRET_FILE_URI", secretFile.toUri().toString())
            .replace("LOOPBACK_URL", "http://127.0.0.1:" + loopback.getAddress().getPort());
        return text.getBytes(StandardCharsets.ISO_8859_1);
      }
      return raw;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EpcisException readFails(InputStream in, EpcisXmlReader reader) {
    try {
      reader.read(in, "hostile.xml");
    } catch (EpcisException e) {
      return e;
    }
    throw new AssertionError("expected the read to fail");
  }

  /** Asserts the finding is an error with this rule, located, and reveals nothing of the secret file. */
  static void assertCleanError(Finding f, String rule) {
    assertThat(f.isError()).as(f.toString()).isTrue();
    assertThat(f.ruleId()).as(f.toString()).isEqualTo(rule);
    assertThat(f.location().line()).as(f.toString()).isPositive();
    assertThat(f.toString()).doesNotContain(SECRET).doesNotContain("\tat ");
  }

  static Stream<Arguments> failingFixtures() {
    return Stream.of(
        Arguments.of("xxe-local-file.xml", "XML-ENTITY", "XML-ENTITY"),
        Arguments.of("xxe-url.xml", "XML-ENTITY", "XML-ENTITY"),
        Arguments.of("xxe-parameter-entity.xml", "XML-ENTITY", "XML-ENTITY"),
        Arguments.of("xxe-external-dtd.xml", "XML-ENTITY", "XML-ENTITY"),
        Arguments.of("billion-laughs.xml", "XML-ENTITY", "XML-ENTITY"),
        Arguments.of("quadratic-blowup.xml", "XML-ENTITY", "XML-ENTITY"),
        Arguments.of("invalid-utf8.xml", "XML-WELL-FORMED", "XML-WELL-FORMED"),
        Arguments.of("quantity-nan.xml", "XML-NUMBER", "XSD-cvc-datatype-valid.1.2.1"),
        Arguments.of("quantity-exponent.xml", "XML-NUMBER", "XSD-cvc-datatype-valid.1.2.1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failingFixtures")
  void hostileFixturesFailCleanlyInTheReaderAndTheValidator(String name, String readerRule, String validatorRule) {
    int before = REQUESTS.get();
    long start = System.nanoTime();
    EpcisException e = readFails(new ByteArrayInputStream(fixture(name)), EpcisXmlReader.create());
    assertCleanError(e.finding(), readerRule);
    assertThat(e.getMessage()).doesNotContain(SECRET);
    List<Finding> findings = EpcisSchemaValidator.create().validate(new ByteArrayInputStream(fixture(name)), name);
    assertThat(findings).as(name).anySatisfy(f -> assertCleanError(f, validatorRule));
    assertThat(findings.toString()).doesNotContain(SECRET);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
    assertThat(REQUESTS.get()).as("requests to the loopback server").isEqualTo(before);
  }

  @Test
  void theLoopbackServerAnswersWhenAsked() throws IOException {
    // the "no request" assertions above can fail: the server is reachable and counts what reaches it
    int before = REQUESTS.get();
    try (InputStream in = java.net.URI.create("http://127.0.0.1:" + loopback.getAddress().getPort() + "/probe")
        .toURL().openStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains(SECRET);
    }
    assertThat(REQUESTS.get()).isEqualTo(before + 1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"valid.xml", "bom-utf8.xml", "bom-utf16le.xml", "bom-utf16be.xml"})
  void byteOrderMarksAreAccepted(String name) {
    EpcisDocument doc = EpcisXmlReader.create().read(new ByteArrayInputStream(fixture(name)), name);
    assertThat(doc.events()).hasSize(1);
    assertThat(EpcisSchemaValidator.create().validate(new ByteArrayInputStream(fixture(name)), name)).isEmpty();
  }

  @Test
  void aFourHundredDigitQuantityIsValidAndKeptExactly() {
    // xsd:decimal has no bound, so both official schemas accept it: read exactly, never rounded
    String name = "quantity-400-digits.xml";
    EpcisDocument doc = EpcisXmlReader.create().read(new ByteArrayInputStream(fixture(name)), name);
    QuantityElement q = ((dev.pharmatrace.epcis.model.ObjectEvent) doc.events().get(0)).quantityList().get(0);
    assertThat(q.quantity()).isEqualTo(new BigDecimal("9".repeat(400)));
    assertThat(EpcisSchemaValidator.create().validate(new ByteArrayInputStream(fixture(name)), name)).isEmpty();
  }

  // ---------------------------------------------------------------- large inputs, generated as streams

  static final String HEAD = "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" schemaVersion=\"2.0\" "
      + "creationDate=\"2024-01-01T00:00:00Z\"><EPCISBody><EventList><ObjectEvent>"
      + "<eventTime>2024-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
      + "<epcList/><action>OBSERVE</action><ex:x xmlns:ex=\"urn:x:\">";
  static final String TAIL = "</ex:x></ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>";

  /** HEAD, {@code times} repetitions of {@code chunk}, then {@code after} and TAIL: never held in memory. */
  static InputStream generated(String chunk, long times, String after) {
    return new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(HEAD.getBytes(StandardCharsets.UTF_8)),
        new RepeatingInputStream(chunk.getBytes(StandardCharsets.UTF_8), times),
        new RepeatingInputStream(after.getBytes(StandardCharsets.UTF_8), after.isEmpty() ? 0 : 1),
        new ByteArrayInputStream(TAIL.getBytes(StandardCharsets.UTF_8)))));
  }

  /** 200,000 nested elements. */
  static InputStream deep() {
    return generated("<ex:x>", 200_000, "</ex:x>".repeat(200_000));
  }

  /** One text node of 300 MB. */
  static InputStream hugeText() {
    return generated("A".repeat(1 << 16), 300L * 16, "");
  }

  @Test
  void twoHundredThousandLevelsHitTheDepthLimit() {
    long start = System.nanoTime();
    Finding read = readFails(deep(), EpcisXmlReader.create()).finding();
    assertCleanError(read, "XML-LIMIT-DEPTH");
    assertThat(read.message()).contains("100").contains("XmlLimits.withMaxDepth(int)").contains("--limit depth=N");
    assertThat(EpcisSchemaValidator.create().validate(deep(), "deep.xml"))
        .anySatisfy(f -> assertCleanError(f, "XML-LIMIT-DEPTH"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
  }

  @Test
  void aThreeHundredMegabyteTextNodeHitsTheTextLimit() {
    long start = System.nanoTime();
    Finding read = readFails(hugeText(), EpcisXmlReader.create()).finding();
    assertCleanError(read, "XML-LIMIT-TEXT");
    assertThat(read.message()).contains(String.valueOf(16 << 20)).contains("XmlLimits.withMaxTextLength(int)")
        .contains("--limit text=N");
    assertThat(EpcisSchemaValidator.create().validate(hugeText(), "text.xml"))
        .anySatisfy(f -> assertCleanError(f, "XML-LIMIT-TEXT"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
  }

  @Test
  void attributeFloodsHitTheAttributeLimits() {
    StringBuilder attributes = new StringBuilder("<ex:y");
    IntStream.range(0, 300).forEach(i -> attributes.append(" a").append(i).append("=\"1\""));
    Finding count = readFails(generated(attributes + "/>", 1, ""), EpcisXmlReader.create()).finding();
    assertCleanError(count, "XML-LIMIT-ATTRIBUTES");
    assertThat(count.message()).contains("256").contains("withMaxAttributesPerElement(int)")
        .contains("--limit attributes=N");
    EpcisXmlReader small = EpcisXmlReader.builder().limits(XmlLimits.DEFAULTS.withMaxAttributeLength(100)).build();
    Finding length = readFails(generated("<ex:y a=\"" + "v".repeat(500) + "\"/>", 1, ""), small).finding();
    assertCleanError(length, "XML-LIMIT-ATTRIBUTES");
    assertThat(length.message()).contains("100").contains("withMaxAttributeLength(int)")
        .contains("--limit attribute-length=N");
  }

  @Test
  void raisedLimitsLetTheSameInputThrough() {
    XmlLimits raised = XmlLimits.DEFAULTS.withMaxDepth(400).withMaxAttributesPerElement(400);
    StringBuilder attributes = new StringBuilder("<ex:y");
    IntStream.range(0, 300).forEach(i -> attributes.append(" a").append(i).append("=\"1\""));
    String nested = "<ex:x>".repeat(300) + attributes + "/>" + "</ex:x>".repeat(300);
    EpcisDocument doc = EpcisXmlReader.builder().limits(raised).build().read(generated(nested, 1, ""), "raised.xml");
    assertThat(doc.events()).hasSize(1);
    assertThat(readFails(generated(nested, 1, ""), EpcisXmlReader.create()).finding().ruleId())
        .isEqualTo("XML-LIMIT-DEPTH");
  }

  // ---------------------------------------------------------------- truncated documents

  static IntStream cuts() {
    int length = fixture("valid.xml").length;
    return IntStream.iterate(1, i -> i < length - 1, i -> i + 7);
  }

  @ParameterizedTest(name = "cut at byte {0}")
  @MethodSource("cuts")
  void aTruncatedDocumentIsALocatedError(int cut) {
    byte[] whole = fixture("valid.xml");
    byte[] part = java.util.Arrays.copyOf(whole, cut);
    EpcisException e = readFails(new ByteArrayInputStream(part), EpcisXmlReader.create());
    assertThat(e.finding().isError()).isTrue();
    assertThat(e.finding().ruleId()).startsWith("XML-");
    assertThat(e.finding().location().line()).as(e.finding().toString()).isPositive();
    List<Finding> findings = EpcisSchemaValidator.create().validate(new ByteArrayInputStream(part), "cut.xml");
    assertThat(findings).as("cut at " + cut).anySatisfy(f -> {
      assertThat(f.isError()).isTrue();
      assertThat(f.location().line()).isPositive();
    });
  }

  // ---------------------------------------------------------------- wrong content in every field

  static final String[] FIELDS = {"eventTime", "eventTimeZoneOffset", "epcList", "action", "bizStep",
      "disposition", "readPoint"};
  static final String EVENT = "<ObjectEvent><eventTime>2024-01-01T00:00:00Z</eventTime>"
      + "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
      + "<epcList><epc>urn:epc:id:sgtin:0614141.107346.2017</epc></epcList><action>OBSERVE</action>"
      + "<bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep><disposition>urn:epcglobal:cbv:disp:in_transit"
      + "</disposition><readPoint><id>urn:epc:id:sgln:0614141.07346.0</id></readPoint></ObjectEvent>";

  static Stream<Arguments> wrongContent() {
    return Stream.of(FIELDS).flatMap(field -> Stream.of(
        Arguments.of(field, "an element", "<" + field + "><wrong>x</wrong></" + field + ">"),
        Arguments.of(field, "text and an element", "<" + field + ">text<epc>urn:x:y</epc></" + field + ">")));
  }

  @ParameterizedTest(name = "{0} holds {1}")
  @MethodSource("wrongContent")
  void wrongContentGivesLocatedFindingsNeverACrash(String field, String what, String replacement) {
    String event = EVENT.replaceFirst("<" + field + ">.*?</" + field + ">", replacement);
    String xml = "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" schemaVersion=\"2.0\"\n"
        + " creationDate=\"2024-01-01T00:00:00Z\"><EPCISBody><EventList>\n" + event
        + "\n</EventList></EPCISBody></epcis:EPCISDocument>";
    assertThat(event).isNotEqualTo(EVENT);
    List<Finding> schema = EpcisSchemaValidator.create().validate(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "wrong.xml");
    assertThat(schema).as(field + " with " + what).isNotEmpty().allSatisfy(f -> {
      assertThat(f.isError()).isTrue();
      assertThat(f.ruleId()).startsWith("XSD-");
      assertThat(f.location().line()).isEqualTo(3);
    });
    // the lenient reader either refuses with a located finding or reads the event with located warnings
    try (XmlEventStream s = EpcisXmlReader.create().open(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "wrong.xml")) {
      while (s.hasNext()) {
        s.next();
      }
      assertThat(s.warnings()).allSatisfy(w -> assertThat(w.location().line()).isPositive());
    } catch (EpcisException e) {
      assertThat(e.finding().ruleId()).startsWith("XML-");
      assertThat(e.finding().location().line()).as(e.finding().toString()).isPositive();
    }
  }
}
