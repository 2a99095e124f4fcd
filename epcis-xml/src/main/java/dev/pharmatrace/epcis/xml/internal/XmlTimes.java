package dev.pharmatrace.epcis.xml.internal;

import dev.pharmatrace.epcis.model.internal.IsoTimes;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** XML Schema dateTime and time zone offsets, as EPCIS writes them. */
public final class XmlTimes {
  private XmlTimes() {}

  /** {@code uuuu-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)}, seconds always written, fraction only when non-zero. */
  public static final DateTimeFormatter FORMAT = IsoTimes.FORMAT;

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  /** Formats a time for XML. */
  public static String format(OffsetDateTime time) {
    return IsoTimes.format(time);
  }

  /** Formats an offset as {@code ±hh:mm} ({@code +00:00} for UTC), the form {@code eventTimeZoneOffset} takes. */
  public static String formatOffset(ZoneOffset offset) {
    return IsoTimes.formatOffset(offset);
  }

  /** Whether the lexical dateTime carries a zone. */
  public static boolean hasZone(String lexical) {
    int t = lexical.indexOf('T');
    if (t < 0) {
      return false;
    }
    String time = lexical.substring(t);
    return time.endsWith("Z") || time.indexOf('+') > 0 || time.lastIndexOf('-') > 0;
  }

  /**
   * Parses a dateTime; a zone-less value gets {@code defaultOffset}.
   *
   * @throws DateTimeParseException if the value is not a dateTime
   */
  public static OffsetDateTime parse(String lexical, ZoneOffset defaultOffset) {
    String value = lexical.strip();
    OffsetDateTime common = IsoTimes.parseCommon(value, defaultOffset);
    if (common != null) {
      return common;
    }
    if (hasZone(value)) {
      return OffsetDateTime.parse(value);
    }
    return LocalDateTime.parse(value, LOCAL).atOffset(defaultOffset);
  }
}
