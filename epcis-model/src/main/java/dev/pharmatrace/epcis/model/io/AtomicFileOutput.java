package dev.pharmatrace.epcis.model.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Writes a file atomically: the content goes to a temporary file next to the target, which replaces the target
 * only on {@link #commit()}. Closing without committing (a failed write) deletes the temporary file, so a failed
 * conversion never leaves a partial output file that looks like a result.
 *
 * <pre>{@code
 * try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
 *   writer.write(document, out.stream());
 *   out.commit();
 * }
 * }</pre>
 */
public final class AtomicFileOutput implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream stream;
  private boolean committed;
  private boolean closed;

  private AtomicFileOutput(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    Path dir = this.target.getParent();
    this.temp = createTemp(dir, this.target.getFileName().toString());
    this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    OutputStream raw = java.nio.channels.Channels.newOutputStream(channel);
    this.stream = new FilterOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16)) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the owner closes the file; writers that close their stream must not end the write
      }
    };
  }

  /**
   * A new file beside the target. It is created with the default permissions (those of the user's umask), as the
   * target would be if written directly, not the owner-only permissions of {@link Files#createTempFile}: the output
   * of a conversion is not a secret, and the users of a shared folder expect to read it.
   */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate = dir.resolve("." + name + "." + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** An existing target keeps its POSIX permissions when it is replaced. */
  private void keepPermissions() throws IOException {
    if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    }
  }

  /** Starts writing {@code target}. The target's directory must exist. */
  public static AtomicFileOutput open(Path target) throws IOException {
    return new AtomicFileOutput(target);
  }

  /** The stream to write the content to. Closing it does not commit. */
  public OutputStream stream() {
    return stream;
  }

  /** Flushes the content to disk and moves it into place. */
  public void commit() throws IOException {
    if (closed) {
      throw new IOException("already closed: " + target);
    }
    stream.flush();
    channel.force(true);
    channel.close();
    keepPermissions();
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
    closed = true;
  }

  /** Without a prior {@link #commit()}, discards the content: the target is left as it was. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
    } finally {
      if (!committed) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
