package dev.pharmatrace.epcis.xml.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.xml.XmlLimits;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Hardened StAX factories. Woodstox is instantiated explicitly (never through {@code XMLInputFactory.newFactory()},
 * whose choice depends on the classpath) and configured so that:
 *
 * <ul>
 *   <li>DTDs are not processed: an internal {@code <!DOCTYPE>} is skipped, no entity it declares is ever expanded
 *       (a reference to one fails as undeclared), no external DTD, entity or schema is fetched;
 *   <li>depth, text length, attribute count and size, and document size are bounded by {@link XmlLimits}.
 * </ul>
 */
public final class SecureStax {
  private SecureStax() {}

  /** A new input factory with the given limits. Factories are thread-safe once configured. */
  public static XMLInputFactory inputFactory(XmlLimits limits) {
    WstxInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
    f.setProperty(XMLInputFactory.RESOLVER, (javax.xml.stream.XMLResolver) (publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxDepth());
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxTextLength());
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, limits.maxAttributesPerElement());
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxAttributeLength());
    f.setProperty(WstxInputProperties.P_MAX_CHARACTERS, limits.maxDocumentChars());
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    return f;
  }

  /**
   * The parser exception behind a runtime exception Woodstox throws lazily (from {@code getText()}), or null when
   * {@code e} is not one.
   */
  public static XMLStreamException lazyCause(RuntimeException e) {
    return e instanceof com.ctc.wstx.exc.WstxLazyException && e.getCause() instanceof XMLStreamException x ? x : null;
  }

  /** A new output factory that repairs no namespaces (writers declare what they use). */
  public static XMLOutputFactory outputFactory() {
    WstxOutputFactory f = new WstxOutputFactory();
    f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, Boolean.FALSE);
    return f;
  }

  /**
   * A finding for a parser exception, naming the limit that was hit (and how to raise it) when it was one, with
   * the parser's line and column.
   */
  public static Finding toFinding(XMLStreamException e, String systemId, XmlLimits limits) {
    return toFinding(e, systemId, limits, null);
  }

  /**
   * A finding for a parser exception, as {@link #toFinding(XMLStreamException, String, XmlLimits)}, located at
   * {@code fallback} (the reader's position) when the exception carries no position (Woodstox's lazily thrown
   * limit and encoding errors do not).
   */
  public static Finding toFinding(XMLStreamException e, String systemId, XmlLimits limits,
      javax.xml.stream.Location fallback) {
    if (e.getNestedException() instanceof XMLStreamException nested && e.getMessage() == null) {
      e = nested;
    }
    javax.xml.stream.Location loc = e.getLocation();
    if ((loc == null || loc.getLineNumber() <= 0) && fallback != null) {
      loc = fallback;
    }
    SourceLocation where = loc == null
        ? SourceLocation.of(systemId, 0, 0)
        : SourceLocation.of(systemId, Math.max(0, loc.getLineNumber()), Math.max(0, loc.getColumnNumber()));
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    message = message.replace("[com.ctc.wstx.exc.WstxLazyException] ", "");
    // Woodstox suffixes messages with the location; keep the cause text only
    int at = message.indexOf("\n at [");
    if (at > 0) {
      message = message.substring(0, at);
    }
    message = message.replace('\n', ' ').strip();
    String lower = message.toLowerCase(Locale.ROOT);
    boolean limit = lower.contains("limit") || lower.contains("maximum");
    if (limit && lower.contains("depth")) {
      return Finding.error("XML-LIMIT-DEPTH", "element nesting deeper than the limit of " + limits.maxDepth()
          + raise("withMaxDepth(int)", "depth=N"), where);
    }
    if (limit && lower.contains("text")) {
      return Finding.error("XML-LIMIT-TEXT", "a text node longer than the limit of " + limits.maxTextLength()
          + " characters" + raise("withMaxTextLength(int)", "text=N"), where);
    }
    if (limit && lower.contains("attribute") && lower.contains("size")) {
      return Finding.error("XML-LIMIT-ATTRIBUTES", "an attribute value longer than the limit of "
          + limits.maxAttributeLength() + " characters" + raise("withMaxAttributeLength(int)",
          "attribute-length=N"), where);
    }
    if (limit && lower.contains("attribute")) {
      return Finding.error("XML-LIMIT-ATTRIBUTES", "more attributes on one element than the limit of "
          + limits.maxAttributesPerElement() + raise("withMaxAttributesPerElement(int)", "attributes=N"), where);
    }
    if (limit && (lower.contains("character") || lower.contains("document"))) {
      return Finding.error("XML-LIMIT-SIZE", "document larger than the limit of " + limits.maxDocumentChars()
          + " characters" + raise("withMaxDocumentChars(long)", "size=N"), where);
    }
    if (lower.contains("entity")) {
      return Finding.error("XML-ENTITY", "entity references are not processed (DTDs are ignored for safety): "
          + message, where);
    }
    return Finding.error("XML-WELL-FORMED", message, where);
  }

  /** How to raise a limit: the {@link XmlLimits} method and the command-line option. */
  public static String raise(String method, String option) {
    return "; raise it with XmlLimits." + method + " or the epcis option --limit " + option;
  }
}
