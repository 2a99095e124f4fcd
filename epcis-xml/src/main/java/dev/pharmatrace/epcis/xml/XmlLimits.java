package dev.pharmatrace.epcis.xml;

/**
 * Limits the XML parser enforces on every document, so that hostile or broken input fails fast instead of
 * exhausting memory or time. One configuration serves the streaming reader ({@link EpcisXmlReader.Builder#limits})
 * and the schema validator ({@link EpcisSchemaValidator#create(XmlLimits)}); every limit error names the limit, its
 * value and how to raise it: the {@code with...} method here, and the {@code --limit NAME=N} option of the
 * {@code epcis} command ({@code NAME} in brackets below).
 *
 * <p>Defaults ({@link #DEFAULTS}):
 *
 * <ul>
 *   <li>element depth 100 [{@code depth}] ({@code XML-LIMIT-DEPTH}): a real EPCIS document nests about 10 levels;
 *   <li>text node 16 MiB characters [{@code text}] ({@code XML-LIMIT-TEXT});
 *   <li>256 attributes per element [{@code attributes}] and attribute value 1 MiB characters
 *       [{@code attribute-length}] ({@code XML-LIMIT-ATTRIBUTES});
 *   <li>document 8 GiB characters [{@code size}] ({@code XML-LIMIT-SIZE}): reading streams, so only the time a
 *       document takes bounds it (a DSCSA shipment of a million serials is about 150 MB);
 *   <li>50,000,000 events [{@code events}] ({@code XML-LIMIT-EVENTS}, the reader only): generous, yet bounds a
 *       runaway producer; memory does not grow with it.
 * </ul>
 *
 * <p>DTDs are never processed, so no entity is ever expanded (entity expansion needs no limit of its own).
 *
 * @param maxDepth the deepest element nesting allowed
 * @param maxTextLength the longest text node, in characters
 * @param maxAttributesPerElement the most attributes on one element
 * @param maxAttributeLength the longest attribute value, in characters
 * @param maxDocumentChars the largest document, in characters
 * @param maxEvents the most events in one document
 */
public record XmlLimits(
    int maxDepth,
    int maxTextLength,
    int maxAttributesPerElement,
    int maxAttributeLength,
    long maxDocumentChars,
    long maxEvents) {

  /** The defaults listed above. */
  public static final XmlLimits DEFAULTS = new XmlLimits(100, 16 << 20, 256, 1 << 20, 8L << 30, 50_000_000L);

  /** Validates that every limit is positive. */
  public XmlLimits {
    if (maxDepth < 1 || maxTextLength < 1 || maxAttributesPerElement < 1 || maxAttributeLength < 1
        || maxDocumentChars < 1 || maxEvents < 1) {
      throw new IllegalArgumentException("XML limits must be positive: " + this);
    }
  }

  /**
   * These limits with another maximum depth.
   *
   * @param value the deepest element nesting allowed
   * @return the new limits
   */
  public XmlLimits withMaxDepth(int value) {
    return new XmlLimits(value, maxTextLength, maxAttributesPerElement, maxAttributeLength, maxDocumentChars,
        maxEvents);
  }

  /**
   * These limits with another maximum text node length.
   *
   * @param value the longest text node, in characters
   * @return the new limits
   */
  public XmlLimits withMaxTextLength(int value) {
    return new XmlLimits(maxDepth, value, maxAttributesPerElement, maxAttributeLength, maxDocumentChars,
        maxEvents);
  }

  /**
   * These limits with another maximum number of attributes per element.
   *
   * @param value the most attributes on one element
   * @return the new limits
   */
  public XmlLimits withMaxAttributesPerElement(int value) {
    return new XmlLimits(maxDepth, maxTextLength, value, maxAttributeLength, maxDocumentChars, maxEvents);
  }

  /**
   * These limits with another maximum attribute value length.
   *
   * @param value the longest attribute value, in characters
   * @return the new limits
   */
  public XmlLimits withMaxAttributeLength(int value) {
    return new XmlLimits(maxDepth, maxTextLength, maxAttributesPerElement, value, maxDocumentChars, maxEvents);
  }

  /**
   * These limits with another maximum document size.
   *
   * @param value the largest document, in characters
   * @return the new limits
   */
  public XmlLimits withMaxDocumentChars(long value) {
    return new XmlLimits(maxDepth, maxTextLength, maxAttributesPerElement, maxAttributeLength, value, maxEvents);
  }

  /**
   * These limits with another maximum number of events.
   *
   * @param value the most events in one document
   * @return the new limits
   */
  public XmlLimits withMaxEvents(long value) {
    return new XmlLimits(maxDepth, maxTextLength, maxAttributesPerElement, maxAttributeLength, maxDocumentChars,
        value);
  }
}
