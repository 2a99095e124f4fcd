package dev.pharmatrace.epcis.jsonld;

import dev.pharmatrace.epcis.jsonld.internal.JsonEventStreamImpl;
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
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

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
 * dropped. Reading stays streaming: only the event in hand is normalised. Duplicate keys are errors; nesting depth,
 * string and number lengths are bounded. Immutable and thread-safe.
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
 * of the file's top level tells, before the body is read).
 */
public final class EpcisJsonReader {
  /** Deepest nesting accepted. */
  public static final int MAX_DEPTH = 500;
  /** Longest string accepted (characters). */
  public static final int MAX_STRING = 16 << 20;
  /** Longest number accepted (characters). */
  public static final int MAX_NUMBER = 1000;
  /** Default size up to which a body that must be set aside stays in memory (bytes of compact JSON): 1 MiB. */
  public static final long DEFAULT_SPOOL_MEMORY_THRESHOLD = 1L << 20;

  private final JsonMapper mapper;
  private final long maxEvents;
  private final JsonLdProcessing processing;
  private final Path spoolDirectory;
  private final long spoolMemoryThreshold;

  private EpcisJsonReader(long maxEvents, JsonLdProcessing processing, Path spoolDirectory,
      long spoolMemoryThreshold) {
    this.maxEvents = maxEvents;
    this.processing = processing;
    this.spoolDirectory = spoolDirectory;
    this.spoolMemoryThreshold = spoolMemoryThreshold;
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).build())
        .build();
    this.mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  /** A reader with the defaults (at most 50,000,000 events per document). */
  public static EpcisJsonReader create() {
    return create(50_000_000L);
  }

  /** A reader that refuses documents with more than {@code maxEvents} events. */
  public static EpcisJsonReader create(long maxEvents) {
    return new EpcisJsonReader(maxEvents, null, null, DEFAULT_SPOOL_MEMORY_THRESHOLD);
  }

  /**
   * This reader, normalising events that are not in the standard compact form with {@code processing} (for
   * instance one whose {@link ContextLoader} serves a partner's remote context). Undefined terms are always refused.
   */
  public EpcisJsonReader withJsonLdProcessing(JsonLdProcessing processing) {
    return new EpcisJsonReader(maxEvents, processing.toBuilder().failOnUndefinedTerms(true).build(),
        spoolDirectory, spoolMemoryThreshold);
  }

  /**
   * This reader, setting aside a body that precedes {@code @context} or {@code epcisHeader} in temporary files in
   * {@code directory} (which must exist and be writable) rather than in {@code java.io.tmpdir}.
   */
  public EpcisJsonReader withSpoolDirectory(Path directory) {
    return new EpcisJsonReader(maxEvents, processing, Objects.requireNonNull(directory, "directory"),
        spoolMemoryThreshold);
  }

  /**
   * This reader, keeping a body that precedes {@code @context} or {@code epcisHeader} in memory up to {@code bytes}
   * (default {@link #DEFAULT_SPOOL_MEMORY_THRESHOLD}); a larger body goes to a temporary file. 0 always uses a file.
   */
  public EpcisJsonReader withSpoolMemoryThreshold(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("the spool memory threshold must not be negative: " + bytes);
    }
    return new EpcisJsonReader(maxEvents, processing, spoolDirectory, bytes);
  }

  /** Opens a streaming read of {@code in} (the stream owns and closes it). */
  public JsonEventStream open(InputStream in, String systemId) {
    return openWith(in, systemId, null);
  }

  private JsonEventStream openWith(InputStream in, String systemId, TopLevelScan rescan) {
    InputStream buffered = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
    JsonParser parser;
    try {
      parser = mapper.createParser(buffered);
    } catch (JacksonException e) {
      throw new EpcisException(Finding.error("JSON-SYNTAX", e.getOriginalMessage(),
          SourceLocation.of(systemId, 0, 0)), e);
    }
    Path spoolIn = spoolDirectory != null ? spoolDirectory : Path.of(System.getProperty("java.io.tmpdir"));
    return new JsonEventStreamImpl(mapper, parser, buffered, systemId, maxEvents, new Hooks(processing), spoolIn,
        spoolMemoryThreshold, rescan);
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
