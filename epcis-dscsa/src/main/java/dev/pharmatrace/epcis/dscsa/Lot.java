package dev.pharmatrace.epcis.dscsa;

import dev.pharmatrace.epcis.model.gs1.AiElement;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A quantity of one product from one lot in a shipment: the lot number and expiry go into the ILMD of the
 * commissioning events of its items and cases.
 *
 * @param product the product
 * @param lotNumber the lot (batch) number, a valid GS1 AI 10 value (up to 20 characters of character set 82)
 * @param expiry the expiry date
 * @param items how many saleable units of this lot are shipped
 */
public record Lot(Product product, String lotNumber, LocalDate expiry, long items) {

  /**
   * Checks the lot number against AI 10 and that at least one item is shipped.
   *
   * @throws IllegalArgumentException (an {@code InvalidIdentifierException} naming the GS1 rule for a bad lot
   *     number) if a part is invalid
   */
  public Lot {
    Objects.requireNonNull(product, "product");
    AiElement.of("10", Values.text(lotNumber, "lotNumber"));
    Objects.requireNonNull(expiry, "expiry");
    Values.positive(items, "items");
  }

  /** A lot line. */
  public static Lot of(Product product, String lotNumber, LocalDate expiry, long items) {
    return new Lot(product, lotNumber, expiry, items);
  }
}
