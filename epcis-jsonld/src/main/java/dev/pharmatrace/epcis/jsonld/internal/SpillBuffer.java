package dev.pharmatrace.epcis.jsonld.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes kept in memory up to a threshold, then in a temporary file (created on demand, deleted on {@link #close()}).
 * Written once, then read once with {@link #input()}; {@link #discard()} deletes the file. I/O failures are
 * {@link UncheckedIOException}s.
 */
final class SpillBuffer extends OutputStream {
  private final Path directory;
  private final long threshold;
  private final String prefix;
  private Memory memory = new Memory();
  private Path file;
  private OutputStream out;

  SpillBuffer(Path directory, long threshold, String prefix) {
    this.directory = directory;
    this.threshold = threshold;
    this.prefix = prefix;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    try {
      if (file == null && memory.size() + (long) len > threshold) {
        spill();
      }
      if (out != null) {
        out.write(b, off, len);
      } else {
        memory.write(b, off, len);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the temporary file " + file + ": " + e.getMessage(), e);
    }
  }

  private void spill() throws IOException {
    try {
      file = Files.createTempFile(directory, prefix, ".tmp");
    } catch (IOException e) {
      throw new IOException("cannot create a temporary file in " + directory + ": " + e.getMessage(), e);
    }
    out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    memory.writeTo(out);
    memory = null;
  }

  /** Ends writing and reads the bytes back from the start. */
  InputStream input() {
    try {
      if (out == null) {
        return memory.read();
      }
      out.close();
      return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the temporary file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Flushes what was written (the bytes stay readable). */
  @Override
  public void flush() {
    if (out != null) {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the temporary file " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** Ends writing (the bytes stay readable with {@link #input()}). */
  @Override
  public void close() {
    flush();
  }

  /** Deletes the temporary file, if any (the reader of {@link #input()} closes its own stream first). */
  void discard() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException ignored) {
        // closed after a failure: the file is deleted anyway
      }
    }
    memory = null;
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // nothing useful to do: the file lies in the temporary directory
      }
    }
  }

  /** A byte array output whose buffer is read back without a copy. */
  private static final class Memory extends ByteArrayOutputStream {
    InputStream read() {
      return new ByteArrayInputStream(buf, 0, count);
    }
  }
}
