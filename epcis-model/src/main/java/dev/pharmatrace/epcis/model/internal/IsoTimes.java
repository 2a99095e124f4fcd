package dev.pharmatrace.epcis.model.internal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * The date-times of EPCIS documents ({@code uuuu-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)}), read and written by hand for
 * the forms every document uses, and through {@link DateTimeFormatter} for everything else. The formatter path is
 * the reference: the hand-written one gives the same result wherever it answers (a test compares them on many values)
 * and leaves rarer forms, and every error and its message, to it. Reason: a document has one or two date-times per
 * event, and {@code java.time}'s general parser costs more than the rest of reading the event (and much of the JIT's
 * time in a short run). Shared by the XML and JSON readers and writers; not API.
 */
public final class IsoTimes {
  private IsoTimes() {}

  /** The reference format: seconds always, the fraction only when non-zero, {@code Z} or {@code ±hh:mm}. */
  public static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .appendOffset("+HH:MM", "Z")
      .toFormatter();

  private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

  /**
   * Parses {@code uuuu-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)} (or, with {@code defaultOffset}, the same without a zone).
   *
   * @return the time, or {@code null} when {@code s} is not of that form or not a valid date-time (the caller then
   *     uses the general parser, which accepts what else it accepts and words the error)
   */
  public static OffsetDateTime parseCommon(String s, ZoneOffset defaultOffset) {
    int n = s.length();
    if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nano = nano * 10 + (s.charAt(i) - '0');
        i++;
      }
      int len = i - start;
      if (len == 0 || (i < n && isDigit(s.charAt(i)))) {
        return null;
      }
      nano *= POW10[9 - len];
    }
    ZoneOffset offset;
    if (i == n) {
      if (defaultOffset == null) {
        return null;
      }
      offset = defaultOffset;
    } else if (s.charAt(i) == 'Z' && i + 1 == n) {
      offset = ZoneOffset.UTC;
    } else if ((s.charAt(i) == '+' || s.charAt(i) == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if ((oh | om) < 0 || oh > 18 || om > 59) {
        return null;
      }
      int total = oh * 3600 + om * 60;
      offset = ZoneOffset.ofTotalSeconds(s.charAt(i) == '-' ? -total : total);
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    } catch (DateTimeException e) {
      return null; // e.g. February 30th: the general parser words it
    }
  }

  /** Formats like {@link #FORMAT}. */
  public static String format(OffsetDateTime t) {
    int year = t.getYear();
    int offset = t.getOffset().getTotalSeconds();
    if (year < 0 || year > 9999 || offset % 60 != 0) {
      return FORMAT.format(t);
    }
    StringBuilder b = new StringBuilder(35);
    pad(b, year, 4).append('-');
    pad(b, t.getMonthValue(), 2).append('-');
    pad(b, t.getDayOfMonth(), 2).append('T');
    pad(b, t.getHour(), 2).append(':');
    pad(b, t.getMinute(), 2).append(':');
    pad(b, t.getSecond(), 2);
    int nano = t.getNano();
    if (nano != 0) {
      int digits = 9;
      while (nano % 10 == 0) {
        nano /= 10;
        digits--;
      }
      pad(b.append('.'), nano, digits);
    }
    return appendOffset(b, offset, true).toString();
  }

  /** Formats an offset as {@code ±hh:mm} ({@code +00:00} for UTC), the form {@code eventTimeZoneOffset} takes. */
  public static String formatOffset(ZoneOffset offset) {
    return appendOffset(new StringBuilder(6), offset.getTotalSeconds(), false).toString();
  }

  private static StringBuilder appendOffset(StringBuilder b, int total, boolean zuluForZero) {
    if (total == 0 && zuluForZero) {
      return b.append('Z');
    }
    int abs = Math.abs(total);
    b.append(total < 0 ? '-' : '+');
    pad(b, abs / 3600, 2).append(':');
    return pad(b, (abs / 60) % 60, 2);
  }

  private static StringBuilder pad(StringBuilder b, int value, int width) {
    for (int p = POW10[width - 1]; p > 1 && value < p; p /= 10) {
      b.append('0');
    }
    return b.append(value);
  }

  /** The value of {@code len} ASCII digits at {@code from}, or -1. */
  private static int digits(String s, int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
