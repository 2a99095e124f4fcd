package dev.pharmatrace.epcis.jsonld;

import dev.pharmatrace.epcis.jsonld.internal.JsonEventStreamImpl;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.io.EpcisFiles;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads EPCIS 2.0 JSON/JSON-LD documents (and bare events) into the model, streaming: the top level is read token
 * by token, each event as a small tree, so memory does not grow with the number of events.
 *
 * <p>Documents are read in the compact form of the EPCIS context; extension members resolve through the
 * document's (and an event's own) inline {@code @context} prefixes. Duplicate keys are errors; nesting depth, string
 * and number lengths are bounded. Immutable and thread-safe.
 */
public final class EpcisJsonReader {
  /** Deepest nesting accepted. */
  public static final int MAX_DEPTH = 500;
  /** Longest string accepted (characters). */
  public static final int MAX_STRING = 16 << 20;
  /** Longest number accepted (characters). */
  public static final int MAX_NUMBER = 1000;

  private final JsonMapper mapper;
  private final long maxEvents;

  private EpcisJsonReader(long maxEvents) {
    this.maxEvents = maxEvents;
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
    return new EpcisJsonReader(50_000_000L);
  }

  /** A reader that refuses documents with more than {@code maxEvents} events. */
  public static EpcisJsonReader create(long maxEvents) {
    return new EpcisJsonReader(maxEvents);
  }

  /** Opens a streaming read of {@code in} (the stream owns and closes it). */
  public JsonEventStream open(InputStream in, String systemId) {
    InputStream buffered = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
    JsonParser parser;
    try {
      parser = mapper.createParser(buffered);
    } catch (JacksonException e) {
      throw new EpcisException(Finding.error("JSON-SYNTAX", e.getOriginalMessage(),
          SourceLocation.of(systemId, 0, 0)), e);
    }
    return new JsonEventStreamImpl(mapper, parser, buffered, systemId, maxEvents);
  }

  /** Opens a streaming read of a file. */
  public JsonEventStream open(Path file) {
    return open(EpcisFiles.open(file), file.toString());
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
