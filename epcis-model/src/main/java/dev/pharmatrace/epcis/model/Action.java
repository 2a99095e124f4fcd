package dev.pharmatrace.epcis.model;

/** The {@code action} of an event: how it relates to the lifecycle of the objects it names. */
public enum Action {
  /** The objects were created, or added to a parent, by this event. */
  ADD,
  /** The objects were observed; their lifecycle did not change. */
  OBSERVE,
  /** The objects ended their lifecycle, or were removed from a parent, by this event. */
  DELETE;

  /** The action for its EPCIS spelling ({@code ADD}, {@code OBSERVE}, {@code DELETE}; surrounding space ignored). */
  public static Action of(String value) {
    if (value != null) {
      switch (value.strip()) {
        case "ADD":
          return ADD;
        case "OBSERVE":
          return OBSERVE;
        case "DELETE":
          return DELETE;
        default:
          break;
      }
    }
    throw new IllegalArgumentException(
        "EPCIS-ACTION: action must be ADD, OBSERVE or DELETE, got '" + value + "'");
  }
}
