package dev.pharmatrace.epcis.dscsa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.gs1.Gtin;
import dev.pharmatrace.epcis.model.serial.SerialAlphabet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SerialSourceTest {
  static final Gtin ITEM = Gtin.of("00361234567890");
  static final Gtin CASE = Gtin.of("50361234567895");

  @Test
  void scrambledSerialsAreUniqueReproducibleAndKeyed() {
    SerialSource a = SerialSource.scrambled(7);
    Set<String> seen = new HashSet<>();
    for (long i = 0; i < 200_000; i++) {
      String s = a.serial(ITEM, i);
      assertThat(s).hasSize(10);
      assertThat(SerialAlphabet.UNAMBIGUOUS.containsAll(s)).isTrue();
      assertThat(seen.add(s)).as("unique at " + i).isTrue();
    }
    assertThat(a.serial(ITEM, 12345)).isEqualTo(SerialSource.scrambled(7).serial(ITEM, 12345));
    assertThat(a.serial(ITEM, 12345)).isNotEqualTo(SerialSource.scrambled(8).serial(ITEM, 12345));
    assertThat(a.serial(ITEM, 12345)).isNotEqualTo(a.serial(CASE, 12345));
    assertThat(a.serial(ITEM, (1L << 50) - 1)).hasSize(10);
  }

  @Test
  void sequentialSerialsCountUp() {
    assertThat(SerialSource.sequential(1000).serial(ITEM, 0)).isEqualTo("1000");
    assertThat(SerialSource.sequential(1000).serial(ITEM, 41)).isEqualTo("1041");
  }
}
