package dev.pharmatrace.epcis.cli.internal;

import dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator;
import dev.pharmatrace.epcis.jsonld.JsonLimits;
import dev.pharmatrace.epcis.xml.XmlLimits;
import java.util.List;
import java.util.Locale;

/**
 * The input limits of a command: one set for each reader, set together by name ({@code --limit NAME=N}).
 *
 * @param xml the XML reader's and schema validator's limits
 * @param json the JSON streaming reader's limits
 * @param jsonSchema the JSON schema validator's limits
 */
public record InputLimits(XmlLimits xml, JsonLimits json, JsonLimits jsonSchema) {
  /** The libraries' defaults. */
  public static final InputLimits DEFAULTS = new InputLimits(XmlLimits.DEFAULTS, JsonLimits.DEFAULTS,
      EpcisJsonSchemaValidator.DEFAULT_LIMITS);

  /** The limit names, in the order the help lists them. */
  public static final List<String> NAMES = List.of("size", "depth", "text", "events", "attributes",
      "attribute-length", "number", "name");

  /**
   * These limits with {@code name} set to {@code value} wherever it applies.
   *
   * @throws IllegalArgumentException for an unknown name or a value out of range
   */
  public InputLimits with(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException("--limit " + name + ": the value must be positive, not " + value);
    }
    switch (name) {
      case "size":
        return new InputLimits(xml.withMaxDocumentChars(value), json.withMaxDocumentBytes(value),
            jsonSchema.withMaxDocumentBytes(value));
      case "events":
        return new InputLimits(xml.withMaxEvents(value), json.withMaxEvents(value), jsonSchema.withMaxEvents(value));
      default:
        break;
    }
    if (value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("--limit " + name + ": at most " + Integer.MAX_VALUE + ", not " + value);
    }
    int v = (int) value;
    switch (name) {
      case "depth":
        return new InputLimits(xml.withMaxDepth(v), json.withMaxNestingDepth(v), jsonSchema.withMaxNestingDepth(v));
      case "text":
        return new InputLimits(xml.withMaxTextLength(v), json.withMaxStringLength(v),
            jsonSchema.withMaxStringLength(v));
      case "attributes":
        return new InputLimits(xml.withMaxAttributesPerElement(v), json, jsonSchema);
      case "attribute-length":
        return new InputLimits(xml.withMaxAttributeLength(v), json, jsonSchema);
      case "number":
        return new InputLimits(xml, json.withMaxNumberLength(v), jsonSchema.withMaxNumberLength(v));
      case "name":
        return new InputLimits(xml, json.withMaxNameLength(v), jsonSchema.withMaxNameLength(v));
      default:
        throw new IllegalArgumentException("--limit " + name + ": unknown limit; use one of " + String.join(", ", NAMES));
    }
  }

  /**
   * A limit value: a number with an optional binary suffix {@code K}, {@code M} or {@code G} (e.g. {@code 64M}).
   *
   * @throws IllegalArgumentException if it is not one
   */
  public static long parseValue(String name, String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    int shift = t.endsWith("K") ? 10 : t.endsWith("M") ? 20 : t.endsWith("G") ? 30 : 0;
    String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
    try {
      long n = Long.parseLong(digits);
      if (n > Long.MAX_VALUE >> shift) {
        throw new NumberFormatException();
      }
      return n << shift;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--limit " + name + "=" + text + ": expected a number, optionally with K, M"
          + " or G (e.g. " + name + "=64M)");
    }
  }
}
