package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.cbv.MeasurementType;
import dev.pharmatrace.epcis.model.cbv.SensorAlertType;
import dev.pharmatrace.epcis.model.cbv.SensorComponent;
import dev.pharmatrace.epcis.model.internal.Checks;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The metadata of a sensor element ({@code sensorMetadata}): when and by which device the reports were produced.
 *
 * <p>In XML the fields are attributes of {@code sensorMetadata}; in JSON-LD members. Unset fields are null.
 *
 * @param time the time of the readings, or null
 * @param startTime the start of the reading interval, or null
 * @param endTime the end of the reading interval, or null
 * @param deviceID the sensor device identifier, or null
 * @param deviceMetadata a URI for the device metadata, or null
 * @param rawData a URI for the raw data, or null
 * @param dataProcessingMethod a URI for the data processing method, or null
 * @param bizRules a URI for the business rules, or null
 * @param otherAttributes non-standard attributes (XML) or compact-IRI members (JSON-LD), in order
 */
public record SensorMetadata(
    OffsetDateTime time,
    OffsetDateTime startTime,
    OffsetDateTime endTime,
    String deviceID,
    String deviceMetadata,
    String rawData,
    String dataProcessingMethod,
    String bizRules,
    List<ExtensionAttribute> otherAttributes) {

  /** Copies the lists. */
  public SensorMetadata {
    otherAttributes = Checks.copy(otherAttributes, "otherAttributes");
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this value. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.time = time;
    b.startTime = startTime;
    b.endTime = endTime;
    b.deviceID = deviceID;
    b.deviceMetadata = deviceMetadata;
    b.rawData = rawData;
    b.dataProcessingMethod = dataProcessingMethod;
    b.bizRules = bizRules;
    b.otherAttributes = new ArrayList<>(otherAttributes);
    return b;
  }

  /** Builds a {@link SensorMetadata}. */
  public static final class Builder {
    private OffsetDateTime time;
    private OffsetDateTime startTime;
    private OffsetDateTime endTime;
    private String deviceID;
    private String deviceMetadata;
    private String rawData;
    private String dataProcessingMethod;
    private String bizRules;
    private List<ExtensionAttribute> otherAttributes = new ArrayList<>();

    private Builder() {}

    /** Sets time: the time of the readings, or null. */
    public Builder time(OffsetDateTime value) {
      this.time = value;
      return this;
    }

    /** Sets startTime: the start of the reading interval, or null. */
    public Builder startTime(OffsetDateTime value) {
      this.startTime = value;
      return this;
    }

    /** Sets endTime: the end of the reading interval, or null. */
    public Builder endTime(OffsetDateTime value) {
      this.endTime = value;
      return this;
    }

    /** Sets deviceID: the sensor device identifier, or null. */
    public Builder deviceID(String value) {
      this.deviceID = value;
      return this;
    }

    /** Sets deviceMetadata: a URI for the device metadata, or null. */
    public Builder deviceMetadata(String value) {
      this.deviceMetadata = value;
      return this;
    }

    /** Sets rawData: a URI for the raw data, or null. */
    public Builder rawData(String value) {
      this.rawData = value;
      return this;
    }

    /** Sets dataProcessingMethod: a URI for the data processing method, or null. */
    public Builder dataProcessingMethod(String value) {
      this.dataProcessingMethod = value;
      return this;
    }

    /** Sets bizRules: a URI for the business rules, or null. */
    public Builder bizRules(String value) {
      this.bizRules = value;
      return this;
    }

    /** Adds to otherAttributes: non-standard attributes (XML) or compact-IRI members (JSON-LD), in order. */
    public Builder addOtherAttribute(ExtensionAttribute value) {
      otherAttributes.add(Checks.required(value, "otherAttributes"));
      return this;
    }

    /** Replaces otherAttributes: non-standard attributes (XML) or compact-IRI members (JSON-LD), in order. */
    public Builder otherAttributes(List<ExtensionAttribute> values) {
      otherAttributes = new ArrayList<>(Checks.copy(values, "otherAttributes"));
      return this;
    }

    /** Builds the value. */
    public SensorMetadata build() {
      return new SensorMetadata(time, startTime, endTime, deviceID, deviceMetadata, rawData, dataProcessingMethod, bizRules, otherAttributes);
    }
  }
}
