package dev.pharmatrace.epcis.cli;

import dev.pharmatrace.epcis.cli.internal.Inputs;
import dev.pharmatrace.epcis.cli.internal.Progress;
import dev.pharmatrace.epcis.model.hash.EventHashGenerator;
import dev.pharmatrace.epcis.model.hash.HashAlgorithm;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code epcis hash FILE [--prehash] [--algorithm NAME]}: one CBV 2.0 event hash ID per event, in document order. */
@Command(name = "hash", mixinStandardHelpOptions = true,
    description = "Print the CBV 2.0 event hash ID of every event (ni:///sha-256;...?ver=CBV2.0), one per line, in "
        + "document order; the same for an event in 1.2 XML, 2.0 XML or JSON-LD. Streaming: any document size.",
    footer = {"", "Exit codes: 0 hashed, 1 invalid input, 2 usage or I/O error.", "", "Examples:",
        "  epcis hash shipment.xml", "  epcis hash --prehash shipment.jsonld", "  cat in.xml | epcis hash - --algorithm sha-512",
        "  epcis hash --limit depth=200 deep.xml"})
final class HashCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The EPCIS document; - for stdin.")
  String input;

  @Option(names = "--prehash", description = "Print the canonical pre-hash strings instead of the hash IDs "
      + "(for debugging a mismatch with a partner's hash).")
  boolean prehash;

  @Option(names = "--algorithm", defaultValue = "sha-256", paramLabel = "NAME",
      description = "The digest, by its Named Information name: sha-256 (default), sha-384, sha-512, sha3-224, "
          + "sha3-256, sha3-384, sha3-512, sha-256-128, sha-256-120, sha-256-96, sha-256-64, sha-256-32.")
  String algorithm;

  @Option(names = {"-q", "--quiet"}, description = "No progress line on stderr (shown for long work when stderr "
      + "is a terminal).")
  boolean quiet;

  @Mixin
  LimitOptions limitOptions;

  @Option(names = "--verbose", description = "Show stack traces of unexpected errors.")
  boolean verbose;

  @Override
  public Integer call() {
    Optional<HashAlgorithm> a = HashAlgorithm.fromNiName(algorithm);
    if (a.isEmpty()) {
      spec.commandLine().getErr().println("unknown algorithm '" + algorithm + "': use one of "
          + Arrays.stream(HashAlgorithm.values()).map(HashAlgorithm::niName).collect(Collectors.joining(", ")));
      return ExitCodes.USAGE_OR_IO;
    }
    EventHashGenerator hashes = EventHashGenerator.builder().algorithm(a.get()).build();
    PrintWriter out = new PrintWriter(new BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
    // the event hashes need no header: a JSON-LD body is read in place whatever follows it
    try (Inputs.EventSource in = Inputs.events(input, limitOptions.limits(), false);
        Progress progress = Progress.overBytes(spec.commandLine().getErr(), "hash " + input, in.totalBytes(),
            in::bytesRead, quiet)) {
      while (in.hasNext()) {
        out.println(prehash ? hashes.preHashString(in.next()) : hashes.hashId(in.next()));
        progress.event();
      }
      in.warnings().forEach(spec.commandLine().getErr()::println);
    } finally {
      out.flush();
    }
    return ExitCodes.OK;
  }
}
