package dev.pharmatrace.epcis.rules;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.rules.internal.DefaultSession;
import java.util.Objects;

/**
 * Applies a {@link Profile}'s rules to EPCIS documents. Holds no state between documents and is safe to share across
 * threads; each document gets its own {@link ValidationSession}.
 *
 * <pre>{@code
 * Validator validator = Validator.of(Profile.dscsa());
 * ValidationResult result = validator.validate(document, "shipment.xml");
 * result.findings().forEach(System.out::println);
 * }</pre>
 */
public final class Validator {
  private final Profile profile;

  private Validator(Profile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /** A validator applying {@code profile}. */
  public static Validator of(Profile profile) {
    return new Validator(profile);
  }

  /** The profile applied. */
  public Profile profile() {
    return profile;
  }

  /**
   * Starts the validation of one document; header checks run now.
   *
   * @param header the document without its events (what a streaming reader delivers first)
   * @param systemId the file name or other id findings name, or null
   * @return the session to feed the events to
   */
  public ValidationSession start(EpcisDocument header, String systemId) {
    return new DefaultSession(profile, Objects.requireNonNull(header, "header"), systemId);
  }

  /**
   * Validates a document held in memory (events located by index only).
   *
   * @param document the document
   * @param systemId the file name or other id findings name, or null
   * @return the result
   */
  public ValidationResult validate(EpcisDocument document, String systemId) {
    ValidationSession session = start(document.withoutEvents(), systemId);
    SourceLocation where = SourceLocation.of(systemId, 0, 0);
    for (EpcisEvent event : document.events()) {
      session.accept(event, where);
    }
    return session.finish();
  }
}
