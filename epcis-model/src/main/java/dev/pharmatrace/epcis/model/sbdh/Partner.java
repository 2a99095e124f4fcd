package dev.pharmatrace.epcis.model.sbdh;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.List;

/**
 * An SBDH {@code Sender} or {@code Receiver}.
 *
 * @param identifier the partner's identifier
 * @param contactInformation contacts, in order
 */
public record Partner(PartnerIdentification identifier, List<ContactInformation> contactInformation) {
  /** Validates the identifier and copies the list. */
  public Partner {
    Checks.required(identifier, "Identifier");
    contactInformation = Checks.copy(contactInformation, "ContactInformation");
  }

  /** A partner identified by {@code value} issued by {@code authority} (may be null), without contacts. */
  public static Partner of(String value, String authority) {
    return new Partner(new PartnerIdentification(value, authority), List.of());
  }
}
