package dev.pharmatrace.epcis.dscsa;

/** Argument checks shared by the shipment description's values. */
final class Values {
  private Values() {}

  /** Non-null, non-blank text, returned unchanged. */
  static String text(String value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " is required");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** A positive number, returned unchanged. */
  static long positive(long value, String field) {
    if (value < 1) {
      throw new IllegalArgumentException(field + " must be at least 1, not " + value);
    }
    return value;
  }
}
