package dev.pharmatrace.epcis.model.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's value types. Not part of the public API. */
public final class Checks {
  /**
   * Largest decimal exponent (absolute value of a number's scale) the readers accept: {@code 1e1000000} is ten
   * characters but its plain form, which the writers use, has a million digits.
   */
  public static final int MAX_DECIMAL_EXPONENT = 1000;

  private Checks() {}

  /** {@code value} (null allowed) if its exponent is within {@link #MAX_DECIMAL_EXPONENT}. */
  public static BigDecimal boundedDecimal(BigDecimal value, String field) {
    if (value != null && Math.abs((long) value.scale()) > MAX_DECIMAL_EXPONENT) {
      throw new IllegalArgumentException(field + " " + value + " has an exponent beyond " + MAX_DECIMAL_EXPONENT
          + " (its plain form would have over " + MAX_DECIMAL_EXPONENT + " digits)");
    }
    return value;
  }

  /** {@code value}, or a {@link NullPointerException} naming the field. */
  public static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " is required");
  }

  /** {@code value} if it is non-null and not blank. */
  public static String requiredText(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** An immutable copy of {@code list}; null becomes the empty list; null elements are refused. */
  public static <T> List<T> copy(Collection<? extends T> list, String field) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    for (T item : list) {
      if (item == null) {
        throw new NullPointerException(field + " must not contain null");
      }
    }
    return List.copyOf(list);
  }
}
