package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import dev.pharmatrace.epcis.model.internal.Checks;

/**
 * An entry of a {@code sourceList} or {@code destinationList}: a party or location (typically an SGLN or PGLN) and
 * its role ({@link SourceDestType#OWNING_PARTY}, {@link SourceDestType#POSSESSING_PARTY}, {@link
 * SourceDestType#LOCATION}, or a custom type URI).
 *
 * @param type the role; required by EPCIS
 * @param value the party or location identifier, as given
 */
public record SourceDest(SourceDestType type, String value) {
  /** Validates that both parts are present. */
  public SourceDest {
    Checks.required(type, "type");
    Checks.requiredText(value, "value");
  }

  /** Shorthand for the canonical constructor. */
  public static SourceDest of(SourceDestType type, String value) {
    return new SourceDest(type, value);
  }
}
