package dev.pharmatrace.epcis.xml;

/**
 * What the EPCIS 1.2 writer does with EPCIS 2.0 content that has no 1.2 element: AssociationEvent, sensor data,
 * persistent disposition, certification info.
 */
public enum DowngradePolicy {
  /**
   * Write it, un-namespaced, in the 1.2 extension points the standard reserves for later versions ({@code
   * EventList/extension/extension} for an AssociationEvent, the event's nested {@code extension} for fields), and
   * report a warning. Our 1.2 reader lifts it back, so 2.0 → 1.2 → 2.0 loses nothing; 1.2-only partners ignore it.
   */
  PARK_IN_EXTENSION,
  /** Refuse: fail with an error that lists what cannot be represented. */
  FAIL
}
