package dev.pharmatrace.epcis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command of the CLI's integration tests as a separate process, as users' scripts do. */
final class CliProcess {
  /** What a command did: its exit code, standard output and standard error. */
  record Result(int exit, String out, String err) {}

  private CliProcess() {}

  /**
   * Runs {@code command} in {@code dir} with {@code environment} added to the inherited one, and waits up to
   * 60 s for it; its output goes through {@code stdout.txt} and {@code stderr.txt} in {@code dir}.
   */
  static Result run(Path dir, List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process p = builder.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command finishes").isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
