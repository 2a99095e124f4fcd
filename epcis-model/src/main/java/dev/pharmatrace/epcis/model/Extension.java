package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A user extension: a namespaced element with attributes, a text or typed value, and child elements, in order.
 *
 * <p>One tree serves both syntaxes. In XML it is an element (namespace URI + local name), its attributes, its text
 * and its child elements. In JSON-LD it is a member {@code prefix:localName}; a nested object becomes children,
 * repeated members become repeated extensions with the same name, and a JSON number or boolean becomes a text
 * with a {@linkplain #datatype() datatype} (in XML an {@code xsi:type}), so that values keep their type across a
 * conversion. The text is kept exactly as written (lexical form).
 *
 * @param name the element's name
 * @param attributes the element's attributes, in document order (not including {@code xsi:type}, which is {@code
 *     datatype})
 * @param text the element's text, or null when it has none (an element with children normally has none)
 * @param datatype the XML Schema datatype IRI of the text (e.g. {@link #XSD_INTEGER}), or null for a plain string
 * @param children the child elements, in document order
 */
public record Extension(
    QualifiedName name,
    List<ExtensionAttribute> attributes,
    String text,
    String datatype,
    List<Extension> children) {

  /** The XML Schema namespace followed by {@code #}, the prefix of datatype IRIs. */
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  /** {@code xsd:string}. */
  public static final String XSD_STRING = XSD + "string";
  /** {@code xsd:integer}. */
  public static final String XSD_INTEGER = XSD + "integer";
  /** {@code xsd:decimal}. */
  public static final String XSD_DECIMAL = XSD + "decimal";
  /** {@code xsd:double}. */
  public static final String XSD_DOUBLE = XSD + "double";
  /** {@code xsd:boolean}. */
  public static final String XSD_BOOLEAN = XSD + "boolean";
  /** {@code xsd:date}. */
  public static final String XSD_DATE = XSD + "date";
  /** {@code xsd:dateTime}. */
  public static final String XSD_DATE_TIME = XSD + "dateTime";

  /** Validates the parts and copies the lists. */
  public Extension {
    Checks.required(name, "name");
    attributes = Checks.copy(attributes, "attributes");
    children = Checks.copy(children, "children");
    if (datatype != null && text == null) {
      throw new IllegalArgumentException("extension " + name + ": a datatype needs a text value");
    }
  }

  /** An element with a plain text value. */
  public static Extension text(QualifiedName name, String text) {
    return new Extension(name, List.of(), Checks.required(text, "text"), null, List.of());
  }

  /** An element with a typed value: {@code lexical} in the XML Schema datatype {@code datatypeIri}. */
  public static Extension typed(QualifiedName name, String lexical, String datatypeIri) {
    return new Extension(name, List.of(), Checks.required(lexical, "lexical"), datatypeIri, List.of());
  }

  /** An element with child elements only. */
  public static Extension element(QualifiedName name, List<Extension> children) {
    return new Extension(name, List.of(), null, null, children);
  }

  /** An element with child elements only. */
  public static Extension element(QualifiedName name, Extension... children) {
    return element(name, List.of(children));
  }

  /** The text, if any. */
  public Optional<String> textValue() {
    return Optional.ofNullable(text);
  }

  /** Whether this element carries a number (datatype integer, decimal, double, float, or a derived integer type). */
  public boolean isNumber() {
    if (datatype == null || !datatype.startsWith(XSD)) {
      return false;
    }
    String type = datatype.substring(XSD.length());
    return switch (type) {
      case "integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger",
          "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong",
          "unsignedShort", "unsignedByte" -> true;
      default -> false;
    };
  }

  /** Whether this element carries a boolean. */
  public boolean isBoolean() {
    return XSD_BOOLEAN.equals(datatype);
  }

  /** The first child with the given name. */
  public Optional<Extension> child(QualifiedName childName) {
    for (Extension child : children) {
      if (child.name.equals(childName)) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** The value of the attribute with the given name. */
  public Optional<String> attribute(QualifiedName attributeName) {
    for (ExtensionAttribute attribute : attributes) {
      if (attribute.name().equals(attributeName)) {
        return Optional.of(attribute.value());
      }
    }
    return Optional.empty();
  }

  /** A builder starting from this element. */
  public Builder toBuilder() {
    Builder b = new Builder(name).text(text, datatype);
    b.attributes.addAll(attributes);
    b.children.addAll(children);
    return b;
  }

  /** A builder for an element named {@code name}. */
  public static Builder builder(QualifiedName name) {
    return new Builder(name);
  }

  /** Builds an {@link Extension}. */
  public static final class Builder {
    private final QualifiedName name;
    private final List<ExtensionAttribute> attributes = new ArrayList<>();
    private final List<Extension> children = new ArrayList<>();
    private String text;
    private String datatype;

    private Builder(QualifiedName name) {
      this.name = Checks.required(name, "name");
    }

    /** Adds an attribute. */
    public Builder attribute(QualifiedName attributeName, String value) {
      attributes.add(new ExtensionAttribute(attributeName, value));
      return this;
    }

    /** Sets a plain text value. */
    public Builder text(String value) {
      return text(value, null);
    }

    /** Sets a typed value (datatype may be null for a plain string). */
    public Builder text(String value, String datatypeIri) {
      this.text = value;
      this.datatype = datatypeIri;
      return this;
    }

    /** Adds a child element. */
    public Builder child(Extension child) {
      children.add(Checks.required(child, "child"));
      return this;
    }

    /** Builds the element. */
    public Extension build() {
      return new Extension(name, attributes, text, datatype, children);
    }
  }
}
