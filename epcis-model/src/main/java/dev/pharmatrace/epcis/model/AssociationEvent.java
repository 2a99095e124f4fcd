package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An AssociationEvent (EPCIS 2.0): objects were associated with (ADD), observed with (OBSERVE) or dissociated from (DELETE) a parent that is not a container, e.g. a sensor device attached to a pallet.
 *
 * <p>Immutable; build one with {@link #builder()}, derive one with {@link #toBuilder()}.
 *
 * @param common the fields all event types share
 * @param action ADD, OBSERVE or DELETE; required
 * @param parentId the parent (required by EPCIS; validation reports its absence)
 * @param childEpcs the children, by instance identifier, in order
 * @param childQuantityList the children, by class and quantity, in order
 */
public record AssociationEvent(
    CommonFields common,
    Action action,
    String parentId,
    List<String> childEpcs,
    List<QuantityElement> childQuantityList) implements EpcisEvent {

  /** Validates the required fields and copies the lists. */
  public AssociationEvent {
    Checks.required(common, "common");
    Checks.required(action, "action");
    childEpcs = Checks.copy(childEpcs, "childEpcs");
    childQuantityList = Checks.copy(childQuantityList, "childQuantityList");
  }

  @Override
  public EventType type() {
    return EventType.ASSOCIATION_EVENT;
  }

  @Override
  public Optional<Action> actionValue() {
    return Optional.of(action);
  }

  @Override
  public AssociationEvent withCommon(CommonFields newCommon) {
    return new AssociationEvent(newCommon, action, parentId, childEpcs, childQuantityList);
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

  /** Builds a {@link AssociationEvent}. */
  public static final class Builder extends EventBuilder<AssociationEvent, Builder> {
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
    public AssociationEvent build() {
      return new AssociationEvent(buildCommon(), action, parentId, childEpcs, childQuantityList);
    }
  }
}
