package dev.pharmatrace.epcis.jsonld.internal;

import dev.pharmatrace.epcis.jsonld.JsonLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The one place that turns {@link JsonLimits} into parser constraints and a parser's limit error into a rule id and
 * a message naming the limit, its value and how to raise it (the {@link JsonLimits} method and the CLI option), for
 * the streaming reader and the schema validator alike.
 */
public final class JsonLimitErrors {
  private JsonLimitErrors() {}

  /** A limit error: the rule id and the message. */
  public record Problem(String ruleId, String message) {}

  /** Jackson's constraints for these limits (the document size included). */
  public static StreamReadConstraints constraints(JsonLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength())
        .maxDocumentLength(limits.maxDocumentBytes())
        .build();
  }

  /** How to raise a limit: the API method and the command-line option. */
  public static String raise(String method, String option) {
    return "; raise it with JsonLimits." + method + " or the epcis option --limit " + option;
  }

  /** The problem for a parser's limit error. */
  public static Problem of(StreamConstraintsException e, JsonLimits limits) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (original.contains("getMaxNestingDepth")) {
      return new Problem("JSON-LIMIT-DEPTH", "arrays and objects are nested deeper than the limit of "
          + limits.maxNestingDepth() + " levels" + raise("withMaxNestingDepth(int)", "depth=N"));
    }
    if (original.contains("getMaxStringLength")) {
      return new Problem("JSON-LIMIT-STRING", "a string value is longer than the limit of "
          + limits.maxStringLength() + " characters" + raise("withMaxStringLength(int)", "text=N"));
    }
    if (original.contains("getMaxNumberLength")) {
      return new Problem("JSON-LIMIT-NUMBER", "a number is longer than the limit of " + limits.maxNumberLength()
          + " characters" + raise("withMaxNumberLength(int)", "number=N"));
    }
    if (original.contains("getMaxNameLength")) {
      return new Problem("JSON-LIMIT-NAME", "a member name is longer than the limit of " + limits.maxNameLength()
          + " characters" + raise("withMaxNameLength(int)", "name=N"));
    }
    if (original.contains("getMaxDocumentLength")) {
      return size(limits.maxDocumentBytes());
    }
    return new Problem("JSON-LIMIT", "a parser limit was exceeded: " + original);
  }

  /** The problem for a document larger than {@code maxDocumentBytes}. */
  public static Problem size(long maxDocumentBytes) {
    return new Problem("JSON-LIMIT-SIZE", "the document is larger than the limit of " + maxDocumentBytes + " bytes"
        + raise("withMaxDocumentBytes(long)", "size=N"));
  }

  /** The problem for a document with more than {@code maxEvents} events. */
  public static Problem events(long maxEvents) {
    return new Problem("JSON-LIMIT-EVENTS", "more than " + maxEvents + " events in one document"
        + raise("withMaxEvents(long)", "events=N"));
  }
}
