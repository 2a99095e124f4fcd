package dev.pharmatrace.epcis.cli.internal;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.JsonEventStream;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.io.EpcisFiles;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.XmlEventStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** Opens an input (a file or {@code -} for stdin) and detects its syntax from its first byte. */
public final class Inputs {
  private Inputs() {}

  /** The syntaxes the CLI reads. */
  public enum Syntax {
    /** EPCIS XML (1.2 or 2.0). */
    XML,
    /** EPCIS 2.0 JSON / JSON-LD. */
    JSON
  }

  /** A streaming read of either syntax. */
  public interface EventSource extends AutoCloseable {
    /** The document without events. */
    EpcisDocument document();

    /** Whether another event follows. */
    boolean hasNext();

    /** The next event. */
    EpcisEvent next();

    /** Where the event last returned by {@link #next()} starts: line and column, or JSON pointer. */
    SourceLocation lastEventLocation();

    /** Reader warnings. */
    List<Finding> warnings();

    /** The detected syntax. */
    Syntax syntax();

    /** Bytes of the input read so far (for progress). */
    long bytesRead();

    /** The input's size in bytes, or -1 if unknown (stdin). */
    long totalBytes();

    @Override
    void close();
  }

  /** Opens {@code name} ({@code -} is stdin), buffered, marked at the start. */
  public static InputStream open(String name) {
    return open(name, new Counter());
  }

  private static InputStream open(String name, Counter counter) {
    InputStream in = name.equals("-") ? System.in : dev.pharmatrace.epcis.model.io.EpcisFiles.open(Path.of(name));
    return new BufferedInputStream(new java.io.FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          counter.bytes++;
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          counter.bytes += n;
        }
        return n;
      }
    }, 1 << 16);
  }

  /** Bytes read from an input, written by the reading thread, read by the progress thread. */
  private static final class Counter {
    volatile long bytes;
  }

  /** The size of a file input, or -1 (stdin, or not a regular file). */
  private static long size(String name) {
    try {
      Path p = Path.of(name);
      return name.equals("-") || !java.nio.file.Files.isRegularFile(p) ? -1 : java.nio.file.Files.size(p);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * The syntax of a buffered stream, by its first non-blank character: after a UTF-8 byte order mark, or in UTF-16
   * after its byte order mark (XML in UTF-16 is read; the JSON reader refuses anything but UTF-8 with a clear finding).
   */
  public static Syntax detect(InputStream in, String name) {
    try {
      in.mark(4096);
      int first = in.read();
      int second = in.read();
      boolean utf16be = first == 0xFE && second == 0xFF;
      boolean utf16le = first == 0xFF && second == 0xFE;
      int b;
      if (utf16be || utf16le) {
        int c;
        do {
          int hi = in.read();
          int lo = in.read();
          c = hi < 0 || lo < 0 ? -1 : utf16be ? hi << 8 | lo : lo << 8 | hi;
        } while (c != -1 && Character.isWhitespace(c));
        b = c;
      } else {
        in.reset();
        in.mark(4096);
        int read = 0;
        do {
          b = in.read();
          read++;
        } while (b != -1 && read < 4096 && (Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF));
      }
      in.reset();
      if (b == '<') {
        return Syntax.XML;
      }
      if (b == '{' || b == '[') {
        return Syntax.JSON;
      }
      throw new EpcisException(Finding.error("INPUT-FORMAT", b == -1 ? "the input is empty"
          : "not EPCIS XML or JSON-LD: the input starts with neither '<' nor '{'", SourceLocation.of(name, 1, 1)));
    } catch (IOException e) {
      throw new EpcisException(Finding.error("IO", "cannot read: " + e.getMessage(), SourceLocation.of(name, 0, 0)),
          e);
    }
  }

  /** Opens a streaming read of either syntax. */
  public static EventSource events(String name) {
    return events(name, InputLimits.DEFAULTS);
  }

  /** Opens a streaming read of either syntax with these limits. */
  public static EventSource events(String name, InputLimits limits) {
    return events(name, name.equals("-") ? "<stdin>" : name, limits);
  }

  /** Opens a streaming read of either syntax, naming it {@code systemId} in findings. */
  public static EventSource events(String name, String systemId) {
    return events(name, systemId, InputLimits.DEFAULTS);
  }

  /** Opens a streaming read of either syntax with these limits, naming it {@code systemId} in findings. */
  public static EventSource events(String name, String systemId, InputLimits limits) {
    return events(name, systemId, limits, true);
  }

  /**
   * Opens a streaming read of either syntax with these limits. Without {@code headerBeforeEvents}, a JSON-LD
   * document's header may arrive only in the document as completed after the last event (see
   * {@link EpcisJsonReader#withHeaderBeforeEvents(boolean)}): for a caller that needs no header, or reads the file
   * again when it meets one there.
   */
  public static EventSource events(String name, InputLimits limits, boolean headerBeforeEvents) {
    return events(name, name.equals("-") ? "<stdin>" : name, limits, headerBeforeEvents);
  }

  private static EventSource events(String name, String systemId, InputLimits limits, boolean headerBeforeEvents) {
    Counter counter = new Counter();
    long total = size(name);
    InputStream in = open(name, counter);
    Syntax syntax;
    try {
      syntax = detect(in, systemId);
    } catch (EpcisException e) {
      closeQuietly(in);
      throw e;
    }
    if (syntax == Syntax.XML) {
      XmlEventStream s = EpcisXmlReader.builder().limits(limits.xml()).build().open(in, systemId);
      return new Source(Syntax.XML, s, s::document, s::lastEventLocation, s::warnings, s::close, counter, total);
    }
    // a file can be scanned ahead, so that a body without a header after it is read in place, not set aside
    EpcisJsonReader reader = EpcisJsonReader.create(limits.json()).withHeaderBeforeEvents(headerBeforeEvents);
    JsonEventStream s = total < 0 ? reader.open(in, systemId)
        : reader.open(in, systemId, () -> EpcisFiles.open(Path.of(name)));
    return new Source(Syntax.JSON, s, s::document, s::lastEventLocation, s::warnings, s::close, counter, total);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // already failing
    }
  }

  /** One adapter for both readers: they share the shape, not a type. */
  private record Source(Syntax syntax, java.util.Iterator<EpcisEvent> events,
      java.util.function.Supplier<EpcisDocument> header, java.util.function.Supplier<SourceLocation> location,
      java.util.function.Supplier<List<Finding>> found,
      Runnable closer, Counter counter, long totalBytes) implements EventSource {
    @Override
    public long bytesRead() {
      return counter.bytes;
    }

    @Override
    public EpcisDocument document() {
      return header.get();
    }

    @Override
    public boolean hasNext() {
      return events.hasNext();
    }

    @Override
    public EpcisEvent next() {
      return events.next();
    }

    @Override
    public SourceLocation lastEventLocation() {
      return location.get();
    }

    @Override
    public List<Finding> warnings() {
      return found.get();
    }

    @Override
    public void close() {
      closer.run();
    }
  }
}
