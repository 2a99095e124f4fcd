package dev.pharmatrace.epcis.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Progress of long work on stderr, one line redrawn in place: percentage, amount, rate and time left when the size
 * is known ({@code convert big.xml: 45% of 268.0 MB, 36,210 events/s, 0:12 left}). Shown only when stderr is a
 * terminal and the user did not ask for {@code --quiet}, and only once the work has taken a second, so that quick
 * commands and scripts see nothing. The line is erased when the work ends.
 */
public final class Progress implements AutoCloseable {
  /** Redraw interval. */
  static final long INTERVAL_MS = 500;
  /** Work shorter than this shows no progress. */
  static final long DELAY_MS = 1000;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final LongSupplier done;
  private final String unit;
  private final LongAdder events = new LongAdder();
  private final long start = System.nanoTime();
  private final Thread painter;
  private volatile boolean running = true;
  private boolean drawn;

  private Progress(PrintWriter err, String label, long total, LongSupplier done, String unit, boolean enabled) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.done = done != null ? done : events::sum; // without a byte count, progress is the events counted
    this.unit = unit;
    if (enabled) {
      painter = new Thread(this::paintLoop, "epcis-progress");
      painter.setDaemon(true);
      painter.start();
    } else {
      painter = null;
    }
  }

  /**
   * Progress over an input read as bytes.
   *
   * @param err where to draw
   * @param label what is being done, e.g. {@code convert big.xml}
   * @param totalBytes the input's size, or -1 if unknown (stdin)
   * @param bytesRead how many bytes have been read so far
   * @param quiet whether the user asked for silence
   */
  public static Progress overBytes(PrintWriter err, String label, long totalBytes, LongSupplier bytesRead,
      boolean quiet) {
    return new Progress(err, label, totalBytes, bytesRead, "bytes", !quiet && stderrIsTerminal());
  }

  /** Progress over a known number of events (e.g. generated ones). */
  public static Progress overEvents(PrintWriter err, String label, long totalEvents, boolean quiet) {
    return new Progress(err, label, totalEvents, null, "events", !quiet && stderrIsTerminal());
  }

  /** Counts one event (call once per event handled). */
  public void event() {
    events.increment();
  }

  private void paintLoop() {
    try {
      Thread.sleep(DELAY_MS);
      while (running) {
        String line = render(label, done.getAsLong(), total, events.sum(), unit, (System.nanoTime() - start) / 1e9);
        synchronized (this) {
          if (!running) {
            return;
          }
          err.print("\r" + line + "\u001b[K");
          err.flush();
          drawn = true;
        }
        Thread.sleep(INTERVAL_MS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops drawing and erases the line. */
  @Override
  public void close() {
    running = false;
    if (painter != null) {
      painter.interrupt();
      synchronized (this) {
        if (drawn) {
          err.print("\r\u001b[K");
          err.flush();
        }
      }
    }
  }

  /**
   * The progress line.
   *
   * @param label what is being done
   * @param done bytes or events done
   * @param total bytes or events in all, or -1 if unknown
   * @param events events handled so far
   * @param unit {@code bytes} or {@code events}: what {@code done} and {@code total} count
   * @param seconds time since the start
   */
  static String render(String label, long done, long total, long events, String unit, double seconds) {
    StringBuilder s = new StringBuilder(label).append(": ");
    boolean bytes = unit.equals("bytes");
    if (total > 0) {
      double fraction = Math.min(1.0, (double) done / total);
      s.append(String.format(Locale.ROOT, "%d%% of %s", (int) (fraction * 100), bytes ? megabytes(total)
          : String.format(Locale.ROOT, "%,d events", total)));
    } else {
      s.append(bytes ? megabytes(done) + " read" : String.format(Locale.ROOT, "%,d events", done));
    }
    if (seconds > 0) {
      s.append(String.format(Locale.ROOT, ", %,d events/s", Math.round(events / seconds)));
    }
    if (total > 0 && done > 0 && done < total && seconds > 0) {
      long left = Math.round(seconds * (total - done) / done);
      s.append(String.format(Locale.ROOT, ", %d:%02d left", left / 60, left % 60));
    }
    return s.toString();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  /**
   * Whether stderr is a terminal. Java cannot ask directly; on Linux, file descriptor 2 links to a terminal device;
   * elsewhere, the presence of a console (stdin and stdout on a terminal) stands in for it.
   */
  static boolean stderrIsTerminal() {
    try {
      Path fd2 = Path.of("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // fall through
    }
    return System.console() != null;
  }
}
