package dev.pharmatrace.epcis.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void aKnownSizeGivesPercentageRateAndTimeLeft() {
    // 25 MiB of 100 MiB in 10 s: a quarter done, 30 s to go at that pace
    assertThat(Progress.render("convert big.xml", 25L << 20, 100L << 20, 5_000, "bytes", 10.0))
        .isEqualTo("convert big.xml: 25% of 100.0 MB, 500 events/s, 0:30 left");
  }

  @Test
  void anUnknownSizeGivesWhatWasReadAndTheRate() {
    assertThat(Progress.render("hash -", 3L << 20, -1, 12_345, "bytes", 2.0))
        .isEqualTo("hash -: 3.0 MB read, 6,173 events/s");
  }

  @Test
  void eventsCountedAgainstAKnownTotal() {
    assertThat(Progress.render("generate dscsa", 4_000, 9_000, 4_000, "events", 125.0))
        .isEqualTo("generate dscsa: 44% of 9,000 events, 32 events/s, 2:36 left");
  }

  @Test
  void quietOrNotATerminalDrawsNothing() throws Exception {
    StringWriter sink = new StringWriter();
    try (Progress p = Progress.overBytes(new PrintWriter(sink), "convert x", 100, () -> 50, true)) {
      p.event();
      Thread.sleep(Progress.DELAY_MS + 2 * Progress.INTERVAL_MS);
    }
    assertThat(sink.toString()).isEmpty();
    // under the build, stderr is a file or a pipe, not a terminal: nothing either, even when not quiet
    assertThat(Progress.stderrIsTerminal()).isFalse();
  }
}
