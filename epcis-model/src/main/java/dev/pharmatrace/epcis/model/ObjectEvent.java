package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ObjectEvent: something happened to objects named individually ({@code epcList}) or by class and quantity ({@code quantityList}), e.g. commissioning of serialized packs with their lot and expiry in {@code ilmd}, or shipping.
 *
 * <p>Immutable; build one with {@link #builder()}, derive one with {@link #toBuilder()}.
 *
 * @param common the fields all event types share
 * @param action what the event did to the objects (required)
 * @param epcList the objects, by instance identifier (EPC URI or Digital Link), in order
 * @param quantityList the objects, by class and quantity, in order
 * @param ilmd instance/lot master data (e.g. {@code cbvmda:lotNumber}, {@code cbvmda:itemExpirationDate}), in order
 */
public record ObjectEvent(
    CommonFields common,
    Action action,
    List<String> epcList,
    List<QuantityElement> quantityList,
    List<Extension> ilmd) implements EpcisEvent {

  /** Validates the required fields and copies the lists. */
  public ObjectEvent {
    Checks.required(common, "common");
    Checks.required(action, "action");
    epcList = Checks.copy(epcList, "epcList");
    quantityList = Checks.copy(quantityList, "quantityList");
    ilmd = Checks.copy(ilmd, "ilmd");
  }

  @Override
  public EventType type() {
    return EventType.OBJECT_EVENT;
  }

  @Override
  public Optional<Action> actionValue() {
    return Optional.of(action);
  }

  @Override
  public ObjectEvent withCommon(CommonFields newCommon) {
    return new ObjectEvent(newCommon, action, epcList, quantityList, ilmd);
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this event. */
  public Builder toBuilder() {
    Builder b = new Builder().common(common);
    b.action = action;
    b.epcList = new ArrayList<>(epcList);
    b.quantityList = new ArrayList<>(quantityList);
    b.ilmd = new ArrayList<>(ilmd);
    return b;
  }

  /** Builds a {@link ObjectEvent}. */
  public static final class Builder extends EventBuilder<ObjectEvent, Builder> {
    private Action action;
    private List<String> epcList = new ArrayList<>();
    private List<QuantityElement> quantityList = new ArrayList<>();
    private List<Extension> ilmd = new ArrayList<>();

    private Builder() {}

    /** Sets action. */
    public Builder action(Action value) {
      action = value;
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

    /** Adds to ilmd. */
    public Builder addIlmd(Extension value) {
      ilmd.add(Checks.required(value, "ilmd"));
      return this;
    }

    /** Adds to ilmd. */
    public Builder addIlmds(Extension... values) {
      for (Extension value : values) {
        addIlmd(value);
      }
      return this;
    }

    /** Replaces ilmd. */
    public Builder ilmd(List<Extension> values) {
      ilmd = new ArrayList<>(Checks.copy(values, "ilmd"));
      return this;
    }

    @Override
    public ObjectEvent build() {
      return new ObjectEvent(buildCommon(), action, epcList, quantityList, ilmd);
    }
  }
}
