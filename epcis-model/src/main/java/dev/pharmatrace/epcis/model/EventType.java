package dev.pharmatrace.epcis.model;

import java.util.Set;

/** The five EPCIS 2.0 event types, with their element / {@code type} names and the fields only some types have. */
public enum EventType {
  /** {@link ObjectEvent}. */
  OBJECT_EVENT("ObjectEvent", Set.of("action", "epcList", "quantityList", "ilmd")),
  /** {@link AggregationEvent}. */
  AGGREGATION_EVENT("AggregationEvent", Set.of("action", "parentID", "childEPCs", "childQuantityList")),
  /** {@link TransactionEvent}. */
  TRANSACTION_EVENT("TransactionEvent", Set.of("action", "parentID", "epcList", "quantityList")),
  /** {@link TransformationEvent}. */
  TRANSFORMATION_EVENT("TransformationEvent", Set.of("inputEPCList", "inputQuantityList", "outputEPCList",
      "outputQuantityList", "transformationID", "ilmd")),
  /** {@link AssociationEvent}. */
  ASSOCIATION_EVENT("AssociationEvent", Set.of("action", "parentID", "childEPCs", "childQuantityList"));

  /**
   * The fields (their EPCIS names, as in XML and JSON-LD) that only some event types have (EPCIS 2.0, section 7.4):
   * {@code action}, the EPC and quantity lists, {@code parentID}, {@code transformationID}, {@code ilmd}.
   */
  public static final Set<String> TYPE_SPECIFIC_FIELDS = Set.of("action", "epcList", "quantityList", "parentID",
      "childEPCs", "childQuantityList", "inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList",
      "transformationID", "ilmd");

  private final String localName;
  private final Set<String> ownFields;

  EventType(String localName, Set<String> ownFields) {
    this.localName = localName;
    this.ownFields = ownFields;
  }

  /**
   * Whether {@code field} is a field that only other event types have: such a field has no place in this type's
   * model, and a reader refuses it rather than drop it. False for fields every event has and for extensions.
   */
  public boolean isFieldOfAnotherType(String field) {
    return TYPE_SPECIFIC_FIELDS.contains(field) && !ownFields.contains(field);
  }

  /** The XML element name and JSON-LD {@code type}, e.g. {@code ObjectEvent}. */
  public String localName() {
    return localName;
  }

  /** The type for its element / {@code type} name; empty if it is not one of the five. */
  public static java.util.Optional<EventType> fromLocalName(String name) {
    for (EventType type : values()) {
      if (type.localName.equals(name)) {
        return java.util.Optional.of(type);
      }
    }
    return java.util.Optional.empty();
  }
}
