package dev.pharmatrace.epcis.model.hash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.hash.internal.DigestSet;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.Severity;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EventHashCheckerTest {
  final EventHashGenerator hashes = EventHashGenerator.create();

  @Test
  void aDeclaredHashThatDoesNotMatchIsAnErrorAtItsEvent() {
    EpcisEvent event = EventHashGeneratorTest.shipping().build();
    String good = hashes.hashId(event);
    String bad = good.substring(0, 20) + (good.charAt(20) == '0' ? '1' : '0') + good.substring(21);
    EventHashChecker.Session s = EventHashChecker.create().detectDuplicates(false).newSession("in.xml");
    assertThat(s.check(event.withEventId(good))).isEmpty();
    // upper-case hex is the same digest
    assertThat(s.check(event.withEventId(good.toUpperCase(Locale.ROOT).replace("?VER=CBV2.0", "?ver=CBV2.0"))))
        .isEmpty();
    List<Finding> findings = s.check(event.withEventId(bad));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(EventHashChecker.MISMATCH);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().eventIndex()).isEqualTo(2);
      assertThat(f.location().field()).isEqualTo("eventID");
      assertThat(f.message()).contains(bad).contains(good);
    });
    // an ID with another algorithm is verified with that algorithm
    String sha512 = EventHashGenerator.builder().algorithm(HashAlgorithm.SHA_512).build().hashId(event);
    assertThat(s.check(event.withEventId(sha512))).isEmpty();
    // a non-hash eventID is not checked
    assertThat(s.check(event.withEventId("urn:uuid:8ea5f2d6-7a1c-4c11-9d6f-0d8e0a1c2b3d"))).isEmpty();
  }

  @Test
  void unverifiableHashIdsAreWarnings() {
    EpcisEvent event = EventHashGeneratorTest.shipping().build();
    EventHashChecker.Session s = EventHashChecker.create().detectDuplicates(false).newSession(null);
    String digest = hashes.hashId(event).substring(14, 78);
    for (String id : List.of("ni:///sha-256;" + digest + "?ver=CBV2.1", "ni:///blake2b-256;" + digest,
        "ni:///sha-256")) {
      assertThat(s.check(event.withEventId(id))).singleElement()
          .satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(EventHashChecker.UNVERIFIABLE);
            assertThat(f.isError()).isFalse();
          });
    }
  }

  @Test
  void aRepeatedEventIsAWarningNamingTheFirst() {
    EpcisEvent a = EventHashGeneratorTest.shipping().build();
    EpcisEvent b = EventHashGeneratorTest.shipping().addEpc("urn:epc:id:sgtin:0614141.107346.9").build();
    EventHashChecker.Session s = EventHashChecker.create().newSession("in.jsonld");
    assertThat(s.check(a)).isEmpty();
    assertThat(s.check(b)).isEmpty();
    // the same event again, with a record time and an eventID that do not change its content
    List<Finding> findings = s.check(a.withEventId("urn:uuid:1"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(EventHashChecker.DUPLICATE);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().eventIndex()).isEqualTo(2);
      assertThat(f.message()).contains("repeats event 0");
    });
    assertThat(s.eventsChecked()).isEqualTo(3);
  }

  @Test
  void digestSetGrowsAndRemembersFirstIndices() {
    DigestSet set = new DigestSet();
    for (int i = 0; i < 10_000; i++) {
      assertThat(set.addIfAbsent(digest(i), i)).isEqualTo(-1);
    }
    for (int i = 0; i < 10_000; i++) {
      assertThat(set.addIfAbsent(digest(i), 99_999)).isEqualTo(i);
    }
    assertThat(set.size()).isEqualTo(10_000);
    // fingerprints differing only in the second 8 bytes are different entries
    byte[] x = new byte[32];
    java.util.Arrays.fill(x, (byte) 0x55);
    byte[] y = x.clone();
    y[15] = 1;
    assertThat(set.addIfAbsent(x, 1)).isEqualTo(-1);
    assertThat(set.addIfAbsent(y, 2)).isEqualTo(-1);
  }

  private static byte[] digest(int i) {
    return ByteBuffer.allocate(32).putLong(8, i * 0x9E3779B97F4A7C15L).putInt(0, i).array();
  }
}
