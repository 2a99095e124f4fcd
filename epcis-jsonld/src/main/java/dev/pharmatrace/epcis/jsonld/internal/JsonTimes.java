package dev.pharmatrace.epcis.jsonld.internal;

import dev.pharmatrace.epcis.model.internal.IsoTimes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** RFC 3339 date-times and {@code ±hh:mm} offsets, as EPCIS JSON-LD writes them. */
public final class JsonTimes {
  private JsonTimes() {}

  /** Formats a time with seconds, the fraction when non-zero, and {@code Z} or {@code ±hh:mm}. */
  public static String format(OffsetDateTime time) {
    return IsoTimes.format(time);
  }

  /** Formats an offset as {@code ±hh:mm}. */
  public static String formatOffset(ZoneOffset offset) {
    return IsoTimes.formatOffset(offset);
  }
}
