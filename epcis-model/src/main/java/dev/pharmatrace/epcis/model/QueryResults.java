package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.Optional;

/**
 * What identifies the results of a query document: the query's name and, for a standing query, the subscription.
 * The results themselves are the document's events (or master data).
 *
 * @param queryName the query name, e.g. {@code SimpleEventQuery}
 * @param subscriptionId the subscription identifier, or null
 */
public record QueryResults(String queryName, String subscriptionId) {
  /** Validates the query name. */
  public QueryResults {
    Checks.required(queryName, "queryName");
  }

  /** The subscription identifier, if any. */
  public Optional<String> subscriptionIdValue() {
    return Optional.ofNullable(subscriptionId);
  }
}
