package dev.pharmatrace.epcis.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntIntMapTest {
  @Test
  void behavesLikeAHashMapWithDefaultZero() {
    IntIntMap map = new IntIntMap();
    Map<Integer, Integer> reference = new HashMap<>();
    Random r = new Random(3);
    for (int i = 0; i < 300_000; i++) {
      int key = r.nextInt(50_000) * (r.nextBoolean() ? 1 : 977); // clustered and spread keys, 0 included
      int value = r.nextInt(4) == 0 ? 0 : r.nextInt();
      map.set(key, value);
      reference.put(key, value);
      int probe = r.nextInt(60_000);
      assertThat(map.get(probe)).isEqualTo(reference.getOrDefault(probe, 0));
    }
    reference.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
  }
}
