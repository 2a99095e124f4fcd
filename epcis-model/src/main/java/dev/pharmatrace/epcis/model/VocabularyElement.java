package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An element of a master-data vocabulary: a product class, a location, a party; its attributes and children.
 *
 * @param id the element's identifier (e.g. an SGLN, or an SGTIN pattern URI for a product), as given
 * @param attributes attributes, in order (an id may repeat)
 * @param children identifiers of child elements, in order
 * @param extensions extension elements, in order
 * @param otherAttributes non-standard XML attributes of the element, in order
 */
public record VocabularyElement(
    String id,
    List<MasterDataAttribute> attributes,
    List<String> children,
    List<Extension> extensions,
    List<ExtensionAttribute> otherAttributes) {

  /** Validates the identifier and copies the lists. */
  public VocabularyElement {
    Checks.requiredText(id, "vocabulary element id");
    attributes = Checks.copy(attributes, "attributes");
    children = Checks.copy(children, "children");
    extensions = Checks.copy(extensions, "extensions");
    otherAttributes = Checks.copy(otherAttributes, "otherAttributes");
  }

  /** The text of the first attribute with this id. */
  public Optional<String> attribute(String attributeId) {
    for (MasterDataAttribute attribute : attributes) {
      if (attribute.id().equals(attributeId)) {
        return attribute.textValue();
      }
    }
    return Optional.empty();
  }

  /** A builder for an element with identifier {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link VocabularyElement}. */
  public static final class Builder {
    private final String id;
    private final List<MasterDataAttribute> attributes = new ArrayList<>();
    private final List<String> children = new ArrayList<>();
    private final List<Extension> extensions = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    /** Adds an attribute with a text value. */
    public Builder attribute(String attributeId, String text) {
      attributes.add(MasterDataAttribute.of(attributeId, text));
      return this;
    }

    /** Adds an attribute. */
    public Builder attribute(MasterDataAttribute attribute) {
      attributes.add(Checks.required(attribute, "attribute"));
      return this;
    }

    /** Adds a child identifier. */
    public Builder child(String childId) {
      children.add(Checks.required(childId, "child"));
      return this;
    }

    /** Adds an extension element. */
    public Builder extension(Extension extension) {
      extensions.add(Checks.required(extension, "extension"));
      return this;
    }

    /** Builds the element. */
    public VocabularyElement build() {
      return new VocabularyElement(id, attributes, children, extensions, List.of());
    }
  }
}
