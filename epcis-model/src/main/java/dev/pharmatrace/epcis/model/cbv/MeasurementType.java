package dev.pharmatrace.epcis.model.cbv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sensor measurement type of the GS1 Web vocabulary (e.g. Temperature), used by {@code sensorReport/@type}.
 *
 * <p>Obtain values with {@link #of(String)} (any spelling) or use the constants. See {@link CbvValue} for
 * spellings and equality.
 */
public final class MeasurementType extends CbvValue {
  private static final Map<String, MeasurementType> STANDARD = new LinkedHashMap<>();

  /** {@code AbsoluteHumidity}. */
  public static final MeasurementType ABSOLUTE_HUMIDITY = standard("AbsoluteHumidity");
  /** {@code AbsorbedDose}. */
  public static final MeasurementType ABSORBED_DOSE = standard("AbsorbedDose");
  /** {@code AbsorbedDoseRate}. */
  public static final MeasurementType ABSORBED_DOSE_RATE = standard("AbsorbedDoseRate");
  /** {@code Acceleration}. */
  public static final MeasurementType ACCELERATION = standard("Acceleration");
  /** {@code Radioactivity}. */
  public static final MeasurementType RADIOACTIVITY = standard("Radioactivity");
  /** {@code Altitude}. */
  public static final MeasurementType ALTITUDE = standard("Altitude");
  /** {@code AmountOfSubstance}. */
  public static final MeasurementType AMOUNT_OF_SUBSTANCE = standard("AmountOfSubstance");
  /** {@code AmountOfSubstancePerUnitVolume}. */
  public static final MeasurementType AMOUNT_OF_SUBSTANCE_PER_UNIT_VOLUME = standard("AmountOfSubstancePerUnitVolume");
  /** {@code Angle}. */
  public static final MeasurementType ANGLE = standard("Angle");
  /** {@code AngularAcceleration}. */
  public static final MeasurementType ANGULAR_ACCELERATION = standard("AngularAcceleration");
  /** {@code AngularMomentum}. */
  public static final MeasurementType ANGULAR_MOMENTUM = standard("AngularMomentum");
  /** {@code AngularVelocity}. */
  public static final MeasurementType ANGULAR_VELOCITY = standard("AngularVelocity");
  /** {@code Area}. */
  public static final MeasurementType AREA = standard("Area");
  /** {@code Capacitance}. */
  public static final MeasurementType CAPACITANCE = standard("Capacitance");
  /** {@code Conductance}. */
  public static final MeasurementType CONDUCTANCE = standard("Conductance");
  /** {@code Conductivity}. */
  public static final MeasurementType CONDUCTIVITY = standard("Conductivity");
  /** {@code Count}. */
  public static final MeasurementType COUNT = standard("Count");
  /** {@code Density}. */
  public static final MeasurementType DENSITY = standard("Density");
  /** {@code Dimensionless}. */
  public static final MeasurementType DIMENSIONLESS = standard("Dimensionless");
  /** {@code DoseEquivalent}. */
  public static final MeasurementType DOSE_EQUIVALENT = standard("DoseEquivalent");
  /** {@code DoseEquivalentRate}. */
  public static final MeasurementType DOSE_EQUIVALENT_RATE = standard("DoseEquivalentRate");
  /** {@code DynamicViscosity}. */
  public static final MeasurementType DYNAMIC_VISCOSITY = standard("DynamicViscosity");
  /** {@code ElectricCharge}. */
  public static final MeasurementType ELECTRIC_CHARGE = standard("ElectricCharge");
  /** {@code ElectricCurrent}. */
  public static final MeasurementType ELECTRIC_CURRENT = standard("ElectricCurrent");
  /** {@code ElectricCurrentDensity}. */
  public static final MeasurementType ELECTRIC_CURRENT_DENSITY = standard("ElectricCurrentDensity");
  /** {@code ElectricFieldStrength}. */
  public static final MeasurementType ELECTRIC_FIELD_STRENGTH = standard("ElectricFieldStrength");
  /** {@code Energy}. */
  public static final MeasurementType ENERGY = standard("Energy");
  /** {@code Exposure}. */
  public static final MeasurementType EXPOSURE = standard("Exposure");
  /** {@code Force}. */
  public static final MeasurementType FORCE = standard("Force");
  /** {@code Frequency}. */
  public static final MeasurementType FREQUENCY = standard("Frequency");
  /** {@code Illuminance}. */
  public static final MeasurementType ILLUMINANCE = standard("Illuminance");
  /** {@code Inductance}. */
  public static final MeasurementType INDUCTANCE = standard("Inductance");
  /** {@code Irradiance}. */
  public static final MeasurementType IRRADIANCE = standard("Irradiance");
  /** {@code KinematicViscosity}. */
  public static final MeasurementType KINEMATIC_VISCOSITY = standard("KinematicViscosity");
  /** {@code Length}. */
  public static final MeasurementType LENGTH = standard("Length");
  /** {@code LinearMomentum}. */
  public static final MeasurementType LINEAR_MOMENTUM = standard("LinearMomentum");
  /** {@code Luminance}. */
  public static final MeasurementType LUMINANCE = standard("Luminance");
  /** {@code LuminousFlux}. */
  public static final MeasurementType LUMINOUS_FLUX = standard("LuminousFlux");
  /** {@code LuminousIntensity}. */
  public static final MeasurementType LUMINOUS_INTENSITY = standard("LuminousIntensity");
  /** {@code MagneticFlux}. */
  public static final MeasurementType MAGNETIC_FLUX = standard("MagneticFlux");
  /** {@code MagneticFluxDensity}. */
  public static final MeasurementType MAGNETIC_FLUX_DENSITY = standard("MagneticFluxDensity");
  /** {@code MagneticVectorPotential}. */
  public static final MeasurementType MAGNETIC_VECTOR_POTENTIAL = standard("MagneticVectorPotential");
  /** {@code Mass}. */
  public static final MeasurementType MASS = standard("Mass");
  /** {@code MassConcentration}. */
  public static final MeasurementType MASS_CONCENTRATION = standard("MassConcentration");
  /** {@code MassFlowRate}. */
  public static final MeasurementType MASS_FLOW_RATE = standard("MassFlowRate");
  /** {@code MassPerAreaTime}. */
  public static final MeasurementType MASS_PER_AREA_TIME = standard("MassPerAreaTime");
  /** {@code MemoryCapacity}. */
  public static final MeasurementType MEMORY_CAPACITY = standard("MemoryCapacity");
  /** {@code MolalityOfSolute}. */
  public static final MeasurementType MOLALITY_OF_SOLUTE = standard("MolalityOfSolute");
  /** {@code MolarEnergy}. */
  public static final MeasurementType MOLAR_ENERGY = standard("MolarEnergy");
  /** {@code MolarMass}. */
  public static final MeasurementType MOLAR_MASS = standard("MolarMass");
  /** {@code MolarVolume}. */
  public static final MeasurementType MOLAR_VOLUME = standard("MolarVolume");
  /** {@code Power}. */
  public static final MeasurementType POWER = standard("Power");
  /** {@code Pressure}. */
  public static final MeasurementType PRESSURE = standard("Pressure");
  /** {@code RadiantFlux}. */
  public static final MeasurementType RADIANT_FLUX = standard("RadiantFlux");
  /** {@code RadiantIntensity}. */
  public static final MeasurementType RADIANT_INTENSITY = standard("RadiantIntensity");
  /** {@code RelativeHumidity}. */
  public static final MeasurementType RELATIVE_HUMIDITY = standard("RelativeHumidity");
  /** {@code Resistance}. */
  public static final MeasurementType RESISTANCE = standard("Resistance");
  /** {@code Resistivity}. */
  public static final MeasurementType RESISTIVITY = standard("Resistivity");
  /** {@code SolidAngle}. */
  public static final MeasurementType SOLID_ANGLE = standard("SolidAngle");
  /** {@code SpecificVolume}. */
  public static final MeasurementType SPECIFIC_VOLUME = standard("SpecificVolume");
  /** {@code Speed}. */
  public static final MeasurementType SPEED = standard("Speed");
  /** {@code SurfaceDensity}. */
  public static final MeasurementType SURFACE_DENSITY = standard("SurfaceDensity");
  /** {@code SurfaceTension}. */
  public static final MeasurementType SURFACE_TENSION = standard("SurfaceTension");
  /** {@code Temperature}. */
  public static final MeasurementType TEMPERATURE = standard("Temperature");
  /** {@code Time}. */
  public static final MeasurementType TIME = standard("Time");
  /** {@code Torque}. */
  public static final MeasurementType TORQUE = standard("Torque");
  /** {@code Voltage}. */
  public static final MeasurementType VOLTAGE = standard("Voltage");
  /** {@code Volume}. */
  public static final MeasurementType VOLUME = standard("Volume");
  /** {@code VolumeFlowRate}. */
  public static final MeasurementType VOLUME_FLOW_RATE = standard("VolumeFlowRate");
  /** {@code VolumeFraction}. */
  public static final MeasurementType VOLUME_FRACTION = standard("VolumeFraction");
  /** {@code VolumetricFlux}. */
  public static final MeasurementType VOLUMETRIC_FLUX = standard("VolumetricFlux");
  /** {@code Wavenumber}. */
  public static final MeasurementType WAVENUMBER = standard("Wavenumber");

  private MeasurementType(String word, String asGiven, CbvForm form) {
    super(CbvVocabulary.MEASUREMENT_TYPE, word, asGiven, form);
  }

  private static MeasurementType standard(String word) {
    MeasurementType value = new MeasurementType(word, word, CbvForm.BARE_WORD);
    STANDARD.put(word, value);
    return value;
  }

  /**
   * The value for any spelling: bare word, URN, Web URI, compact IRI, or a custom URI.
   *
   * @throws IllegalArgumentException if {@code value} is null or blank (rule CBV-EMPTY)
   */
  public static MeasurementType of(String value) {
    Parsed parsed = parse(CbvVocabulary.MEASUREMENT_TYPE, STANDARD, value);
    if (parsed.form() == CbvForm.BARE_WORD) {
      return STANDARD.get(parsed.word());
    }
    return new MeasurementType(parsed.word(), parsed.asGiven(), parsed.form());
  }

  /** The standard values of this vocabulary, in the order of the CBV 2.0 schema. */
  public static List<MeasurementType> standardValues() {
    return List.copyOf(STANDARD.values());
  }
}
