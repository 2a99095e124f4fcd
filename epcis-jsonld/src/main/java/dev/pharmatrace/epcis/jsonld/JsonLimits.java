package dev.pharmatrace.epcis.jsonld;

/**
 * Limits on JSON input, so that hostile or broken input fails fast, with a finding naming the limit, instead of
 * exhausting memory or time. One configuration serves the streaming reader ({@link EpcisJsonReader#create(JsonLimits)})
 * and the schema validator ({@link EpcisJsonSchemaValidator#create(JsonLimits)}); every limit error names the limit,
 * its value and how to raise it: the {@code with...} method here, and the {@code --limit NAME=N} option of the
 * {@code epcis} command ({@code NAME} in brackets below).
 *
 * <p>Defaults ({@link #DEFAULTS}):
 *
 * <ul>
 *   <li>document size 8 GiB [{@code size}]: the streaming reader and the schema validator hold one event at a
 *       time, so only the time a document takes bounds it;
 *   <li>nesting depth 500 [{@code depth}]: a real EPCIS document nests about 10 levels;
 *   <li>string 16 MiB characters [{@code text}]: the longest real value is an identifier or a URI;
 *   <li>number 1000 characters [{@code number}], also the longest plain (exponent-free) form a quantity or sensor
 *       value may take, so that {@code 1e999999} cannot expand into a million digits;
 *   <li>member name 50,000 characters [{@code name}];
 *   <li>50,000,000 events per document [{@code events}]: generous (a DSCSA shipment of a million serials has well
 *       under a million events), yet bounds a runaway producer; streaming users may raise it freely, memory does not
 *       grow with it.
 * </ul>
 *
 * @param maxDocumentBytes the largest document, in bytes ({@code JSON-LIMIT-SIZE})
 * @param maxNestingDepth the deepest nesting of arrays and objects ({@code JSON-LIMIT-DEPTH})
 * @param maxStringLength the longest string value, in characters ({@code JSON-LIMIT-STRING})
 * @param maxNumberLength the longest number literal, and plain form of a decimal, in characters
 *     ({@code JSON-LIMIT-NUMBER})
 * @param maxNameLength the longest member name, in characters ({@code JSON-LIMIT-NAME})
 * @param maxEvents the most events in one document ({@code JSON-LIMIT-EVENTS}; the streaming reader only)
 */
public record JsonLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
    int maxNameLength, long maxEvents) {

  /** The defaults listed above. */
  public static final JsonLimits DEFAULTS = new JsonLimits(8L << 30, 500, 16 << 20, 1000, 50_000, 50_000_000L);

  /** Validates that every limit is positive. */
  public JsonLimits {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1
        || maxNameLength < 1 || maxEvents < 1) {
      throw new IllegalArgumentException("JSON limits must be positive: documentBytes=" + maxDocumentBytes
          + ", nestingDepth=" + maxNestingDepth + ", stringLength=" + maxStringLength + ", numberLength="
          + maxNumberLength + ", nameLength=" + maxNameLength + ", events=" + maxEvents);
    }
  }

  /**
   * These limits with another maximum document size.
   *
   * @param value the largest document, in bytes
   * @return the new limits
   */
  public JsonLimits withMaxDocumentBytes(long value) {
    return new JsonLimits(value, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxEvents);
  }

  /**
   * These limits with another maximum nesting depth.
   *
   * @param value the deepest nesting allowed
   * @return the new limits
   */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(maxDocumentBytes, value, maxStringLength, maxNumberLength, maxNameLength, maxEvents);
  }

  /**
   * These limits with another maximum string length.
   *
   * @param value the longest string, in characters
   * @return the new limits
   */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, value, maxNumberLength, maxNameLength, maxEvents);
  }

  /**
   * These limits with another maximum number length.
   *
   * @param value the longest number, in characters
   * @return the new limits
   */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, value, maxNameLength, maxEvents);
  }

  /**
   * These limits with another maximum member-name length.
   *
   * @param value the longest member name, in characters
   * @return the new limits
   */
  public JsonLimits withMaxNameLength(int value) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, value, maxEvents);
  }

  /**
   * These limits with another maximum number of events per document.
   *
   * @param value the most events
   * @return the new limits
   */
  public JsonLimits withMaxEvents(long value) {
    return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, value);
  }
}
