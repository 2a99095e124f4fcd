package dev.pharmatrace.epcis.cli.internal;

import dev.pharmatrace.epcis.model.io.AtomicFileOutput;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Writes a command's output to a file ({@code -o OUT}), atomically, or to stdout ({@code -}). */
public final class Outputs {
  private Outputs() {}

  /**
   * Runs {@code body} on the output: stdout for {@code -} (flushed, never closed), else a temporary file that
   * replaces {@code output} only when {@code body} completes, so a failure leaves nothing behind.
   *
   * @throws EpcisException with rule {@code IO} if the file cannot be written
   */
  public static void write(String output, Consumer<OutputStream> body) {
    if (output.equals("-")) {
      OutputStream out = new FilterOutputStream(System.out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
      body.accept(out);
      try {
        out.flush();
      } catch (IOException e) {
        throw new EpcisException(Finding.error("IO", "cannot write: " + e.getMessage(),
            SourceLocation.of("-", 0, 0)), e);
      }
      return;
    }
    try (AtomicFileOutput out = AtomicFileOutput.open(Path.of(output))) {
      body.accept(out.stream());
      out.commit();
    } catch (IOException e) {
      throw new EpcisException(Finding.error("IO", "cannot write: " + e.getMessage(),
          SourceLocation.of(output, 0, 0)), e);
    }
  }
}
