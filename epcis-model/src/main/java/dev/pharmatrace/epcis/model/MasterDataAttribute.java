package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * An attribute of a master-data vocabulary element, e.g. {@code urn:epcglobal:cbv:mda#regulatedProductName} =
 * {@code Drug X 10 mg}. The value is a text (optionally typed) or nested elements (e.g. an address).
 *
 * @param id the attribute's identifier URI, as given
 * @param text the simple value, or null when the value is nested elements or absent
 * @param datatype the XML Schema datatype IRI of {@code text} (see {@link Extension}), or null
 * @param children nested value elements, in order
 * @param otherAttributes non-standard XML attributes of the attribute element, in order
 */
public record MasterDataAttribute(
    String id, String text, String datatype, List<Extension> children, List<ExtensionAttribute> otherAttributes) {
  /** Validates the identifier and copies the lists. */
  public MasterDataAttribute {
    Checks.requiredText(id, "attribute id");
    children = Checks.copy(children, "children");
    otherAttributes = Checks.copy(otherAttributes, "otherAttributes");
  }

  /** An attribute with a plain text value. */
  public static MasterDataAttribute of(String id, String text) {
    return new MasterDataAttribute(id, text, null, List.of(), List.of());
  }

  /** The text value, if any. */
  public Optional<String> textValue() {
    return Optional.ofNullable(text);
  }
}
