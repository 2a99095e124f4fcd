package dev.pharmatrace.epcis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite at the command line: {@code java -Xmx256m -jar epcis.jar validate|convert|hash} on each
 * hostile input (the readers' fixtures, and large inputs generated into a temporary directory) exits 1 or 2 within
 * seconds, with one clear finding naming the file and the rule or limit, no stack trace, no local file content, no
 * network request, and no output file.
 */
class HostileInputIT {
  static final String SECRET = "SECRET-MARKER-7f3a9c";
  /** Each run must finish this fast (a shared, slow build machine: startup alone takes a second or two). */
  static final Duration FAST = Duration.ofSeconds(30);

  @TempDir
  static Path dir;
  static HttpServer loopback;
  static final AtomicInteger REQUESTS = new AtomicInteger();

  record Result(int exit, String out, String err, Duration took) {}

  @BeforeAll
  static void fixtures() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
    loopback = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    loopback.createContext("/", exchange -> {
      REQUESTS.incrementAndGet();
      byte[] body = ("<!ENTITY fromDtd \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    loopback.start();
    for (String property : List.of("epcis.hostile.xml", "epcis.hostile.json")) {
      try (Stream<Path> files = Files.list(Path.of(System.getProperty(property)))) {
        for (Path f : (Iterable<Path>) files::iterator) {
          byte[] raw = Files.readAllBytes(f);
          String latin1 = new String(raw, StandardCharsets.ISO_8859_1)
              .replace("SECRET_FILE_URI", dir.resolve("secret.txt").toUri().toString())
              .replace("LOOPBACK_URL", "http://127.0.0.1:" + loopback.getAddress().getPort());
          Files.write(dir.resolve(f.getFileName()), f.getFileName().toString().contains("utf16") ? raw
              : latin1.getBytes(StandardCharsets.ISO_8859_1));
        }
      }
    }
  }

  @AfterAll
  static void stopServer() {
    loopback.stop(0);
  }

  static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-jar", System.getProperty("epcis.jar", "target/epcis.jar")));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("still running after 90 s: " + String.join(" ", args));
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Runs the command on {@code file} and asserts a clean failure: exit code, the file and rule named in one finding
   * line, no stack trace, no secret, no request, no output file.
   */
  static Result fails(int exit, String rule, String command, String file, String... more)
      throws IOException, InterruptedException {
    int before = REQUESTS.get();
    List<String> args = new ArrayList<>(List.of(command, file));
    if (command.equals("convert")) {
      args.addAll(List.of("--to", file.endsWith(".xml") ? "jsonld" : "xml", "-o", "never.out"));
    }
    args.addAll(List.of(more));
    Result r = run(args.toArray(String[]::new));
    String what = String.join(" ", args) + "\n" + r.out() + r.err();
    assertThat(r.exit()).as(what).isEqualTo(exit);
    String report = command.equals("validate") ? r.out() : r.err();
    assertThat(report).as(what).contains(file + ":").contains(" " + rule + ": ");
    assertThat(r.out() + r.err()).as(what).doesNotContain(SECRET).doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.took()).as(what).isLessThan(FAST);
    assertThat(REQUESTS.get()).as("requests to the loopback server: " + what).isEqualTo(before);
    assertThat(dir.resolve("never.out")).as(what).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).as("temporary output").noneMatch(n -> n.contains("never"));
    }
    return r;
  }

  @Test
  void externalEntitiesNeitherReadFilesNorFetch() throws Exception {
    for (String command : List.of("validate", "convert", "hash")) {
      fails(1, "XML-ENTITY", command, "xxe-local-file.xml");
    }
    fails(1, "XML-ENTITY", "validate", "xxe-url.xml");
    fails(1, "XML-ENTITY", "convert", "xxe-parameter-entity.xml");
    fails(1, "XML-ENTITY", "hash", "xxe-external-dtd.xml");
    fails(1, "XML-ENTITY", "convert", "billion-laughs.xml");
    fails(1, "XML-ENTITY", "validate", "quadratic-blowup.xml");
  }

  @Test
  void brokenEncodingsNumbersAndKeysFailCleanly() throws Exception {
    fails(1, "XML-WELL-FORMED", "hash", "invalid-utf8.xml");
    fails(1, "JSON-SYNTAX", "convert", "invalid-utf8.jsonld");
    fails(1, "JSON-SYNTAX", "validate", "utf16le-bom.jsonld");
    fails(1, "JSON-DUPLICATE-KEY", "convert", "duplicate-key.jsonld");
    fails(1, "JSON-NUMBER", "hash", "quantity-exponent.jsonld");
    fails(1, "XML-NUMBER", "convert", "quantity-exponent.xml");
    fails(1, "JSON-SYNTAX", "validate", "quantity-nan.jsonld");
    byte[] valid = Files.readAllBytes(dir.resolve("valid.jsonld"));
    Files.write(dir.resolve("truncated.jsonld"), java.util.Arrays.copyOf(valid, valid.length / 2));
    fails(1, "JSON-SYNTAX", "convert", "truncated.jsonld");
  }

  /**
   * Identifiers of 70,000 characters (no real one has more than a few dozen) in every place the traceability index
   * and the hash take them: reported as findings, never an internal error (the index refused them before stop 18).
   */
  @Test
  void identifiersLongerThanAnyRealOneAreFindingsNotCrashes() throws Exception {
    String serial = "A".repeat(70_000);
    String sgtin = "urn:epc:id:sgtin:0614141.107346.";
    String head = XML_HEAD.substring(0, XML_HEAD.indexOf("<ObjectEvent>"));
    String xml = head + "<ObjectEvent><eventTime>2024-01-01T00:00:00Z</eventTime>"
        + "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset><epcList><epc>" + sgtin + "1</epc><epc>" + sgtin + serial
        + "</epc><epc>https://id.gs1.org/01/00614141073461/21/" + serial + "</epc></epcList><action>ADD</action>"
        + "<bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep></ObjectEvent>"
        + "<AggregationEvent><eventTime>2024-01-01T00:00:01Z</eventTime>"
        + "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset><parentID>urn:epc:id:sscc:0614141." + serial
        + "</parentID><childEPCs><epc>" + sgtin + "1</epc><epc>" + sgtin + serial + "</epc><epc>" + sgtin + serial
        + "B</epc></childEPCs><action>ADD</action></AggregationEvent>"
        + "<AggregationEvent><eventTime>2024-01-01T00:00:02Z</eventTime>"
        + "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset><parentID>urn:epc:id:sscc:0614141." + serial
        + "X</parentID><childEPCs><epc>" + sgtin + serial + "</epc></childEPCs><action>ADD</action>"
        + "</AggregationEvent><AggregationEvent><eventTime>2024-01-01T00:00:03Z</eventTime>"
        + "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset><parentID>urn:epc:id:sscc:0614141." + serial
        + "X</parentID><childEPCs><epc>" + sgtin + serial + "</epc></childEPCs><action>DELETE</action>"
        + "</AggregationEvent></EventList></EPCISBody></epcis:EPCISDocument>";
    Files.writeString(dir.resolve("long-identifiers.xml"), xml);
    for (String profile : List.of("core", "dscsa")) {
      Result r = fails(1, "EPC-SYNTAX", "validate", "long-identifiers.xml", "--profile", profile);
      // the index names a long identifier back: the parent it is still in; a finding shortens each (docs/rules.md)
      String child = sgtin + serial;
      String parent = "urn:epc:id:sscc:0614141." + serial;
      assertThat(r.out()).contains(" TRACE-TWO-PARENTS: " + shortened(child) + " is packed into "
          + shortened(parent + "X") + " but is still in " + shortened(parent) + " (no unpacking");
      assertThat(r.out()).doesNotContain("TRACE-DELETE-UNKNOWN"); // found again in the index
      if (profile.equals("dscsa")) {
        assertThat(r.out()).contains(" TRACE-NOT-COMMISSIONED: " + shortened(child + "B") + " is packed");
      }
      // no report line echoes a 70,000-character value
      assertThat(r.out().lines()).allMatch(l -> l.length() < 1_000, "lines under 1,000 characters");
    }
    Result hash = run("hash", "long-identifiers.xml");
    assertThat(hash.exit()).as(hash.err()).isZero();
    assertThat(hash.out().lines()).hasSize(4).allMatch(l -> l.startsWith("ni:///sha-256;"));
  }

  /** A run of more than 240 characters as a finding's message gives it: head, a note of its length, tail. */
  private static String shortened(String word) {
    return word.substring(0, 160) + String.format(java.util.Locale.ROOT, "...[%,d characters]...", word.length())
        + word.substring(word.length() - 40);
  }

  @Test
  void byteOrderMarksAreAccepted() throws Exception {
    for (String file : List.of("bom-utf16le.xml", "bom-utf16be.xml", "bom-utf8.jsonld")) {
      Result r = run("validate", file);
      assertThat(r.exit()).as(file + r.out() + r.err()).isZero();
    }
    Result converted = run("convert", "bom-utf16le.xml", "--to", "jsonld", "-o", "from-utf16.jsonld");
    assertThat(converted.exit()).as(converted.err()).isZero();
    assertThat(Files.readString(dir.resolve("from-utf16.jsonld"))).contains("urn:epc:id:sgtin:0614141.107346.2017");
  }

  /** Writes HEAD, {@code times} times {@code chunk}, {@code after} times {@code afterTimes}, TAIL, streaming. */
  static void generate(Path file, String head, String chunk, long times, String after, long afterTimes, String tail)
      throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      byte[] c = chunk.getBytes(StandardCharsets.UTF_8);
      for (long i = 0; i < times; i++) {
        out.write(c);
      }
      byte[] a = after.getBytes(StandardCharsets.UTF_8);
      for (long i = 0; i < afterTimes; i++) {
        out.write(a);
      }
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    }
  }

  static final String XML_HEAD = "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" schemaVersion=\"2.0\""
      + " creationDate=\"2024-01-01T00:00:00Z\"><EPCISBody><EventList><ObjectEvent>"
      + "<eventTime>2024-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
      + "<epcList/><action>OBSERVE</action><ex:x xmlns:ex=\"urn:x:\">";
  static final String XML_TAIL = "</ex:x></ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>";
  static final String JSON_HEAD = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"],"
      + " \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"2024-01-01T00:00:00Z\","
      + " \"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\", \"eventTime\": \"2024-01-01T00:00:00Z\","
      + " \"eventTimeZoneOffset\": \"+00:00\", \"epcList\": [], \"action\": \"OBSERVE\", \"ex:x\": ";
  static final String JSON_TAIL = "}]}}";

  @Test
  void deepNestingHitsTheDepthLimitWhichTheOptionRaises() throws Exception {
    generate(dir.resolve("deep.xml"), XML_HEAD, "<ex:x>", 200_000, "</ex:x>", 200_000, XML_TAIL);
    generate(dir.resolve("deep.jsonld"), JSON_HEAD, "[", 200_000, "]", 200_000, JSON_TAIL);
    for (String command : List.of("validate", "convert")) {
      Result r = fails(1, "XML-LIMIT-DEPTH", command, "deep.xml");
      assertThat(r.out() + r.err()).contains("limit of 100").contains("XmlLimits.withMaxDepth(int)")
          .contains("--limit depth=N");
    }
    Result json = fails(1, "JSON-LIMIT-DEPTH", "hash", "deep.jsonld");
    assertThat(json.err()).contains("limit of 500").contains("JsonLimits.withMaxNestingDepth(int)")
        .contains("--limit depth=N");
    fails(1, "JSON-LIMIT-DEPTH", "validate", "deep.jsonld");
    // 150 levels: refused by default, read with --limit depth=200
    generate(dir.resolve("deeper.xml"), XML_HEAD, "<ex:x>", 150, "</ex:x>", 150, XML_TAIL);
    fails(1, "XML-LIMIT-DEPTH", "hash", "deeper.xml");
    Result raised = run("hash", "--limit", "depth=200", "deeper.xml");
    assertThat(raised.exit()).as(raised.err()).isZero();
    assertThat(raised.out()).startsWith("ni:///sha-256;");
    // a bad --limit is a usage error: one line, exit 2
    for (String bad : List.of("depht=200", "depth=lots", "depth=3000000000")) {
      Result usage = run("hash", "--limit", bad, "deeper.xml");
      assertThat(usage.exit()).as(bad).isEqualTo(2);
      assertThat(usage.err().strip()).as(bad).doesNotContain("\n").contains("--limit").doesNotContain("Exception");
    }
    assertThat(run("validate", "--help").out()).contains("--limit=NAME=N").contains("attribute-length")
        .contains("--limit size=1G");
  }

  @Test
  void aThreeHundredMegabyteTextFailsFastInABoundedHeap() throws Exception {
    generate(dir.resolve("text.xml"), XML_HEAD, "A".repeat(1 << 16), 300L * 16, "", 0, XML_TAIL);
    Result xml = fails(1, "XML-LIMIT-TEXT", "convert", "text.xml");
    assertThat(xml.err()).contains("XmlLimits.withMaxTextLength(int)").contains("--limit text=N");
    fails(1, "XML-LIMIT-TEXT", "validate", "text.xml");
    Files.delete(dir.resolve("text.xml"));
    generate(dir.resolve("text.jsonld"), JSON_HEAD + "\"", "A".repeat(1 << 16), 300L * 16, "\"", 1, JSON_TAIL);
    Result json = fails(1, "JSON-LIMIT-STRING", "validate", "text.jsonld");
    assertThat(json.out()).contains("JsonLimits.withMaxStringLength(int)").contains("--limit text=N");
    fails(1, "JSON-LIMIT-STRING", "convert", "text.jsonld");
    Files.delete(dir.resolve("text.jsonld"));
  }
}
