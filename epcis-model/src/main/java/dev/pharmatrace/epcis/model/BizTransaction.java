package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.Optional;

/**
 * A business transaction the event belongs to ({@code bizTransaction}): an identifier such as {@code
 * urn:epcglobal:cbv:bt:0614141000005:PO-4711} and an optional type (e.g. {@link BizTransactionType#PO}).
 *
 * @param value the transaction identifier, as given (never rewritten)
 * @param type the transaction type, or null
 */
public record BizTransaction(String value, BizTransactionType type) {
  /** Validates that the identifier is present. */
  public BizTransaction {
    Checks.requiredText(value, "bizTransaction");
  }

  /** A typed business transaction. */
  public static BizTransaction of(BizTransactionType type, String value) {
    return new BizTransaction(value, type);
  }

  /** The type, if given. */
  public Optional<BizTransactionType> typeValue() {
    return Optional.ofNullable(type);
  }
}
