package dev.pharmatrace.epcis.model.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pharmatrace.epcis.model.gs1.Gs1CharacterSet;
import dev.pharmatrace.epcis.model.gs1.Gtin;
import dev.pharmatrace.epcis.model.gs1.IdentifierRule;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryIssuedSerialStoreTest {

    private static final Gtin A = Gtin.of("09506000134352");
    private static final Gtin B = Gtin.of("04012345123456");

    @Test
    void reservesOncePerGtin() {
        InMemoryIssuedSerialStore store = new InMemoryIssuedSerialStore();
        assertThat(store.reserve(A, "X1")).isTrue();
        assertThat(store.reserve(A, "X1")).isFalse();
        assertThat(store.reserve(B, "X1")).isTrue();
        assertThat(store.isIssued(A, "X1")).isTrue();
        assertThat(store.isIssued(A, "X2")).isFalse();
        assertThat(store.issuedCount(A)).isEqualTo(1);
        assertThat(store.issuedCount(Gtin.of("96385074"))).isZero();
    }

    @Test
    void encodingIsExactForLengthsAndBothHalves() {
        InMemoryIssuedSerialStore store = new InMemoryIssuedSerialStore();
        // differ only in length, only in the second half, only in the first half, in the first set-82 character
        String[] serials = {"!", "!!", "!!!", "AAAAAAAAAA", "AAAAAAAAAA!", "AAAAAAAAAAAAAAAAAAAB",
            "AAAAAAAAAAAAAAAAAAAC", "BAAAAAAAAAAAAAAAAAAB", "zzzzzzzzzzzzzzzzzzzz", "0", "00", "\"%&'()*+,-./:;<=>?_"};
        for (String s : serials) {
            assertThat(store.reserve(A, s)).as(s).isTrue();
        }
        for (String s : serials) {
            assertThat(store.reserve(A, s)).as(s).isFalse();
            assertThat(store.isIssued(A, s)).isTrue();
        }
        assertThat(store.issuedCount(A)).isEqualTo(serials.length);
    }

    @Test
    void behavesLikeASetOfStrings() {
        Random r = new Random(99L);
        String cset = Gs1CharacterSet.CSET_82.characters();
        InMemoryIssuedSerialStore store = new InMemoryIssuedSerialStore();
        Set<String> model = new HashSet<>();
        for (int i = 0; i < 60_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(r.nextBoolean() ? 3 : 20); // many short strings: plenty of repeats
            for (int j = 0; j < len; j++) {
                sb.append(cset.charAt(r.nextInt(r.nextBoolean() ? 3 : cset.length())));
            }
            String s = sb.toString();
            assertThat(store.reserve(A, s)).as(s).isEqualTo(model.add(s));
        }
        assertThat(store.issuedCount(A)).isEqualTo(model.size());
    }

    @Test
    void rejectsInvalidSerials() {
        InMemoryIssuedSerialStore store = new InMemoryIssuedSerialStore();
        assertThat(catchThrowableOfType(InvalidIdentifierException.class,
                () -> store.reserve(A, "123456789012345678901")).rule()).isEqualTo(IdentifierRule.GS1_LENGTH);
        assertThat(catchThrowableOfType(InvalidIdentifierException.class,
                () -> store.reserve(A, "ab~")).rule()).isEqualTo(IdentifierRule.GS1_CHARSET);
        assertThat(catchThrowableOfType(InvalidIdentifierException.class,
                () -> store.reserve(A, "")).rule()).isEqualTo(IdentifierRule.GS1_LENGTH);
    }

    @Test
    void concurrentReservationsSucceedExactlyOncePerSerial() throws Exception {
        InMemoryIssuedSerialStore store = new InMemoryIssuedSerialStore();
        AtomicInteger successes = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        if (store.reserve(A, "S" + i)) {
                            successes.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(successes.get()).isEqualTo(20_000);
        assertThat(store.issuedCount(A)).isEqualTo(20_000);
    }
}
