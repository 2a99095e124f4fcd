package dev.pharmatrace.epcis.model.sbdh;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.Optional;

/**
 * A sender's or receiver's identifier in the SBDH: for DSCSA a GLN or an SGLN URN with authority {@code GS1}.
 *
 * @param value the identifier, as given
 * @param authority the issuing authority (e.g. {@code GS1}, {@code SGLN}), or null
 */
public record PartnerIdentification(String value, String authority) {
  /** Validates that the identifier is present. */
  public PartnerIdentification {
    Checks.required(value, "Identifier");
  }

  /** The authority, if given. */
  public Optional<String> authorityValue() {
    return Optional.ofNullable(authority);
  }
}
