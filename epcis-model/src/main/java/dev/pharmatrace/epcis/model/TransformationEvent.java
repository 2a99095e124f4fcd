package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A TransformationEvent: input objects were consumed to produce output objects (e.g. bulk product into finished packs). It has no action.
 *
 * <p>Immutable; build one with {@link #builder()}, derive one with {@link #toBuilder()}.
 *
 * @param common the fields all event types share
 * @param inputEpcList consumed objects, by instance identifier, in order
 * @param inputQuantityList consumed objects, by class and quantity, in order
 * @param outputEpcList produced objects, by instance identifier, in order
 * @param outputQuantityList produced objects, by class and quantity, in order
 * @param transformationId links transformation events that belong to one transformation, or null
 * @param ilmd instance/lot master data of the outputs, in order
 */
public record TransformationEvent(
    CommonFields common,
    List<String> inputEpcList,
    List<QuantityElement> inputQuantityList,
    List<String> outputEpcList,
    List<QuantityElement> outputQuantityList,
    String transformationId,
    List<Extension> ilmd) implements EpcisEvent {

  /** Validates the required fields and copies the lists. */
  public TransformationEvent {
    Checks.required(common, "common");
    inputEpcList = Checks.copy(inputEpcList, "inputEpcList");
    inputQuantityList = Checks.copy(inputQuantityList, "inputQuantityList");
    outputEpcList = Checks.copy(outputEpcList, "outputEpcList");
    outputQuantityList = Checks.copy(outputQuantityList, "outputQuantityList");
    ilmd = Checks.copy(ilmd, "ilmd");
  }

  @Override
  public EventType type() {
    return EventType.TRANSFORMATION_EVENT;
  }

  @Override
  public Optional<Action> actionValue() {
    return Optional.empty();
  }

  @Override
  public TransformationEvent withCommon(CommonFields newCommon) {
    return new TransformationEvent(newCommon, inputEpcList, inputQuantityList, outputEpcList, outputQuantityList, transformationId, ilmd);
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this event. */
  public Builder toBuilder() {
    Builder b = new Builder().common(common);
    b.inputEpcList = new ArrayList<>(inputEpcList);
    b.inputQuantityList = new ArrayList<>(inputQuantityList);
    b.outputEpcList = new ArrayList<>(outputEpcList);
    b.outputQuantityList = new ArrayList<>(outputQuantityList);
    b.transformationId = transformationId;
    b.ilmd = new ArrayList<>(ilmd);
    return b;
  }

  /** Builds a {@link TransformationEvent}. */
  public static final class Builder extends EventBuilder<TransformationEvent, Builder> {
    private List<String> inputEpcList = new ArrayList<>();
    private List<QuantityElement> inputQuantityList = new ArrayList<>();
    private List<String> outputEpcList = new ArrayList<>();
    private List<QuantityElement> outputQuantityList = new ArrayList<>();
    private String transformationId;
    private List<Extension> ilmd = new ArrayList<>();

    private Builder() {}

    /** Adds to inputEpcList. */
    public Builder addInputEpc(String value) {
      inputEpcList.add(Checks.required(value, "inputEpcList"));
      return this;
    }

    /** Adds to inputEpcList. */
    public Builder addInputEpcs(String... values) {
      for (String value : values) {
        addInputEpc(value);
      }
      return this;
    }

    /** Replaces inputEpcList. */
    public Builder inputEpcList(List<String> values) {
      inputEpcList = new ArrayList<>(Checks.copy(values, "inputEpcList"));
      return this;
    }

    /** Adds to inputQuantityList. */
    public Builder addInputQuantity(QuantityElement value) {
      inputQuantityList.add(Checks.required(value, "inputQuantityList"));
      return this;
    }

    /** Adds to inputQuantityList. */
    public Builder addInputQuantitys(QuantityElement... values) {
      for (QuantityElement value : values) {
        addInputQuantity(value);
      }
      return this;
    }

    /** Replaces inputQuantityList. */
    public Builder inputQuantityList(List<QuantityElement> values) {
      inputQuantityList = new ArrayList<>(Checks.copy(values, "inputQuantityList"));
      return this;
    }

    /** Adds to outputEpcList. */
    public Builder addOutputEpc(String value) {
      outputEpcList.add(Checks.required(value, "outputEpcList"));
      return this;
    }

    /** Adds to outputEpcList. */
    public Builder addOutputEpcs(String... values) {
      for (String value : values) {
        addOutputEpc(value);
      }
      return this;
    }

    /** Replaces outputEpcList. */
    public Builder outputEpcList(List<String> values) {
      outputEpcList = new ArrayList<>(Checks.copy(values, "outputEpcList"));
      return this;
    }

    /** Adds to outputQuantityList. */
    public Builder addOutputQuantity(QuantityElement value) {
      outputQuantityList.add(Checks.required(value, "outputQuantityList"));
      return this;
    }

    /** Adds to outputQuantityList. */
    public Builder addOutputQuantitys(QuantityElement... values) {
      for (QuantityElement value : values) {
        addOutputQuantity(value);
      }
      return this;
    }

    /** Replaces outputQuantityList. */
    public Builder outputQuantityList(List<QuantityElement> values) {
      outputQuantityList = new ArrayList<>(Checks.copy(values, "outputQuantityList"));
      return this;
    }

    /** Sets transformationId. */
    public Builder transformationId(String value) {
      transformationId = value;
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
    public TransformationEvent build() {
      return new TransformationEvent(buildCommon(), inputEpcList, inputQuantityList, outputEpcList, outputQuantityList, transformationId, ilmd);
    }
  }
}
