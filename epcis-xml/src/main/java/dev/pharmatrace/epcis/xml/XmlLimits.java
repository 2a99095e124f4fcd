package dev.pharmatrace.epcis.xml;

/**
 * Limits the XML parser enforces on every document, so that hostile or broken input fails fast instead of
 * exhausting memory or time. Each limit error names the limit and how to raise it.
 *
 * <p>Defaults ({@link #DEFAULTS}): element depth 100, text node 16 MiB, 256 attributes per element, attribute
 * value 1 MiB, document 8 GiB characters, 50,000,000 events. A real EPCIS document nests about 10 levels; a DSCSA
 * shipment of a million serials is about 150 MB.
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

  /** These limits with another maximum depth. */
  public XmlLimits withMaxDepth(int value) {
    return new XmlLimits(value, maxTextLength, maxAttributesPerElement, maxAttributeLength, maxDocumentChars,
        maxEvents);
  }

  /** These limits with another maximum text node length. */
  public XmlLimits withMaxTextLength(int value) {
    return new XmlLimits(maxDepth, value, maxAttributesPerElement, maxAttributeLength, maxDocumentChars,
        maxEvents);
  }

  /** These limits with another maximum document size. */
  public XmlLimits withMaxDocumentChars(long value) {
    return new XmlLimits(maxDepth, maxTextLength, maxAttributesPerElement, maxAttributeLength, value, maxEvents);
  }

  /** These limits with another maximum number of events. */
  public XmlLimits withMaxEvents(long value) {
    return new XmlLimits(maxDepth, maxTextLength, maxAttributesPerElement, maxAttributeLength, maxDocumentChars,
        value);
  }
}
