package dev.pharmatrace.epcis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * {@link QuickValidate} reads {@code epcis validate} command lines without picocli: every command line it takes must
 * mean to picocli exactly what it means to it (same files, options and defaults), and running it must print and exit
 * as picocli's run of the same command line does.
 */
class QuickValidateTest {
  /** Words that make up command lines: ours, picocli's, near misses and values. */
  private static final List<String> WORDS = List.of("validate", "a.xml", "b.jsonld", "dir/c.xml", "-q", "--quiet",
      "--verbose", "--profile", "--profile=dscsa", "--profile=", "dscsa", "schema", "core", "--format", "--format=json",
      "json", "text", "xml", "-", "--", "@args.txt", "-h", "--help", "-V", "--version", "--limit", "size=1G",
      "--profile-file", "--profile-dir", "-qq", "--quiet=true", "--q", "-Q", "a=b.xml", "", " ", "--format=text",
      "--profile=a=b", "help", "convert", "--to");
  private static final List<String> GOOD = List.of("a.xml", "b.jsonld", "dir/c.xml", "-q", "--quiet", "--verbose",
      "--profile", "dscsa", "--format", "json", "text", "--profile=dscsa", "--format=json");
  private static final List<String> CORE = List.of("a.xml", "b.jsonld", "-q", "--quiet", "--verbose", "--profile",
      "--profile=dscsa", "dscsa", "--format", "json", "-", "--", "@args.txt", "--help", "--limit", "");

  @Test
  void everyQuickCommandLineMeansWhatItMeansToPicocli() {
    List<String[]> lines = new ArrayList<>();
    // every command line of up to two words after "validate", every one of three of the words that matter most,
    // and 8,000 random ones of four to seven words, mostly of words the quick grammar takes
    for (String a : WORDS) {
      lines.add(new String[] {"validate", a});
      for (String b : WORDS) {
        lines.add(new String[] {"validate", a, b});
      }
    }
    for (String a : CORE) {
      for (String b : CORE) {
        for (String c : CORE) {
          lines.add(new String[] {"validate", a, b, c});
        }
      }
    }
    Random random = new Random(17);
    for (int i = 0; i < 8_000; i++) {
      String[] line = new String[5 + random.nextInt(4)];
      line[0] = "validate";
      for (int j = 1; j < line.length; j++) {
        List<String> from = random.nextInt(10) < 8 ? GOOD : WORDS;
        line[j] = from.get(random.nextInt(from.size()));
      }
      lines.add(line);
    }
    int quick = 0;
    for (String[] args : lines) {
      ValidateCommand q = QuickValidate.parse(args);
      if (q == null) {
        continue;
      }
      quick++;
      ValidateCommand p = picocli(args);
      String line = Arrays.toString(args);
      assertThat(p).as("picocli refuses %s", line).isNotNull();
      assertThat(q.files).as(line).isEqualTo(p.files);
      assertThat(q.profile).as(line).isEqualTo(p.profile);
      assertThat(q.format).as(line).isEqualTo(p.format);
      assertThat(q.quiet).as(line).isEqualTo(p.quiet);
      assertThat(q.verbose).as(line).isEqualTo(p.verbose);
      assertThat(q.profileFile).as(line).isEqualTo(p.profileFile).isNull();
      assertThat(q.profileDir).as(line).isEqualTo(p.profileDir).isNull();
      assertThat(q.limitOptions.limits).as(line).isEqualTo(p.limitOptions.limits).isEmpty();
    }
    // the comparison compared something: the quick grammar takes a good share of these command lines
    assertThat(quick).isGreaterThan(2_000);
  }

  @Test
  void theCommonCommandLinesAreQuick() {
    for (String line : List.of("validate a.xml", "validate -q a.xml", "validate a.xml b.jsonld --quiet",
        "validate --profile dscsa a.xml", "validate --profile=dscsa --format json a.xml",
        "validate --format=text --verbose a.xml -q", "validate --profile acme-2024_v1.0 /tmp/x/a.xml")) {
      assertThat(QuickValidate.parse(line.split(" "))).as(line).isNotNull();
    }
  }

  @Test
  void everythingElseGoesToPicocli() {
    for (String line : List.of("validate", "validate -q", "validate --help", "validate -h a.xml", "validate -V",
        "validate --version a.xml", "validate --limit size=1G a.xml", "validate --profile-file p.properties a.xml",
        "validate --profile-dir d --profile acme a.xml", "validate @args.txt", "validate -- a.xml",
        "validate - ", "validate -q -q a.xml", "validate --profile dscsa --profile core a.xml",
        "validate --profile", "validate a.xml --format", "validate --format -q a.xml", "validate --quiet=true a.xml",
        "validate -qq a.xml", "validate --profile=a=b a.xml", "validate --no-such-option a.xml", "convert a.xml",
        "--verbose validate a.xml", "help validate")) {
      assertThat(QuickValidate.parse(line.split(" "))).as(line).isNull();
    }
    assertThat(QuickValidate.parse(new String[] {"validate", ""})).isNull();
    assertThat(QuickValidate.parse(new String[] {"validate", "--profile", "", "a.xml"})).isNull();
  }

  @Test
  void aQuickRunPrintsAndExitsAsPicoclisRunDoes(@TempDir Path dir) throws Exception {
    Path ok = Files.writeString(dir.resolve("ok.xml"), CliIT.VALID);
    Path bad = Files.writeString(dir.resolve("bad.xml"), CliIT.VALID.replace("OBSERVE", "CREATE"));
    Path dup = Files.writeString(dir.resolve("dup.xml"), CliIT.VALID.replace("</EventList>",
        CliIT.VALID.substring(CliIT.VALID.indexOf("<ObjectEvent>"), CliIT.VALID.indexOf("</EventList>"))
            + "</EventList>"));
    Path json = Files.writeString(dir.resolve("broken.jsonld"), "{\"type\": \"EPCISDocument\",");
    String missing = dir.resolve("missing.xml").toString();
    List<String[]> lines = List.of(
        new String[] {"validate", ok.toString()},
        new String[] {"validate", "-q", ok.toString(), bad.toString()},
        new String[] {"validate", "--format", "json", bad.toString(), dup.toString()},
        new String[] {"validate", dup.toString()},
        new String[] {"validate", "--profile", "dscsa", dup.toString()},
        new String[] {"validate", "--profile=schema", json.toString(), ok.toString()},
        new String[] {"validate", missing},
        new String[] {"validate", "--verbose", missing, ok.toString()},
        new String[] {"validate", "--format", "xml", ok.toString()},
        new String[] {"validate", "--profile", "nosuchprofile", ok.toString()});
    List<Integer> exits = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    for (String[] args : lines) {
      assertThat(QuickValidate.parse(args)).as(Arrays.toString(args)).isNotNull();
      StringWriter quickOut = new StringWriter();
      StringWriter quickErr = new StringWriter();
      int quickExit = Main.run(args, new PrintWriter(quickOut, true), new PrintWriter(quickErr, true));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Main.runPicocli(args, new PrintWriter(out, true), new PrintWriter(err, true));
      assertThat(quickOut.toString()).as(Arrays.toString(args)).isEqualTo(out.toString());
      assertThat(quickErr.toString()).as(Arrays.toString(args)).isEqualTo(err.toString());
      assertThat(quickExit).as(Arrays.toString(args)).isEqualTo(exit);
      exits.add(exit);
      outputs.add(out.toString() + err.toString());
    }
    // valid, invalid, invalid, valid with a duplicate warning, the same against the DSCSA rules (no transaction
    // statement: invalid), invalid JSON, missing file, missing file, bad format, unknown profile: the runs compared
    // are the command's real outcomes
    assertThat(exits).containsExactly(0, 1, 1, 0, 1, 1, 2, 2, 2, 2);
    assertThat(outputs.get(3)).contains("warning EVENT-DUPLICATE");
    assertThat(outputs.get(7)).contains("missing.xml").doesNotContain("Exception");
    assertThat(outputs.get(8)).contains("unknown format 'xml'");
  }

  /** The validate command picocli makes of {@code args}, or null when it refuses them or is asked for help. */
  private static ValidateCommand picocli(String[] args) {
    CommandLine cmd = Main.commandLine(args);
    ParseResult parsed;
    try {
      parsed = cmd.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      return null;
    }
    if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested() || !parsed.hasSubcommand()) {
      return null;
    }
    ParseResult sub = parsed.subcommand();
    if (sub.isUsageHelpRequested() || sub.isVersionHelpRequested()) {
      return null;
    }
    return (ValidateCommand) sub.commandSpec().userObject();
  }
}
