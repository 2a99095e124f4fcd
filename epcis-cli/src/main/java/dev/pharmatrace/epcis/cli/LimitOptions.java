package dev.pharmatrace.epcis.cli;

import dev.pharmatrace.epcis.cli.internal.InputLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --limit NAME=N} option that {@code validate}, {@code convert} and {@code hash} share. */
final class LimitOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--limit", paramLabel = "NAME=N",
      description = {"Raise (or lower) an input limit; repeatable. N may end in K, M or G (x1024). NAME:",
          "  size              document size: XML characters, JSON bytes",
          "                    (default 8G)",
          "  depth             element / array and object nesting (XML 100, JSON 500)",
          "  text              XML text node / JSON string characters (16M)",
          "  events            events per document (50000000)",
          "  attributes        XML attributes per element (256)",
          "  attribute-length  XML attribute value characters (1M)",
          "  number            JSON number characters (1000)",
          "  name              JSON member name characters (50000)",
          "A limit error names its limit, e.g. --limit depth=N."})
  Map<String, String> limits = new LinkedHashMap<>();

  /**
   * The limits given on the command line over the defaults.
   *
   * @throws ParameterException (a usage error, exit code 2) for an unknown name or a bad value
   */
  InputLimits limits() {
    InputLimits result = InputLimits.DEFAULTS;
    for (Map.Entry<String, String> e : limits.entrySet()) {
      try {
        result = result.with(e.getKey(), InputLimits.parseValue(e.getKey(), e.getValue()));
      } catch (IllegalArgumentException x) {
        throw new ParameterException(mixee.commandLine(), x.getMessage());
      }
    }
    return result;
  }
}
