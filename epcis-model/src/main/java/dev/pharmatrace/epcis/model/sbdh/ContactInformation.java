package dev.pharmatrace.epcis.model.sbdh;

import dev.pharmatrace.epcis.model.internal.Checks;

/**
 * A contact of an SBDH sender or receiver.
 *
 * @param contact the contact's name (required by the SBDH schema)
 * @param emailAddress e-mail address, or null
 * @param faxNumber fax number, or null
 * @param telephoneNumber telephone number, or null
 * @param contactTypeIdentifier the contact's role, or null
 */
public record ContactInformation(
    String contact,
    String emailAddress,
    String faxNumber,
    String telephoneNumber,
    String contactTypeIdentifier) {
  /** Validates that the contact is present. */
  public ContactInformation {
    Checks.required(contact, "Contact");
  }
}
