package dev.pharmatrace.epcis.dscsa;

import java.util.Objects;
import java.util.Optional;

/**
 * A postal address as DSCSA location master data carries it (the transaction information must name the
 * transferor's and transferee's business address).
 *
 * @param streetAddressOne the first street line
 * @param streetAddressTwo the second street line, or null
 * @param city the city
 * @param state the state or region (US: the two-letter code)
 * @param postalCode the postal code
 * @param countryCode the ISO 3166-1 alpha-2 country code, e.g. {@code US}
 */
public record Address(
    String streetAddressOne, String streetAddressTwo, String city, String state, String postalCode,
    String countryCode) {

  /** Checks that every part but the second street line is present and that the country code has two letters. */
  public Address {
    Values.text(streetAddressOne, "streetAddressOne");
    streetAddressTwo = streetAddressTwo == null || streetAddressTwo.isBlank() ? null : streetAddressTwo;
    Values.text(city, "city");
    Values.text(state, "state");
    Values.text(postalCode, "postalCode");
    Objects.requireNonNull(countryCode, "countryCode");
    if (!countryCode.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("countryCode must be an ISO 3166-1 alpha-2 code, not '" + countryCode + "'");
    }
  }

  /** A US address with one street line. */
  public static Address us(String street, String city, String state, String postalCode) {
    return new Address(street, null, city, state, postalCode, "US");
  }

  /** The second street line, if any. */
  public Optional<String> streetAddressTwoValue() {
    return Optional.ofNullable(streetAddressTwo);
  }
}
