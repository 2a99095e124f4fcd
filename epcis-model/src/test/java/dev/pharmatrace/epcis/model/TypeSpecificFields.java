package dev.pharmatrace.epcis.model;

import java.util.Map;
import java.util.Set;

/**
 * Which EPCIS 2.0 event types have which of the fields that only some types have (EPCIS 2.0, section 7.4, written
 * down from the standard for the readers' tests: a field of another type must be refused, not dropped).
 */
public final class TypeSpecificFields {
  /** Event type -> its own fields among action, the EPC and quantity lists, parentID, transformationID and ilmd. */
  public static final Map<String, Set<String>> HAS = Map.of(
      "ObjectEvent", Set.of("action", "epcList", "quantityList", "ilmd"),
      "AggregationEvent", Set.of("action", "parentID", "childEPCs", "childQuantityList"),
      "TransactionEvent", Set.of("action", "parentID", "epcList", "quantityList"),
      "TransformationEvent", Set.of("inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList",
          "transformationID", "ilmd"),
      "AssociationEvent", Set.of("action", "parentID", "childEPCs", "childQuantityList"));

  private TypeSpecificFields() {}
}
