package dev.pharmatrace.epcis.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written date-time path against java.time's parser and the reference formatter. */
class IsoTimesTest {
  private static final ZoneOffset DEFAULT = ZoneOffset.ofHours(-5);

  /** What java.time says: the zone-less form gets the default offset, as the XML reader does. */
  private static OffsetDateTime reference(String s, ZoneOffset defaultOffset) {
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeException e) {
      if (defaultOffset == null) {
        return null;
      }
      try {
        return LocalDateTime.parse(s).atOffset(defaultOffset);
      } catch (DateTimeException e2) {
        return null;
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-01T08:00:00-05:00", "2024-03-01T08:00:00Z", "2024-03-01T08:00:00.1+01:00",
      "2024-03-01T08:00:00.123456789+14:00", "2024-02-29T23:59:59.000-12:00", "0001-01-01T00:00:00Z",
      "9999-12-31T23:59:59.999999999Z", "2024-03-01T08:00:00", "2024-03-01T08:00:00.5", "2024-03-01T08:00:00-00:00",
      "2024-03-01T08:00:00.050+05:30"})
  void acceptsWhatJavaTimeAccepts(String s) {
    OffsetDateTime fast = IsoTimes.parseCommon(s, DEFAULT);
    assertThat(fast).isNotNull().isEqualTo(reference(s, DEFAULT));
    assertThat(fast.getOffset()).isEqualTo(reference(s, DEFAULT).getOffset());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29T08:00:00Z", "2024-13-01T08:00:00Z", "2024-03-01T24:00:00Z",
      "2024-03-01T08:60:00Z", "2024-03-01T08:00:60Z", "2024-03-01 08:00:00Z", "2024-03-01T08:00Z",
      "2024-03-01T08:00:00.Z", "2024-03-01T08:00:00.1234567891Z", "2024-03-01T08:00:00+5:00", "2024-03-01T08:00:00+05",
      "2024-03-01T08:00:00+19:00", "2024-03-01T08:00:00+05:60", "+2024-03-01T08:00:00Z", "2024-3-01T08:00:00Z",
      "2024-03-01T08:00:00z", "2024-03-01T08:00:00+05:00:00", "2024-03-01T08:00:00Z ", "", "2024-03-01",
      "2024-03-01T08:00:00+05:00x", "２０２４-03-01T08:00:00Z"})
  void leavesEverythingElseToJavaTime(String s) {
    assertThat(IsoTimes.parseCommon(s, DEFAULT)).isNull();
  }

  @Test
  void zonelessNeedsADefault() {
    assertThat(IsoTimes.parseCommon("2024-03-01T08:00:00", null)).isNull();
  }

  @Test
  void randomValuesParseAndFormatLikeJavaTime() {
    Random r = new Random(8);
    for (int i = 0; i < 200_000; i++) {
      LocalDateTime local = LocalDateTime.of(1 + r.nextInt(9999), 1 + r.nextInt(12), 1, r.nextInt(24), r.nextInt(60),
          r.nextInt(60)).plusDays(r.nextInt(31));
      int nano = switch (r.nextInt(5)) {
        case 0 -> 0;
        case 1 -> r.nextInt(1000) * 1_000_000;
        case 2 -> r.nextInt(10) * 100_000_000;
        case 3 -> r.nextInt(1_000_000) * 1000;
        default -> r.nextInt(1_000_000_000);
      };
      ZoneOffset offset = r.nextInt(4) == 0 ? ZoneOffset.UTC
          : ZoneOffset.ofTotalSeconds((r.nextInt(36 * 4 + 1) - 18 * 4) * 15 * 60);
      OffsetDateTime t = local.withNano(nano).atOffset(offset);
      String written = IsoTimes.format(t);
      assertThat(written).isEqualTo(IsoTimes.FORMAT.format(t));
      assertThat(IsoTimes.parseCommon(written, null)).isEqualTo(OffsetDateTime.parse(written)).isEqualTo(t);
      assertThat(IsoTimes.formatOffset(offset))
          .isEqualTo(offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
    }
  }

  @Test
  void rareValuesFormatThroughTheReference() {
    OffsetDateTime bigYear = OffsetDateTime.of(12024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    assertThat(IsoTimes.format(bigYear)).isEqualTo(IsoTimes.FORMAT.format(bigYear));
    OffsetDateTime secondsOffset = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(3601));
    assertThat(IsoTimes.format(secondsOffset)).isEqualTo(IsoTimes.FORMAT.format(secondsOffset));
  }
}
