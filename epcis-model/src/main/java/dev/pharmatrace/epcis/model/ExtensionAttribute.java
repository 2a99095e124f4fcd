package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;

/**
 * An attribute on an extension element, or a non-standard attribute on a standard element (XML {@code
 * anyAttribute}; in JSON-LD a compact-IRI member of a sensor element, for example).
 *
 * @param name the attribute's qualified name
 * @param value the attribute's value, as written
 */
public record ExtensionAttribute(QualifiedName name, String value) {
  /** Validates that both parts are present. */
  public ExtensionAttribute {
    Checks.required(name, "name");
    Checks.required(value, "value");
  }

  /** Shorthand for {@code new ExtensionAttribute(QualifiedName.of(namespace, localName), value)}. */
  public static ExtensionAttribute of(String namespace, String localName, String value) {
    return new ExtensionAttribute(QualifiedName.of(namespace, localName), value);
  }
}
