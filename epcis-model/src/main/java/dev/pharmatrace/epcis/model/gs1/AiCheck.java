package dev.pharmatrace.epcis.model.gs1;

/**
 * A content rule on one component of an Application Identifier's data, beyond length and character set.
 */
public enum AiCheck {
    /** The last digit of the component is a GS1 mod-10 check digit over the digits before it ({@link CheckDigit}). */
    CHECK_DIGIT,
    /** A date {@code YYMMDD}; the day must exist in that month (February 29 only when {@code YY} is divisible by 4). */
    DATE_YYMMDD,
    /** As {@link #DATE_YYMMDD} but day {@code 00} is allowed, meaning the end of the month (AIs 11-17). */
    DATE_YYMMD0,
    /** A date and hour {@code YYMMDDHH}, hour 00-23. */
    DATE_YYMMDDHH,
    /** A time {@code HHMM}, 00-23 and 00-59. */
    TIME_HHMM,
    /** The component must be the single digit {@code 0} (first digit of AI 8003). */
    ZERO,
    /** Two two-digit numbers "piece of total" with 1 &lt;= piece &lt;= total (AIs 8006, 8026). */
    PIECE_OF_TOTAL,
    /** A number without leading zero, unless it is {@code 0} itself (AI 8011). */
    NO_ZERO_PREFIX
}
