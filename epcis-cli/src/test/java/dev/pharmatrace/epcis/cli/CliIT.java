package dev.pharmatrace.epcis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code epcis.jar} as a separate process, as users' scripts do. */
class CliIT {
  static final String VALID = """
      <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
          creationDate="2024-01-01T00:00:00Z"><EPCISBody><EventList>
      <ObjectEvent><eventTime>2024-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>
      <epcList><epc>urn:epc:id:sgtin:0614141.107346.2017</epc></epcList><action>OBSERVE</action>
      <bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep></ObjectEvent>
      </EventList></EPCISBody></epcis:EPCISDocument>
      """;

  record Result(int exit, String out, String err) {}

  static Result run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", System.getProperty("epcis.jar", "target/epcis.jar")));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command finishes").isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void validateExitCodesAndFindingLines(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ok.xml"), VALID);
    Files.writeString(dir.resolve("bad.xml"), VALID.replace("OBSERVE", "CREATE"));
    Result ok = run(dir, "validate", "ok.xml");
    assertThat(ok.exit()).isZero();
    Result bad = run(dir, "validate", "ok.xml", "bad.xml");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).startsWith("bad.xml:4:").contains(": error XSD-").contains("CREATE");
    assertThat(bad.err()).doesNotContain("Exception");
    Result missing = run(dir, "validate", "missing.xml");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.out() + missing.err()).contains("missing.xml").contains("IO").doesNotContain("Exception");
    Result json = run(dir, "validate", "--format", "json", "bad.xml");
    assertThat(json.exit()).isEqualTo(1);
    assertThat(json.out()).startsWith("{\"valid\":false,\"files\":[{\"file\":\"bad.xml\",\"valid\":false");
    Result usage = run(dir, "validate", "--no-such-option", "ok.xml");
    assertThat(usage.exit()).isEqualTo(2);
  }

  @Test
  void convertRoundTripsAndLeavesNothingBehindOnFailure(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("in.xml"), VALID);
    Result toJson = run(dir, "convert", "in.xml", "--to", "jsonld", "-o", "out.jsonld");
    assertThat(toJson.exit()).isZero();
    assertThat(Files.readString(dir.resolve("out.jsonld"))).contains("\"bizStep\" : \"shipping\"");
    Result jsonValid = run(dir, "validate", "out.jsonld");
    assertThat(jsonValid.exit()).isZero();
    assertThat(jsonValid.err()).doesNotContain("SLF4J");
    Result to12 = run(dir, "convert", "out.jsonld", "--to", "xml", "--epcis-version", "1.2", "-o", "out12.xml");
    assertThat(to12.exit()).isZero();
    assertThat(Files.readString(dir.resolve("out12.xml"))).contains("urn:epcglobal:epcis:xsd:1");
    assertThat(run(dir, "validate", "out12.xml").exit()).isZero();
    // a truncated input fails: exit 1, no output file
    Files.writeString(dir.resolve("broken.xml"), VALID.substring(0, VALID.indexOf("</ObjectEvent>")));
    Result broken = run(dir, "convert", "broken.xml", "--to", "jsonld", "-o", "never.jsonld");
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.err()).contains("broken.xml:").doesNotContain("Exception");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("never")
          || n.startsWith(".never"));
    }
    assertThat(run(dir, "convert", "in.xml", "--to", "yaml").exit()).isEqualTo(2);
  }

  @Test
  void idCheckAndConvert(@TempDir Path dir) throws Exception {
    Result ok = run(dir, "id", "check", "urn:epc:id:sgtin:0614141.107346.2017", "(01)00361234567890(21)100001");
    assertThat(ok.exit()).isZero();
    Result bad = run(dir, "id", "check", "(01)00361234567896(21)100001");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).contains("GS1-CHECK-DIGIT");
    Result urn = run(dir, "id", "convert", "(01)00361234567890(21)100001", "--to", "urn", "--gcp-length", "7");
    assertThat(urn.exit()).isZero();
    assertThat(urn.out().strip()).isEqualTo("urn:epc:id:sgtin:0361234.056789.100001");
    Result unknown = run(dir, "id", "convert", "(01)00361234567890(21)100001", "--to", "urn");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("GCP-LENGTH-UNKNOWN");
    assertThat(run(dir, "--version").out()).startsWith("epcis ");
    String help = run(dir, "convert", "--help").out();
    assertThat(help).contains("--epcis-version").contains("Examples");
    assertThat(new String(run(dir, "generate-completion").out().getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8)).contains("complete");
  }
  @Test
  void generateDscsaInEachFormatReproduciblyAndRefusesBadSizes(@TempDir Path dir) throws Exception {
    Result xml = run(dir, "generate", "dscsa", "--items", "100", "--items-per-case", "12", "--seed", "7", "-o",
        "a.xml");
    assertThat(xml.exit()).isZero();
    assertThat(xml.out() + xml.err()).isEmpty();
    String a = Files.readString(dir.resolve("a.xml"));
    assertThat(a).contains("schemaVersion=\"1.2\"").contains("<sbdh:StandardBusinessDocumentHeader>")
        .contains("gs1ushc:dscsaTransactionStatement").contains("urn:epcglobal:cbv:bizstep:shipping")
        .contains("<cbvmda:lotNumber>");
    assertThat(run(dir, "validate", "a.xml").exit()).isZero();
    // same seed: same bytes, also on stdout; another seed: another document
    Result stdout = run(dir, "generate", "dscsa", "--items", "100", "--items-per-case", "12", "--seed", "7");
    assertThat(stdout.out()).isEqualTo(a);
    run(dir, "generate", "dscsa", "--items", "100", "--items-per-case", "12", "--seed", "8", "-o", "b.xml");
    assertThat(Files.readString(dir.resolve("b.xml"))).isNotEqualTo(a);
    Result v20 = run(dir, "generate", "dscsa", "--epcis-version", "2.0", "--items", "30", "-o", "c.xml");
    assertThat(v20.exit()).isZero();
    assertThat(Files.readString(dir.resolve("c.xml"))).contains("schemaVersion=\"2.0\"");
    assertThat(run(dir, "validate", "c.xml").exit()).isZero();
    Result json = run(dir, "generate", "dscsa", "--format", "jsonld", "--items", "30", "-o", "d.jsonld");
    assertThat(json.exit()).isZero();
    assertThat(Files.readString(dir.resolve("d.jsonld"))).contains("\"gs1ushc:dscsaTransactionStatement\"");
    assertThat(run(dir, "validate", "d.jsonld").exit()).isZero();
    // usage errors: exit 2, one line, no stack trace, no output file
    for (String[] bad : List.of(new String[] {"--items", "0"}, new String[] {"--items-per-case", "-1"},
        new String[] {"--cases-per-pallet", "0"}, new String[] {"--format", "yaml"},
        new String[] {"--format", "jsonld", "--epcis-version", "1.2"}, new String[] {"--epcis-version", "1.1"})) {
      List<String> args = new ArrayList<>(List.of("generate", "dscsa", "-o", "never.xml"));
      args.addAll(List.of(bad));
      Result r = run(dir, args.toArray(String[]::new));
      assertThat(r.exit()).as(String.join(" ", bad)).isEqualTo(2);
      assertThat(r.err().strip()).as(String.join(" ", bad)).doesNotContain("\n").doesNotContain("Exception")
          .isNotEmpty();
    }
    assertThat(dir.resolve("never.xml")).doesNotExist();
    Result io = run(dir, "generate", "dscsa", "--items", "10", "-o", "missing/x.xml");
    assertThat(io.exit()).isEqualTo(2);
    assertThat(io.err()).contains("IO").doesNotContain("Exception");
  }
}
