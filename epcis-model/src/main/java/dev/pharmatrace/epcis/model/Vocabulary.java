package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A master-data vocabulary of one type (e.g. {@link #EPC_CLASS} for products, {@link #LOCATION} for parties and
 * locations) and its elements.
 *
 * @param type the vocabulary type URI, as given
 * @param elements the elements, in order
 * @param extensions extension elements, in order
 * @param otherAttributes non-standard XML attributes of the vocabulary, in order
 */
public record Vocabulary(
    String type,
    List<VocabularyElement> elements,
    List<Extension> extensions,
    List<ExtensionAttribute> otherAttributes) {

  /** Product master data: {@code urn:epcglobal:epcis:vtype:EPCClass}. */
  public static final String EPC_CLASS = "urn:epcglobal:epcis:vtype:EPCClass";
  /** Location and party master data: {@code urn:epcglobal:epcis:vtype:Location}. */
  public static final String LOCATION = "urn:epcglobal:epcis:vtype:Location";
  /** Read points: {@code urn:epcglobal:epcis:vtype:ReadPoint}. */
  public static final String READ_POINT = "urn:epcglobal:epcis:vtype:ReadPoint";
  /** Business locations: {@code urn:epcglobal:epcis:vtype:BusinessLocation}. */
  public static final String BUSINESS_LOCATION = "urn:epcglobal:epcis:vtype:BusinessLocation";

  /** Validates the type and copies the lists. */
  public Vocabulary {
    Checks.requiredText(type, "vocabulary type");
    elements = Checks.copy(elements, "elements");
    extensions = Checks.copy(extensions, "extensions");
    otherAttributes = Checks.copy(otherAttributes, "otherAttributes");
  }

  /** A vocabulary without extensions. */
  public static Vocabulary of(String type, List<VocabularyElement> elements) {
    return new Vocabulary(type, elements, List.of(), List.of());
  }

  /** The first element with this identifier. */
  public Optional<VocabularyElement> element(String id) {
    return elements.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
