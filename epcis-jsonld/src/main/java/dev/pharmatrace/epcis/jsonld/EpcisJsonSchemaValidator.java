package dev.pharmatrace.epcis.jsonld;

import com.networknt.schema.Error;
import com.networknt.schema.ValidationLimitExceededException;
import dev.pharmatrace.epcis.jsonld.internal.schema.BundledJsonSchema;
import dev.pharmatrace.epcis.jsonld.internal.schema.CappedErrors;
import dev.pharmatrace.epcis.jsonld.internal.schema.JsonInputProblem;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LEventList;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedTreeReader;
import dev.pharmatrace.epcis.jsonld.internal.schema.SchemaFindings;
import dev.pharmatrace.epcis.jsonld.internal.schema.StreamedEvents;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import tools.jackson.databind.JsonNode;

/**
 * Validates EPCIS 2.0 JSON / JSON-LD against the project's own JSON Schema (draft-07, shipped in this jar at
 * {@value #SCHEMA_RESOURCE}), whose verdict is the same as that of the official GS1 EPCIS 2.0 JSON Schema (see
 * {@code docs/jsonld-schema.md}).
 *
 * <p>Accepted input: an {@code EPCISDocument}, an {@code EPCISQueryDocument}, or a single event (as posted to
 * {@code /events}), chosen by the top-level {@code type}. The schema covers the five event types with the rules
 * beyond the XML schema (e.g. an ObjectEvent needs {@code epcList}, a non-empty {@code quantityList} or sensor data
 * with a read point; {@code ilmd} only with action ADD), CBV values as bare words, user-defined values and
 * extension member names as URIs or CURIEs, time stamps and offsets, sensor reports and master data. It checks
 * structure only: it does not expand JSON-LD or resolve {@code @context}s.
 *
 * <p>Every finding is an error. Schema findings have rule {@code JSON-SCHEMA-<KEYWORD>} (e.g.
 * {@code JSON-SCHEMA-REQUIRED}, {@code JSON-SCHEMA-PATTERN}, {@code JSON-SCHEMA-PROPERTY-NAMES}) or
 * {@code JSON-SCHEMA-RULE} for a violated cross-field rule, a JSON pointer, and the line and column of the
 * offending value (of the member name, for a member that is not allowed). A member name repeated in one object
 * gives {@code JSON-DUPLICATE-KEY} at the repetition; the last value is kept (as by common JSON parsers) and the
 * document is still validated. Input problems end validation with one finding: {@code JSON-SYNTAX} (not
 * well-formed JSON, or not UTF-8), {@code JSON-LIMIT-SIZE}, {@code JSON-LIMIT-DEPTH}, {@code JSON-LIMIT-STRING},
 * {@code JSON-LIMIT-NUMBER}, {@code JSON-LIMIT-NAME}, or {@code IO}.
 *
 * <p>Memory: files and streams are validated streaming, in bounded memory, whatever the number of events. The
 * document without the items of its event list (header, master data, body) is read into a tree and validated
 * against the schema; each item of the event list ({@code /epcisBody/eventList}, or
 * {@code /epcisBody/queryResults/resultsBody/eventList} of a query document) is read on its own and validated
 * against the schema's event definition, which is what the schema applies to each item, then dropped. The findings
 * are the same as those of validating the whole document as one tree (codes, messages, pointers, positions, order
 * and cap). At most {@link #maxPartChars()} characters are held at once (one event, or the rest).
 *
 * <p>Instances are immutable and thread-safe; the schema is compiled once per class loader, on first use.
 */
public final class EpcisJsonSchemaValidator {
  /** Class-path location of the bundled JSON Schema. */
  public static final String SCHEMA_RESOURCE = BundledJsonSchema.RESOURCE;

  /** The most schema findings listed for one document; a last finding then says how many more there were. */
  public static final int MAX_FINDINGS = 1000;

  /** Raw schema errors kept per document before findings are formed; more are only counted. */
  private static final int MAX_RAW_ERRORS = 20 * MAX_FINDINGS;

  /**
   * The validator's default input limits: {@link JsonLimits#DEFAULTS} (validation streams, so the document size
   * only stops a runaway input).
   */
  public static final JsonLimits DEFAULT_LIMITS = JsonLimits.DEFAULTS;

  /**
   * The default of {@link #maxPartChars()}: 64 Mi characters. A real EPCIS event takes a few kilobytes; the header
   * with its master data rarely more than a few megabytes.
   */
  public static final long DEFAULT_MAX_PART_CHARS = 64L << 20;

  private final JsonLimits limits;
  private final long maxPartChars;
  private final boolean parallelEvents;
  private final LocatedTreeReader reader;

  private EpcisJsonSchemaValidator(JsonLimits limits, long maxPartChars, boolean parallelEvents) {
    if (maxPartChars < 1) {
      throw new IllegalArgumentException("maxPartChars must be positive: " + maxPartChars);
    }
    this.limits = limits;
    this.maxPartChars = maxPartChars;
    this.parallelEvents = parallelEvents;
    this.reader = new LocatedTreeReader(limits, maxPartChars);
  }

  /**
   * A validator with the default limits ({@link #DEFAULT_LIMITS}).
   *
   * @return the validator
   */
  public static EpcisJsonSchemaValidator create() {
    return create(DEFAULT_LIMITS);
  }

  /**
   * A validator with the given input limits ({@link JsonLimits#maxEvents()} does not apply: the document size
   * bounds what is held).
   *
   * @param limits the limits
   * @return the validator
   */
  public static EpcisJsonSchemaValidator create(JsonLimits limits) {
    return new EpcisJsonSchemaValidator(Objects.requireNonNull(limits, "limits"), DEFAULT_MAX_PART_CHARS, false);
  }

  /**
   * A validator like this one that holds at most {@code chars} characters of a document at once: one item of the
   * event list, or the document without the items of its event list ({@code JSON-LIMIT-SIZE} beyond).
   *
   * @param chars the largest part held in memory, in characters
   * @return the validator
   */
  public EpcisJsonSchemaValidator withMaxPartChars(long chars) {
    return new EpcisJsonSchemaValidator(limits, chars, parallelEvents);
  }

  /**
   * The largest part of a document held in memory at once, in characters (see {@link #withMaxPartChars(long)}).
   *
   * @return the limit
   */
  public long maxPartChars() {
    return maxPartChars;
  }

  /**
   * A validator like this one that validates the events of a file or stream on the calling thread only
   * ({@code false}, the default), or also on the common fork-join pool ({@code true}: less time on a machine with
   * idle processors, a little more processor time in all). The findings are the same either way; the reading thread
   * always takes part, at most 64 events are in flight, and no thread is started.
   *
   * @param parallel whether events may be validated on the common pool
   * @return the validator
   */
  public EpcisJsonSchemaValidator withParallelEvents(boolean parallel) {
    return new EpcisJsonSchemaValidator(limits, maxPartChars, parallel);
  }

  /**
   * Whether events are validated on the common fork-join pool too (see {@link #withParallelEvents(boolean)}).
   *
   * @return true if they may be
   */
  public boolean parallelEvents() {
    return parallelEvents;
  }

  /**
   * The input limits of this validator.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Validates a file.
   *
   * @param file the document
   * @return every finding, in document order (schema findings capped at {@link #MAX_FINDINGS}); empty when the
   *     document is valid. A file that cannot be read gives one finding with rule {@code IO}; one larger than
   *     {@link JsonLimits#maxDocumentBytes()} gives {@code JSON-LIMIT-SIZE} without being read.
   */
  public List<Finding> validate(Path file) {
    Objects.requireNonNull(file, "file");
    String systemId = file.toString();
    try {
      if (Files.isRegularFile(file) && Files.size(file) > limits.maxDocumentBytes()) {
        return List.of(problem(LocatedTreeReader.sizeProblem(limits.maxDocumentBytes(), 0, 0), systemId));
      }
      try (InputStream in = Files.newInputStream(file)) {
        return validate(in, systemId);
      }
    } catch (IOException e) {
      String reason = e.getClass().getSimpleName().replace("Exception", "")
          + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return List.of(Finding.error("IO", "cannot read the file (" + reason + ")", SourceLocation.of(systemId, 0, 0)));
    }
  }

  /**
   * Validates a document read from a stream. The stream is read up to the end of the document (or the first
   * input problem) and is not closed.
   *
   * @param in the document, in UTF-8 (as RFC 8259 requires; a byte order mark is skipped)
   * @param systemId the name of the document in findings (e.g. a file name); may be null
   * @return every finding, as for {@link #validate(Path)}
   */
  public List<Finding> validate(InputStream in, String systemId) {
    Objects.requireNonNull(in, "in");
    BundledJsonSchema bundled = BundledJsonSchema.get();
    StreamedEvents events = new StreamedEvents(bundled, systemId, MAX_RAW_ERRORS, MAX_FINDINGS + 1,
        parallelEvents ? ForkJoinPool.commonPool() : null);
    LocatedTreeReader.Result read;
    try {
      read = reader.read(in, events);
      events.finish();
    } catch (JsonInputProblem p) {
      return List.of(problem(p, systemId));
    } finally {
      events.cancel();
    }
    JsonNode root = read.root();
    List<Finding> findings = duplicates(read, systemId);
    CappedErrors capped = new CappedErrors(MAX_RAW_ERRORS);
    try {
      findings.addAll(new SchemaFindings(bundled.schemaNode(), root, systemId)
          .translate(bundled.schema().validate(root, ctx -> ctx.setErrors(capped))));
    } catch (ValidationLimitExceededException e) {
      return List.of(StreamedEvents.evaluationLimit(e, systemId));
    }
    long notListed = 0;
    long dropped = read.duplicatesOmitted() + capped.dropped();
    StreamedEvents.EventFindings validated = validatedEvents(root);
    if (validated != null) {
      if (validated.stopped() != null) {
        return List.of(validated.stopped());
      }
      findings.addAll(validated.first());
      notListed = validated.count() - validated.first().size();
      dropped += validated.dropped();
    }
    return SchemaFindings.finish(findings, notListed, dropped, MAX_FINDINGS, systemId);
  }

  /**
   * Validates a document read from a stream as one tree, in memory (the way every document was validated before
   * validation streamed); the oracle of the tests that prove the streaming validation gives the same findings.
   *
   * @param in the document
   * @param systemId the name of the document in findings; may be null
   * @return every finding, as for {@link #validate(InputStream, String)}
   */
  List<Finding> validateInMemory(InputStream in, String systemId) {
    Objects.requireNonNull(in, "in");
    LocatedTreeReader.Result read;
    try {
      read = reader.read(in);
    } catch (JsonInputProblem p) {
      return List.of(problem(p, systemId));
    }
    return validateTree(read.root(), systemId, duplicates(read, systemId), read.duplicatesOmitted());
  }

  /**
   * The findings of the event list the schema validates item by item in this document: the one at the place its
   * top-level {@code type} selects, if that place holds an event list (a list replaced by a repeated member name
   * does not count, as the tree keeps the last value).
   */
  private static StreamedEvents.EventFindings validatedEvents(JsonNode root) {
    for (LocatedNodes.EventListKind kind : LocatedNodes.EventListKind.values()) {
      if (root.isObject() && root.path("type").isString()
          && kind.documentType().equals(root.get("type").asString())
          && root.at(kind.pointer()) instanceof LEventList list) {
        return StreamedEvents.findingsOf(list);
      }
    }
    return null;
  }

  private static List<Finding> duplicates(LocatedTreeReader.Result read, String systemId) {
    List<Finding> duplicates = new ArrayList<>();
    for (LocatedTreeReader.Duplicate d : read.duplicates()) {
      duplicates.add(Finding.error("JSON-DUPLICATE-KEY", "member \"" + d.name() + "\" appears more than once in"
          + " the same object: member names must be unique (readers disagree on which value wins; the last one"
          + " was validated)", SchemaFindings.sourceLocation(systemId, SchemaFindings.elements(d.pointer()),
          d.line(), d.column())));
    }
    return duplicates;
  }

  /**
   * Validates a document already parsed into a Jackson tree. Positions are known only if the tree was built by
   * this validator's reader or by a location-aware reader of the schema library; otherwise findings carry the
   * JSON pointer with line and column 0. The input limits do not apply (the tree exists already).
   *
   * @param node the document
   * @param systemId the name of the document in findings; may be null
   * @return every finding, as for {@link #validate(Path)}
   */
  public List<Finding> validate(JsonNode node, String systemId) {
    Objects.requireNonNull(node, "node");
    return validateTree(node, systemId, List.of(), 0);
  }

  private List<Finding> validateTree(JsonNode node, String systemId, List<Finding> readFindings,
      long readOmitted) {
    BundledJsonSchema bundled = BundledJsonSchema.get();
    CappedErrors capped = new CappedErrors(MAX_RAW_ERRORS);
    List<Error> errors;
    try {
      errors = bundled.schema().validate(node, ctx -> ctx.setErrors(capped));
    } catch (ValidationLimitExceededException e) {
      return List.of(StreamedEvents.evaluationLimit(e, systemId));
    }
    return new SchemaFindings(bundled.schemaNode(), node, systemId)
        .translate(errors, errors == capped ? capped.dropped() : 0, readFindings, readOmitted, MAX_FINDINGS);
  }

  private static Finding problem(JsonInputProblem p, String systemId) {
    SourceLocation at = p.pointer() == null ? SourceLocation.of(systemId, p.line(), p.column())
        : SourceLocation.ofPointer(systemId, p.pointer(), p.line(), p.column());
    return Finding.error(p.ruleId(), p.getMessage(), at);
  }
}
