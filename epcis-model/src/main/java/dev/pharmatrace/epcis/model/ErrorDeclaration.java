package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.cbv.ErrorReason;
import dev.pharmatrace.epcis.model.internal.Checks;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An error declaration: the event it is attached to is declared erroneous as of {@code declarationTime}.
 *
 * @param declarationTime when the error was declared (offset kept as given)
 * @param reason why, or null
 * @param correctiveEventIds the eventIDs of events that correct this one, in order
 * @param extensions extension elements of the declaration, in order
 */
public record ErrorDeclaration(
    OffsetDateTime declarationTime,
    ErrorReason reason,
    List<String> correctiveEventIds,
    List<Extension> extensions) {
  /** Validates the declaration time and copies the lists. */
  public ErrorDeclaration {
    Checks.required(declarationTime, "declarationTime");
    correctiveEventIds = Checks.copy(correctiveEventIds, "correctiveEventIds");
    extensions = Checks.copy(extensions, "extensions");
  }

  /** A declaration with a reason and no corrective events. */
  public static ErrorDeclaration of(OffsetDateTime declarationTime, ErrorReason reason) {
    return new ErrorDeclaration(declarationTime, reason, List.of(), List.of());
  }

  /** The reason, if given. */
  public Optional<ErrorReason> reasonValue() {
    return Optional.ofNullable(reason);
  }
}
