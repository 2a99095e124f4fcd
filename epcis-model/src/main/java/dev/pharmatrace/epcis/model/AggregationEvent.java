package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An AggregationEvent: objects were packed into (ADD), observed in (OBSERVE) or unpacked from (DELETE) a parent, e.g. packs into a case, cases onto a pallet (SSCC).
 *
 * <p>Immutable; build one with {@link #builder()}, derive one with {@link #toBuilder()}.
 *
 * @param common the fields all event types share
 * @param action ADD (pack), OBSERVE or DELETE (unpack); required
 * @param parentId the parent container (e.g. an SSCC or case SGTIN), or null
 * @param childEpcs the children, by instance identifier, in order
 * @param childQuantityList the children, by class and quantity, in order
 */
public record AggregationEvent(
    CommonFields common,
    Action action,
    String parentId,
    List<String> childEpcs,
    List<QuantityElement> childQuantityList) implements EpcisEvent {

  /** Validates the required fields and copies the lists. */
  public AggregationEvent {
    Checks.required(common, "common");
    Checks.required(action, "action");
    childEpcs = Checks.copy(childEpcs, "childEpcs");
    childQuantityList = Checks.copy(childQuantityList, "childQuantityList");
  }

  @Override
  public EventType type() {
    return EventType.AGGREGATION_EVENT;
  }

  @Override
  public Optional<Action> actionValue() {
    return Optional.of(action);
  }

  @Override
  public AggregationEvent withCommon(CommonFields newCommon) {
    return new AggregationEvent(newCommon, action, parentId, childEpcs, childQuantityList);
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
    b.childEpcs = new ArrayList<>(childEpcs);
    b.childQuantityList = new ArrayList<>(childQuantityList);
    return b;
  }

  /** Builds a {@link AggregationEvent}. */
  public static final class Builder extends EventBuilder<AggregationEvent, Builder> {
    private Action action;
    private String parentId;
    private List<String> childEpcs = new ArrayList<>();
    private List<QuantityElement> childQuantityList = new ArrayList<>();

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

    /** Adds to childEpcs. */
    public Builder addChildEpc(String value) {
      childEpcs.add(Checks.required(value, "childEpcs"));
      return this;
    }

    /** Adds to childEpcs. */
    public Builder addChildEpcs(String... values) {
      for (String value : values) {
        addChildEpc(value);
      }
      return this;
    }

    /** Replaces childEpcs. */
    public Builder childEpcs(List<String> values) {
      childEpcs = new ArrayList<>(Checks.copy(values, "childEpcs"));
      return this;
    }

    /** Adds to childQuantityList. */
    public Builder addChildQuantity(QuantityElement value) {
      childQuantityList.add(Checks.required(value, "childQuantityList"));
      return this;
    }

    /** Adds to childQuantityList. */
    public Builder addChildQuantitys(QuantityElement... values) {
      for (QuantityElement value : values) {
        addChildQuantity(value);
      }
      return this;
    }

    /** Replaces childQuantityList. */
    public Builder childQuantityList(List<QuantityElement> values) {
      childQuantityList = new ArrayList<>(Checks.copy(values, "childQuantityList"));
      return this;
    }

    @Override
    public AggregationEvent build() {
      return new AggregationEvent(buildCommon(), action, parentId, childEpcs, childQuantityList);
    }
  }
}
