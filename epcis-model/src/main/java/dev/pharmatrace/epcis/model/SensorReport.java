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
 * One sensor report ({@code sensorReport}): a measurement or observation with its type, value(s) and unit.
 *
 * <p>In XML the fields are attributes of {@code sensorReport}; in JSON-LD members. Unset fields are null. Numbers keep their written scale (compare with {@link BigDecimal#compareTo} for numeric equality).
 *
 * @param type the measurement type, or null
 * @param exception the alert condition, or null
 * @param deviceID the sensor device identifier, or null
 * @param deviceMetadata a URI for the device metadata, or null
 * @param rawData a URI for the raw data, or null
 * @param dataProcessingMethod a URI for the data processing method, or null
 * @param bizRules a URI for the business rules (JSON-LD only), or null
 * @param time the time of this report, or null
 * @param microorganism a microorganism URI, or null
 * @param chemicalSubstance a chemical substance URI, or null
 * @param value the measured value, or null
 * @param component the component of a multi-dimensional value, or null
 * @param stringValue a string value, or null
 * @param booleanValue a boolean value, or null
 * @param hexBinaryValue a hexBinary value (lexical form), or null
 * @param uriValue a URI value, or null
 * @param minValue the minimum value, or null
 * @param maxValue the maximum value, or null
 * @param meanValue the mean value, or null
 * @param sDev the standard deviation, or null
 * @param percRank the percentile rank, or null
 * @param percValue the percentile value, or null
 * @param uom the unit of measure (UN/ECE Rec. 20), or null
 * @param coordinateReferenceSystem a coordinate reference system URI, or null
 * @param otherAttributes non-standard attributes (XML) or compact-IRI members (JSON-LD), in order
 */
public record SensorReport(
    MeasurementType type,
    SensorAlertType exception,
    String deviceID,
    String deviceMetadata,
    String rawData,
    String dataProcessingMethod,
    String bizRules,
    OffsetDateTime time,
    String microorganism,
    String chemicalSubstance,
    BigDecimal value,
    SensorComponent component,
    String stringValue,
    Boolean booleanValue,
    String hexBinaryValue,
    String uriValue,
    BigDecimal minValue,
    BigDecimal maxValue,
    BigDecimal meanValue,
    BigDecimal sDev,
    BigDecimal percRank,
    BigDecimal percValue,
    String uom,
    String coordinateReferenceSystem,
    List<ExtensionAttribute> otherAttributes) {

  /** Copies the lists. */
  public SensorReport {
    otherAttributes = Checks.copy(otherAttributes, "otherAttributes");
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this value. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.exception = exception;
    b.deviceID = deviceID;
    b.deviceMetadata = deviceMetadata;
    b.rawData = rawData;
    b.dataProcessingMethod = dataProcessingMethod;
    b.bizRules = bizRules;
    b.time = time;
    b.microorganism = microorganism;
    b.chemicalSubstance = chemicalSubstance;
    b.value = value;
    b.component = component;
    b.stringValue = stringValue;
    b.booleanValue = booleanValue;
    b.hexBinaryValue = hexBinaryValue;
    b.uriValue = uriValue;
    b.minValue = minValue;
    b.maxValue = maxValue;
    b.meanValue = meanValue;
    b.sDev = sDev;
    b.percRank = percRank;
    b.percValue = percValue;
    b.uom = uom;
    b.coordinateReferenceSystem = coordinateReferenceSystem;
    b.otherAttributes = new ArrayList<>(otherAttributes);
    return b;
  }

  /** Builds a {@link SensorReport}. */
  public static final class Builder {
    private MeasurementType type;
    private SensorAlertType exception;
    private String deviceID;
    private String deviceMetadata;
    private String rawData;
    private String dataProcessingMethod;
    private String bizRules;
    private OffsetDateTime time;
    private String microorganism;
    private String chemicalSubstance;
    private BigDecimal value;
    private SensorComponent component;
    private String stringValue;
    private Boolean booleanValue;
    private String hexBinaryValue;
    private String uriValue;
    private BigDecimal minValue;
    private BigDecimal maxValue;
    private BigDecimal meanValue;
    private BigDecimal sDev;
    private BigDecimal percRank;
    private BigDecimal percValue;
    private String uom;
    private String coordinateReferenceSystem;
    private List<ExtensionAttribute> otherAttributes = new ArrayList<>();

    private Builder() {}

    /** Sets type: the measurement type, or null. */
    public Builder type(MeasurementType value) {
      this.type = value;
      return this;
    }

    /** Sets exception: the alert condition, or null. */
    public Builder exception(SensorAlertType value) {
      this.exception = value;
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

    /** Sets bizRules: a URI for the business rules (JSON-LD only), or null. */
    public Builder bizRules(String value) {
      this.bizRules = value;
      return this;
    }

    /** Sets time: the time of this report, or null. */
    public Builder time(OffsetDateTime value) {
      this.time = value;
      return this;
    }

    /** Sets microorganism: a microorganism URI, or null. */
    public Builder microorganism(String value) {
      this.microorganism = value;
      return this;
    }

    /** Sets chemicalSubstance: a chemical substance URI, or null. */
    public Builder chemicalSubstance(String value) {
      this.chemicalSubstance = value;
      return this;
    }

    /** Sets value: the measured value, or null. */
    public Builder value(BigDecimal value) {
      this.value = value;
      return this;
    }

    /** Sets component: the component of a multi-dimensional value, or null. */
    public Builder component(SensorComponent value) {
      this.component = value;
      return this;
    }

    /** Sets stringValue: a string value, or null. */
    public Builder stringValue(String value) {
      this.stringValue = value;
      return this;
    }

    /** Sets booleanValue: a boolean value, or null. */
    public Builder booleanValue(Boolean value) {
      this.booleanValue = value;
      return this;
    }

    /** Sets hexBinaryValue: a hexBinary value (lexical form), or null. */
    public Builder hexBinaryValue(String value) {
      this.hexBinaryValue = value;
      return this;
    }

    /** Sets uriValue: a URI value, or null. */
    public Builder uriValue(String value) {
      this.uriValue = value;
      return this;
    }

    /** Sets minValue: the minimum value, or null. */
    public Builder minValue(BigDecimal value) {
      this.minValue = value;
      return this;
    }

    /** Sets maxValue: the maximum value, or null. */
    public Builder maxValue(BigDecimal value) {
      this.maxValue = value;
      return this;
    }

    /** Sets meanValue: the mean value, or null. */
    public Builder meanValue(BigDecimal value) {
      this.meanValue = value;
      return this;
    }

    /** Sets sDev: the standard deviation, or null. */
    public Builder sDev(BigDecimal value) {
      this.sDev = value;
      return this;
    }

    /** Sets percRank: the percentile rank, or null. */
    public Builder percRank(BigDecimal value) {
      this.percRank = value;
      return this;
    }

    /** Sets percValue: the percentile value, or null. */
    public Builder percValue(BigDecimal value) {
      this.percValue = value;
      return this;
    }

    /** Sets uom: the unit of measure (UN/ECE Rec. 20), or null. */
    public Builder uom(String value) {
      this.uom = value;
      return this;
    }

    /** Sets coordinateReferenceSystem: a coordinate reference system URI, or null. */
    public Builder coordinateReferenceSystem(String value) {
      this.coordinateReferenceSystem = value;
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
    public SensorReport build() {
      return new SensorReport(type, exception, deviceID, deviceMetadata, rawData, dataProcessingMethod, bizRules, time, microorganism, chemicalSubstance, value, component, stringValue, booleanValue, hexBinaryValue, uriValue, minValue, maxValue, meanValue, sDev, percRank, percValue, uom, coordinateReferenceSystem, otherAttributes);
    }
  }
}
