package dev.pharmatrace.epcis.dscsa;

import dev.pharmatrace.epcis.model.gs1.Gtin;
import java.util.Objects;
import java.util.Optional;

/**
 * A drug product with the master data DSCSA transaction information needs (NDC, name, dosage form, strength,
 * container size, manufacturer). Its GTINs are derived from the NDC: the saleable unit's with indicator digit
 * {@link #itemIndicator()} (usually {@code 0}), the homogeneous case's with {@link #caseIndicator()}.
 *
 * @param ndc the NDC
 * @param name the regulated product name
 * @param dosageForm the dosage form, e.g. {@code TABLET}
 * @param strength the strength, e.g. {@code 10 mg}
 * @param netContent the saleable unit's container size, e.g. {@code 30 tablets}
 * @param caseNetContent the case's content description, or null to derive it from the case size
 * @param manufacturer the manufacturer's name
 * @param itemIndicator the indicator digit of the saleable unit's GTIN
 * @param caseIndicator the indicator digit of the case's GTIN (differs from the item's)
 */
public record Product(
    Ndc ndc, String name, String dosageForm, String strength, String netContent, String caseNetContent,
    String manufacturer, char itemIndicator, char caseIndicator) {

  /** Checks the required parts and that the two indicator digits differ. */
  public Product {
    Objects.requireNonNull(ndc, "ndc");
    Values.text(name, "name");
    Values.text(dosageForm, "dosageForm");
    Values.text(strength, "strength");
    Values.text(netContent, "netContent");
    caseNetContent = caseNetContent == null || caseNetContent.isBlank() ? null : caseNetContent;
    Values.text(manufacturer, "manufacturer");
    ndc.gtin(itemIndicator);
    ndc.gtin(caseIndicator);
    if (itemIndicator == caseIndicator) {
      throw new IllegalArgumentException("the item and case GTINs need different indicator digits");
    }
  }

  /** A builder for the product with the given NDC (item indicator {@code 0}, case indicator {@code 5}). */
  public static Builder builder(Ndc ndc) {
    return new Builder(ndc);
  }

  /** The saleable unit's GTIN. */
  public Gtin itemGtin() {
    return ndc.gtin(itemIndicator);
  }

  /** The case's GTIN. */
  public Gtin caseGtin() {
    return ndc.gtin(caseIndicator);
  }

  /** The case's content description, if given. */
  public Optional<String> caseNetContentValue() {
    return Optional.ofNullable(caseNetContent);
  }

  /** Builds a {@link Product}. */
  public static final class Builder {
    private final Ndc ndc;
    private String name;
    private String dosageForm;
    private String strength;
    private String netContent;
    private String caseNetContent;
    private String manufacturer;
    private char itemIndicator = '0';
    private char caseIndicator = '5';

    private Builder(Ndc ndc) {
      this.ndc = Objects.requireNonNull(ndc, "ndc");
    }

    /** Sets the regulated product name. */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /** Sets the dosage form. */
    public Builder dosageForm(String value) {
      dosageForm = value;
      return this;
    }

    /** Sets the strength. */
    public Builder strength(String value) {
      strength = value;
      return this;
    }

    /** Sets the saleable unit's container size. */
    public Builder netContent(String value) {
      netContent = value;
      return this;
    }

    /** Sets the case's content description (default: derived from the shipment's case size). */
    public Builder caseNetContent(String value) {
      caseNetContent = value;
      return this;
    }

    /** Sets the manufacturer's name. */
    public Builder manufacturer(String value) {
      manufacturer = value;
      return this;
    }

    /** Sets the indicator digit of the saleable unit's GTIN (default {@code 0}). */
    public Builder itemIndicator(char value) {
      itemIndicator = value;
      return this;
    }

    /** Sets the indicator digit of the case's GTIN (default {@code 5}). */
    public Builder caseIndicator(char value) {
      caseIndicator = value;
      return this;
    }

    /** Builds the product. */
    public Product build() {
      return new Product(ndc, name, dosageForm, strength, netContent, caseNetContent, manufacturer, itemIndicator,
          caseIndicator);
    }
  }
}
