package dev.pharmatrace.epcis.jsonld.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/** RFC 3339 date-times and {@code ±hh:mm} offsets, as EPCIS JSON-LD writes them. */
public final class JsonTimes {
  private JsonTimes() {}

  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .appendOffset("+HH:MM", "Z")
      .toFormatter();

  /** Formats a time with seconds, the fraction when non-zero, and {@code Z} or {@code ±hh:mm}. */
  public static String format(OffsetDateTime time) {
    return FORMAT.format(time);
  }

  /** Formats an offset as {@code ±hh:mm}. */
  public static String formatOffset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    int abs = Math.abs(total);
    return String.format("%s%02d:%02d", total < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
  }
}
