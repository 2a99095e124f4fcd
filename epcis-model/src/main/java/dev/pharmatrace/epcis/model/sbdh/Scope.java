package dev.pharmatrace.epcis.model.sbdh;

import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.List;

/**
 * A {@code Scope} of the SBDH {@code BusinessScope}.
 *
 * @param type the scope type
 * @param instanceIdentifier the scope instance identifier
 * @param identifier an identifier, or null
 * @param scopeInformation the scope information elements ({@code BusinessService}, {@code CorrelationInformation}
 *     or others), kept as element trees in the SBDH namespace, in order
 */
public record Scope(String type, String instanceIdentifier, String identifier, List<Extension> scopeInformation) {
  /** Copies the list. */
  public Scope {
    scopeInformation = Checks.copy(scopeInformation, "ScopeInformation");
  }
}
