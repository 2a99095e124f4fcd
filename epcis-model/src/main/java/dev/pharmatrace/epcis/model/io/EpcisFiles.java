package dev.pharmatrace.epcis.model.io;

import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** File access shared by the syntax modules, with I/O problems reported as located {@code IO} findings. */
public final class EpcisFiles {
  private EpcisFiles() {}

  /**
   * Opens a file for reading.
   *
   * @throws EpcisException with rule {@code IO} if it is missing or unreadable
   */
  public static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new EpcisException(Finding.error("IO", "file not found", SourceLocation.of(file.toString(), 0, 0)), e);
    } catch (IOException e) {
      throw new EpcisException(Finding.error("IO", "cannot read the file: " + e.getMessage(),
          SourceLocation.of(file.toString(), 0, 0)), e);
    }
  }

  /**
   * Writes a file atomically ({@link AtomicFileOutput}): {@code body} writes the content; on any failure the target
   * is left as it was.
   *
   * @throws EpcisException with rule {@code IO} if the file cannot be written
   */
  public static void writeAtomically(Path target, Consumer<OutputStream> body) {
    try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
      body.accept(out.stream());
      out.commit();
    } catch (IOException e) {
      throw new EpcisException(Finding.error("IO", "cannot write the file: " + e.getMessage(),
          SourceLocation.of(target.toString(), 0, 0)), e);
    }
  }
}
