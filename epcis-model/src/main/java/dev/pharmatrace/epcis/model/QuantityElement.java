package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity of a class of objects ({@code quantityElement}): the class (an EPC class URI such as an LGTIN, a
 * pattern URI, or a Digital Link), an optional decimal quantity and an optional unit of measure (UN/ECE Rec. 20
 * code). Without a unit the quantity counts instances; the quantity itself may be absent ({@code xsi:nil}).
 *
 * <p>Quantities are compared numerically: {@code 1.0} equals {@code 1}. The written form is kept.
 *
 * @param epcClass the class identifier, as given
 * @param quantity the quantity, or null when unspecified
 * @param uom the unit of measure code, or null
 */
public record QuantityElement(String epcClass, BigDecimal quantity, String uom) {
  /** Validates that the class is present. */
  public QuantityElement {
    Checks.requiredText(epcClass, "epcClass");
  }

  /** A count of instances of {@code epcClass}. */
  public static QuantityElement of(String epcClass, long count) {
    return new QuantityElement(epcClass, BigDecimal.valueOf(count), null);
  }

  /** A measured quantity of {@code epcClass}, e.g. {@code of(lgtin, new BigDecimal("12.5"), "KGM")}. */
  public static QuantityElement of(String epcClass, BigDecimal quantity, String uom) {
    return new QuantityElement(epcClass, quantity, uom);
  }

  /** The quantity, if given. */
  public Optional<BigDecimal> quantityValue() {
    return Optional.ofNullable(quantity);
  }

  /** The unit of measure, if given. */
  public Optional<String> uomValue() {
    return Optional.ofNullable(uom);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuantityElement other
        && other.epcClass.equals(epcClass)
        && Objects.equals(other.uom, uom)
        && (other.quantity == null
            ? quantity == null
            : quantity != null && other.quantity.compareTo(quantity) == 0);
  }

  @Override
  public int hashCode() {
    return Objects.hash(epcClass, uom, quantity == null ? null : quantity.stripTrailingZeros());
  }
}
