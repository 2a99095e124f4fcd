package dev.pharmatrace.epcis.jsonld;

import dev.pharmatrace.epcis.jsonld.internal.JsonEventStreamImpl;
import dev.pharmatrace.epcis.jsonld.internal.JsonLimitErrors;
import dev.pharmatrace.epcis.jsonld.internal.LdHooks;
import dev.pharmatrace.epcis.jsonld.internal.TopLevelScan;
import dev.pharmatrace.epcis.jsonld.internal.ld.Normalizer;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.io.EpcisFiles;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads EPCIS 2.0 JSON/JSON-LD documents (and bare events) into the model, streaming: the top level is read token
 * by token, each event as a small tree, so memory does not grow with the number of events.
 *
 * <p>Documents are read in the compact form of the EPCIS context; extension members resolve through the
 * document's (and an event's own) inline {@code @context} prefixes. An event in another valid JSON-LD form (full
 * IRIs or {@code epcis:} compact IRIs as member names, {@code {"@id": ...}} values, keyword or term aliases in an
 * inline context) is normalised on its own through JSON-LD expansion and compaction ({@link JsonLdProcessing},
 * which resolves remote contexts with its {@link ContextLoader}; offline by default) and read with a warning
 * {@code JSONLD-NORMALISED}; members that no context defines are then refused ({@code JSONLD-UNDEFINED-TERM}), never
 * dropped. Reading stays streaming: only the event in hand is normalised. Duplicate keys are errors; document size,
 * nesting depth, string, number and member-name lengths and the number of events are bounded by {@link JsonLimits}
 * (each limit error names the limit and how to raise it). Input must be UTF-8 (RFC 8259; a byte order mark is
 * skipped): UTF-16 and UTF-32 are refused with {@code JSON-SYNTAX}. Immutable and thread-safe.
 *
 * <p>JSON members have no order. When a document's {@code epcisBody} comes before its {@code @context} or its
 * {@code epcisHeader} (only the end of the document tells whether a header follows, so: whenever the body comes
 * before either), the body is set aside (its tokens copied as they are read, syntax and limits checked on the
 * input; in memory up to {@link #withSpoolMemoryThreshold(long) a threshold}, 1 MiB by default, beyond it in a
 * temporary file in {@link #withSpoolDirectory(Path) a directory}, {@code java.io.tmpdir} by default, deleted when
 * the stream is closed), the rest of the document is read, and then the events: {@link JsonEventStream#document()}
 * is complete before the first event and every event is read with all the document's prefixes. Findings in such a
 * body still give the line and column of the input. A document with {@code @context} and {@code epcisHeader}
 * before {@code epcisBody} is read straight through; so is a file ({@link #open(Path)},
 * {@link #open(InputStream, String, Supplier)}) in which neither, nor {@code type}, follows the body (a byte scan
 * of the file's top level tells, before the body is read), and, {@link #withHeaderBeforeEvents(boolean) for a caller
 * that needs the header only at the end}, any document whose {@code @context} and {@code type} precede the body.
 */
public final class EpcisJsonReader {
  /** Default size up to which a body that must be set aside stays in memory (bytes of compact JSON): 1 MiB. */
  public static final long DEFAULT_SPOOL_MEMORY_THRESHOLD = 1L << 20;

  private final JsonFactory factory;
  private final JsonLimits limits;
  private final JsonLdProcessing processing;
  private final Path spoolDirectory;
  private final long spoolMemoryThreshold;
  private final boolean headerBeforeEvents;

  private EpcisJsonReader(JsonLimits limits, JsonLdProcessing processing, Path spoolDirectory,
      long spoolMemoryThreshold, boolean headerBeforeEvents) {
    this.headerBeforeEvents = headerBeforeEvents;
    this.limits = limits;
    this.processing = processing;
    this.spoolDirectory = spoolDirectory;
    this.spoolMemoryThreshold = spoolMemoryThreshold;
    // a bare factory, no ObjectMapper: events are read into trees by JsonTreeReader (see there why)
    this.factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(JsonLimitErrors.constraints(limits))
        .build();
  }

  /** A reader with the default limits ({@link JsonLimits#DEFAULTS}). */
  public static EpcisJsonReader create() {
    return create(JsonLimits.DEFAULTS);
  }

  /** A reader with the default limits but at most {@code maxEvents} events per document. */
  public static EpcisJsonReader create(long maxEvents) {
    return create(JsonLimits.DEFAULTS.withMaxEvents(maxEvents));
  }

  /** A reader with the given limits. */
  public static EpcisJsonReader create(JsonLimits limits) {
    return new EpcisJsonReader(Objects.requireNonNull(limits, "limits"), null, null, DEFAULT_SPOOL_MEMORY_THRESHOLD,
        true);
  }

  /** This reader with other limits. */
  public EpcisJsonReader withLimits(JsonLimits limits) {
    return new EpcisJsonReader(Objects.requireNonNull(limits, "limits"), processing, spoolDirectory,
        spoolMemoryThreshold, headerBeforeEvents);
  }

  /** The limits. */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * This reader, normalising events that are not in the standard compact form with {@code processing} (for
   * instance one whose {@link ContextLoader} serves a partner's remote context). Undefined terms are always refused.
   */
  public EpcisJsonReader withJsonLdProcessing(JsonLdProcessing processing) {
    return new EpcisJsonReader(limits, processing.toBuilder().failOnUndefinedTerms(true).build(),
        spoolDirectory, spoolMemoryThreshold, headerBeforeEvents);
  }

  /**
   * This reader, setting aside a body that precedes {@code @context} or {@code epcisHeader} in temporary files in
   * {@code directory} (which must exist and be writable) rather than in {@code java.io.tmpdir}.
   */
  public EpcisJsonReader withSpoolDirectory(Path directory) {
    return new EpcisJsonReader(limits, processing, Objects.requireNonNull(directory, "directory"),
        spoolMemoryThreshold, headerBeforeEvents);
  }

  /**
   * This reader, keeping a body that precedes {@code @context} or {@code epcisHeader} in memory up to {@code bytes}
   * (default {@link #DEFAULT_SPOOL_MEMORY_THRESHOLD}); a larger body goes to a temporary file. 0 always uses a file.
   */
  public EpcisJsonReader withSpoolMemoryThreshold(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("the spool memory threshold must not be negative: " + bytes);
    }
    return new EpcisJsonReader(limits, processing, spoolDirectory, bytes, headerBeforeEvents);
  }

  /**
   * This reader, for a caller that needs the document's {@code epcisHeader} only in the document as completed after
   * the last event, not in {@link JsonEventStream#document()} before the first one (default: before). A body whose
   * {@code @context} and {@code type} precede it is then read straight through even when no header precedes it,
   * without the scan of a file's top level or the setting aside of a stream's body that finding a header after the
   * body would take; a header after the body then only completes the document at the end. For instance
   * {@code epcis hash}, which needs no header, and {@code epcis convert}, which reads a file again when its writer
   * meets a header after the events ({@code WRITE-LATE-HEADER}). Events are the same either way.
   */
  public EpcisJsonReader withHeaderBeforeEvents(boolean beforeEvents) {
    return new EpcisJsonReader(limits, processing, spoolDirectory, spoolMemoryThreshold, beforeEvents);
  }

  /** Opens a streaming read of {@code in} (the stream owns and closes it). */
  public JsonEventStream open(InputStream in, String systemId) {
    return openWith(in, systemId, null);
  }

  private JsonEventStream openWith(InputStream in, String systemId, TopLevelScan rescan) {
    InputStream buffered = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
    refuseUtf16Or32(buffered, systemId);
    JsonParser parser;
    try {
      parser = factory.createParser(ObjectReadContext.empty(), buffered);
    } catch (JacksonException e) {
      throw new EpcisException(Finding.error("JSON-SYNTAX", e.getOriginalMessage(),
          SourceLocation.of(systemId, 0, 0)), e);
    }
    Path spoolIn = spoolDirectory != null ? spoolDirectory : Path.of(System.getProperty("java.io.tmpdir"));
    return new JsonEventStreamImpl(factory, parser, buffered, systemId, limits, new Hooks(processing), spoolIn,
        spoolMemoryThreshold, rescan, headerBeforeEvents);
  }

  /**
   * Refuses input in UTF-16 or UTF-32 (which Jackson would decode): JSON exchanged between systems is UTF-8
   * (RFC 8259, section 8.1), as the schema validator requires too. Such input starts with their byte order mark or,
   * since JSON starts with an ASCII character, has a zero byte among its first four.
   */
  private static void refuseUtf16Or32(InputStream buffered, String systemId) {
    byte[] head = new byte[4];
    int n = 0;
    try {
      buffered.mark(4);
      for (int r; n < 4 && (r = buffered.read(head, n, 4 - n)) > 0; ) {
        n += r;
      }
      buffered.reset();
    } catch (java.io.IOException e) {
      throw new EpcisException(Finding.error("IO", "cannot read: " + e.getMessage(),
          SourceLocation.of(systemId, 0, 0)), e);
    }
    boolean bom16 = n >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
    boolean zero = false;
    for (int i = 0; i < n; i++) {
      zero |= head[i] == 0;
    }
    if (bom16 || zero) {
      throw new EpcisException(Finding.error("JSON-SYNTAX", "not UTF-8: the document is in UTF-16 or UTF-32; JSON"
          + " documents must be encoded in UTF-8 (RFC 8259)", SourceLocation.of(systemId, 1, 1)));
    }
  }

  /** The JSON-LD services the streaming reader uses. */
  private record Hooks(JsonLdProcessing configured) implements LdHooks {
    /** The configured processing, else the offline default (built on first use: plain documents never need it). */
    private JsonLdProcessing processing() {
      return configured != null ? configured : OfflineProcessing.INSTANCE;
    }

    @Override
    public JsonNode normalize(JsonNode document) {
      return processing().normalize(document);
    }

    @Override
    public Optional<Map<String, String>> remotePrefixes(String url) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      return processing().loader().find(uri).map(Normalizer::prefixesOf);
    }
  }

  /** Offline processing that refuses undefined terms, created on first use. */
  private static final class OfflineProcessing {
    static final JsonLdProcessing INSTANCE = JsonLdProcessing.builder().failOnUndefinedTerms(true).build();
  }

  /**
   * Opens a streaming read of a file. A file can be read twice: when its {@code epcisBody} comes before its
   * {@code @context} or {@code epcisHeader}, or has neither before it, a quick scan of the top level (names only,
   * values skipped) tells whether either, or {@code type}, follows the body; if not, the body is read in place
   * instead of being set aside.
   */
  public JsonEventStream open(Path file) {
    return open(EpcisFiles.open(file), file.toString(), () -> {
      try {
        return Files.newInputStream(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Opens a streaming read of {@code in} (the stream owns and closes it) whose content {@code reopen} can read
   * again from its start, as for {@link #open(Path)}: for a file read through a wrapper (a progress counter, a
   * decompressor), so that a body can be read in place when nothing it needs follows it.
   *
   * @param in the document
   * @param systemId the name of the document in findings
   * @param reopen opens the same content again (a new stream each call, closed by the reader; it may throw
   *     {@link UncheckedIOException}, the body is then set aside as for a stream)
   * @return the stream
   */
  public JsonEventStream open(InputStream in, String systemId, Supplier<InputStream> reopen) {
    return openWith(in, systemId, new TopLevelScan(Objects.requireNonNull(reopen, "reopen")));
  }

  /** Reads a whole document into memory. */
  public EpcisDocument read(InputStream in, String systemId) {
    try (JsonEventStream s = open(in, systemId)) {
      return collect(s);
    }
  }

  /** Reads a whole file into memory. */
  public EpcisDocument read(Path file) {
    try (JsonEventStream s = open(file)) {
      return collect(s);
    }
  }

  private static EpcisDocument collect(JsonEventStream s) {
    List<EpcisEvent> events = new ArrayList<>();
    while (s.hasNext()) {
      events.add(s.next());
    }
    return s.document().withEvents(events);
  }
}
