package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A TransactionEvent: objects were associated with (ADD), confirmed in (OBSERVE) or dissociated from (DELETE) one or more business transactions, given in {@code bizTransactionList} (required by EPCIS).
 *
 * <p>Immutable; build one with {@link #builder()}, derive one with {@link #toBuilder()}.
 *
 * @param common the fields all event types share
 * @param action ADD, OBSERVE or DELETE; required
 * @param parentId the parent container, or null
 * @param epcList the objects, by instance identifier, in order
 * @param quantityList the objects, by class and quantity, in order
 */
public record TransactionEvent(
    CommonFields common,
    Action action,
    String parentId,
    List<String> epcList,
    List<QuantityElement> quantityList) implements EpcisEvent {

  /** Validates the required fields and copies the lists. */
  public TransactionEvent {
    Checks.required(common, "common");
    Checks.required(action, "action");
    epcList = Checks.copy(epcList, "epcList");
    quantityList = Checks.copy(quantityList, "quantityList");
  }

  @Override
  public EventType type() {
    return EventType.TRANSACTION_EVENT;
  }

  @Override
  public Optional<Action> actionValue() {
    return Optional.of(action);
  }

  @Override
  public TransactionEvent withCommon(CommonFields newCommon) {
    return new TransactionEvent(newCommon, action, parentId, epcList, quantityList);
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this event. */
  public Builder toBuilder() {
    Builder b = new Builder().common(common);
    b.action = action;
    b.parentId = parentId;
    b.epcList = new ArrayList<>(epcList);
    b.quantityList = new ArrayList<>(quantityList);
    return b;
  }

  /** Builds a {@link TransactionEvent}. */
  public static final class Builder extends EventBuilder<TransactionEvent, Builder> {
    private Action action;
    private String parentId;
    private List<String> epcList = new ArrayList<>();
    private List<QuantityElement> quantityList = new ArrayList<>();

    private Builder() {}

    /** Sets action. */
    public Builder action(Action value) {
      action = value;
      return this;
    }

    /** Sets parentId. */
    public Builder parentId(String value) {
      parentId = value;
      return this;
    }

    /** Adds to epcList. */
    public Builder addEpc(String value) {
      epcList.add(Checks.required(value, "epcList"));
      return this;
    }

    /** Adds to epcList. */
    public Builder addEpcs(String... values) {
      for (String value : values) {
        addEpc(value);
      }
      return this;
    }

    /** Replaces epcList. */
    public Builder epcList(List<String> values) {
      epcList = new ArrayList<>(Checks.copy(values, "epcList"));
      return this;
    }

    /** Adds to quantityList. */
    public Builder addQuantity(QuantityElement value) {
      quantityList.add(Checks.required(value, "quantityList"));
      return this;
    }

    /** Adds to quantityList. */
    public Builder addQuantitys(QuantityElement... values) {
      for (QuantityElement value : values) {
        addQuantity(value);
      }
      return this;
    }

    /** Replaces quantityList. */
    public Builder quantityList(List<QuantityElement> values) {
      quantityList = new ArrayList<>(Checks.copy(values, "quantityList"));
      return this;
    }

    @Override
    public TransactionEvent build() {
      return new TransactionEvent(buildCommon(), action, parentId, epcList, quantityList);
    }
  }
}
