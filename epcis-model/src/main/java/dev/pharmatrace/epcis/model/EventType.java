package dev.pharmatrace.epcis.model;

/** The five EPCIS 2.0 event types, with their element / {@code type} names. */
public enum EventType {
  /** {@link ObjectEvent}. */
  OBJECT_EVENT("ObjectEvent"),
  /** {@link AggregationEvent}. */
  AGGREGATION_EVENT("AggregationEvent"),
  /** {@link TransactionEvent}. */
  TRANSACTION_EVENT("TransactionEvent"),
  /** {@link TransformationEvent}. */
  TRANSFORMATION_EVENT("TransformationEvent"),
  /** {@link AssociationEvent}. */
  ASSOCIATION_EVENT("AssociationEvent");

  private final String localName;

  EventType(String localName) {
    this.localName = localName;
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
