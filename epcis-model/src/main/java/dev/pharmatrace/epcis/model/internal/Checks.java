package dev.pharmatrace.epcis.model.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/** Argument checks shared by the model's value types. Not part of the public API. */
public final class Checks {
  /**
   * Largest decimal exponent (absolute value of a number's scale) the readers accept: {@code 1e1000000} is ten
   * characters but its plain form, which the writers use, has a million digits.
   */
  public static final int MAX_DECIMAL_EXPONENT = 1000;

  private Checks() {}

  /**
   * {@code value} (null allowed) if written without exponent, as the writers write numbers, it has at most
   * {@link #MAX_DECIMAL_EXPONENT} digits: the one rule both readers apply to quantities and sensor values (ten
   * characters such as {@code 1e1000000500} would otherwise become a billion digits on output).
   */
  public static BigDecimal boundedDecimal(BigDecimal value, String field) {
    if (value != null && plainDigits(value) > MAX_DECIMAL_EXPONENT) {
      throw new IllegalArgumentException(field + " " + abbreviate(value.toString()) + " is out of range: written "
          + "without exponent it would have more than " + MAX_DECIMAL_EXPONENT + " digits");
    }
    return value;
  }

  /** The number of digits of {@code value} written without exponent (integer part at least one digit). */
  private static long plainDigits(BigDecimal value) {
    return Math.max((long) value.precision() - value.scale(), 1L) + Math.max(value.scale(), 0);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** {@code value}, or a {@link NullPointerException} naming the field. */
  public static <T> T required(T value, String field) {
    if (value == null) { // not requireNonNull(value, () -> ...): its capturing lambda was allocated on every call
      throw new NullPointerException(field + " is required");
    }
    return value;
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
