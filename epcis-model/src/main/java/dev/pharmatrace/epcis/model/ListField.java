package dev.pharmatrace.epcis.model;

/**
 * The identifier and quantity lists of EPCIS events, named as in EPCIS 2.0.
 *
 * <p>Used to remember which lists a document <em>wrote though empty</em> (an empty {@code <epcList/>} or
 * {@code "epcList": []}), so that a document read and written back keeps them. An empty list means the same as
 * an absent one; see {@link CommonFields#emptyListsPresent()}.
 */
public enum ListField {
  /** {@code epcList} of an ObjectEvent or TransactionEvent. */
  EPC_LIST("epcList"),
  /** {@code quantityList} of an ObjectEvent or TransactionEvent. */
  QUANTITY_LIST("quantityList"),
  /** {@code childEPCs} of an AggregationEvent or AssociationEvent. */
  CHILD_EPCS("childEPCs"),
  /** {@code childQuantityList} of an AggregationEvent or AssociationEvent. */
  CHILD_QUANTITY_LIST("childQuantityList"),
  /** {@code inputEPCList} of a TransformationEvent. */
  INPUT_EPC_LIST("inputEPCList"),
  /** {@code inputQuantityList} of a TransformationEvent. */
  INPUT_QUANTITY_LIST("inputQuantityList"),
  /** {@code outputEPCList} of a TransformationEvent. */
  OUTPUT_EPC_LIST("outputEPCList"),
  /** {@code outputQuantityList} of a TransformationEvent. */
  OUTPUT_QUANTITY_LIST("outputQuantityList");

  private final String fieldName;

  ListField(String fieldName) {
    this.fieldName = fieldName;
  }

  /** The field's name in EPCIS 2.0 XML and JSON-LD, e.g. {@code childEPCs}. */
  public String fieldName() {
    return fieldName;
  }

  /** The list named {@code name} in EPCIS 2.0 XML or JSON-LD, or null if there is none of that name. */
  public static ListField byFieldName(String name) {
    for (ListField f : values()) {
      if (f.fieldName.equals(name)) {
        return f;
      }
    }
    return null;
  }
}
