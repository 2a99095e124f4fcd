package dev.pharmatrace.epcis.model.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.pharmatrace.epcis.model.gs1.CompanyPrefixProvider;
import dev.pharmatrace.epcis.model.gs1.Gtin;
import dev.pharmatrace.epcis.model.gs1.Identifiers;
import dev.pharmatrace.epcis.model.gs1.IdentifierForm;
import dev.pharmatrace.epcis.model.gs1.Sgtin;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerialNumberGeneratorTest {

    private static final Gtin GTIN = Gtin.of("09506000134352");

    private static SerialConfigurationException configError(SerialNumberGenerator.Builder b) {
        SerialConfigurationException e = catchThrowableOfType(SerialConfigurationException.class, b::build);
        assertThat(e).as("expected a configuration error").isNotNull();
        return e;
    }

    @Test
    void defaultsMeetTheEuFmdBoundByFar() {
        SerialNumberGenerator g = SerialNumberGenerator.builder().build();
        assertThat(g.alphabet()).isEqualTo(SerialAlphabet.UNAMBIGUOUS);
        assertThat(g.length()).isEqualTo(12);
        // 32^12 = 2^60 = 1,152,921,504,606,846,976
        assertThat(g.serialSpace()).isEqualTo(BigInteger.TWO.pow(60));
        assertThat(g.guessProbability()).isCloseTo(1e8 / Math.pow(2, 60), within(1e-22));
        assertThat(g.guessProbability()).isLessThan(SerialNumberGenerator.EU_FMD_MAX_GUESS_PROBABILITY);
    }

    @Test
    void guessProbabilityIsVolumeOverSpace() {
        assertThat(SerialNumberGenerator.guessProbability(10, 8, 10_000)).isEqualTo(1e-4);
        assertThat(SerialNumberGenerator.guessProbability(10, 6, 1_000)).isEqualTo(1e-3);
        assertThat(SerialNumberGenerator.guessProbability(62, 20, 1)).isCloseTo(1 / Math.pow(62, 20), within(1e-40));
    }

    @Test
    void rejectsConfigurationsThatCannotMeetTheBound() {
        // 1,000 numeric serials of 6 digits: 1000 / 10^6 = 1e-3 > 1e-4
        SerialConfigurationException e = configError(SerialNumberGenerator.builder().alphabet(SerialAlphabet.NUMERIC)
                .length(6).plannedVolume(1_000));
        assertThat(e.rule()).isEqualTo(SerialRule.SERIAL_GUESSABILITY);
        assertThat(e.getMessage()).startsWith("[SERIAL-GUESSABILITY]").contains("1000 / 10^6 = 0.001 ").contains("length 7");
        // exactly at the bound: 10,000 / 10^8 = 1e-4 is accepted, one more serial is not
        assertThat(SerialNumberGenerator.builder().alphabet(SerialAlphabet.NUMERIC).length(8).plannedVolume(10_000)
                .build().guessProbability()).isEqualTo(1e-4);
        assertThat(configError(SerialNumberGenerator.builder().alphabet(SerialAlphabet.NUMERIC).length(8)
                .plannedVolume(10_001)).rule()).isEqualTo(SerialRule.SERIAL_GUESSABILITY);
        // a stricter bound
        assertThat(configError(SerialNumberGenerator.builder().length(4).plannedVolume(100)
                .maxGuessProbability(1e-6)).rule()).isEqualTo(SerialRule.SERIAL_GUESSABILITY);
    }

    @Test
    void rejectsOtherBadSettings() {
        assertThat(configError(SerialNumberGenerator.builder().length(0)).rule()).isEqualTo(SerialRule.SERIAL_LENGTH);
        assertThat(configError(SerialNumberGenerator.builder().length(21)).rule()).isEqualTo(SerialRule.SERIAL_LENGTH);
        assertThat(configError(SerialNumberGenerator.builder().plannedVolume(0)).rule())
                .isEqualTo(SerialRule.SERIAL_CONFIGURATION);
        assertThat(configError(SerialNumberGenerator.builder().maxGuessProbability(0)).rule())
                .isEqualTo(SerialRule.SERIAL_CONFIGURATION);
        assertThat(configError(SerialNumberGenerator.builder().maxGuessProbability(1.5)).rule())
                .isEqualTo(SerialRule.SERIAL_CONFIGURATION);
        assertThat(configError(SerialNumberGenerator.builder().maxAttempts(0)).rule())
                .isEqualTo(SerialRule.SERIAL_CONFIGURATION);
    }

    @Test
    void seededRandomIsReproducibleForTestsAndDemos() {
        List<String> a = SerialNumberGenerator.builder().random(new Random(42)).build().next(GTIN, 50);
        List<String> b = SerialNumberGenerator.builder().random(new Random(42)).build().next(GTIN, 50);
        List<String> c = SerialNumberGenerator.builder().random(new Random(43)).build().next(GTIN, 50);
        assertThat(a).isEqualTo(b).isNotEqualTo(c).doesNotHaveDuplicates();
    }

    @Test
    void serialsAreValidAi21AndConvert() {
        SerialNumberGenerator g = SerialNumberGenerator.builder().alphabet(SerialAlphabet.ALPHANUMERIC).length(20)
                .build();
        Sgtin sgtin = g.nextSgtin(GTIN);
        assertThat(sgtin.serial()).hasSize(20).matches("[0-9A-Za-z]{20}");
        String urn = sgtin.toEpcUri(CompanyPrefixProvider.fixed(7)).toString();
        assertThat(Identifiers.convert(urn, IdentifierForm.DIGITAL_LINK)).isEqualTo(sgtin.toDigitalLink().toUri());
        assertThat(g.store().isIssued(GTIN, sgtin.serial())).isTrue();
    }

    @Test
    void rejectionSamplingAvoidsModuloBias() {
        // scripted bytes: 255 and 250 are >= 250 = 256 - 256 % 10 and must be skipped for a 10-character alphabet
        Random scripted = new Random() {
            private final int[] bytes = {255, 250, 7, 249, 13, 0};
            private int i;

            @Override
            public void nextBytes(byte[] out) {
                for (int k = 0; k < out.length; k++) {
                    out[k] = (byte) bytes[i++ % bytes.length];
                }
            }
        };
        SerialNumberGenerator g = SerialNumberGenerator.builder().alphabet(SerialAlphabet.NUMERIC).length(4)
                .plannedVolume(1).random(scripted).build();
        // accepted bytes 7, 249, 13, 0 -> 7 % 10, 249 % 10, 13 % 10, 0 % 10
        assertThat(g.next(GTIN)).isEqualTo("7930");
    }

    @Test
    void refusesToExceedThePlannedVolume() {
        SerialNumberGenerator g = SerialNumberGenerator.builder().alphabet(SerialAlphabet.NUMERIC).length(6)
                .plannedVolume(5).random(new Random(1)).build();
        SerialExhaustedException batch = catchThrowableOfType(SerialExhaustedException.class, () -> g.next(GTIN, 6));
        assertThat(batch.rule()).isEqualTo(SerialRule.SERIAL_VOLUME_EXCEEDED);
        assertThat(g.store().issuedCount(GTIN)).as("nothing issued by a refused batch").isZero();
        assertThat(new HashSet<>(g.next(GTIN, 5))).hasSize(5);
        SerialExhaustedException one = catchThrowableOfType(SerialExhaustedException.class, () -> g.next(GTIN));
        assertThat(one.rule()).isEqualTo(SerialRule.SERIAL_VOLUME_EXCEEDED);
        assertThat(one.gtin()).isEqualTo(GTIN.value());
        assertThat(one.getMessage()).startsWith("[SERIAL-VOLUME-EXCEEDED]");
        // another GTIN has its own volume
        assertThat(g.next(Gtin.of("04012345123456"), 5)).hasSize(5);
    }

    @Test
    void fullSpaceIsIssuedThenExhaustionIsReported() {
        // 2 characters, length 3: 8 serials in all; bound 1 allows issuing the whole space (not for production)
        SerialNumberGenerator g = SerialNumberGenerator.builder().alphabet(SerialAlphabet.of("AB")).length(3)
                .plannedVolume(8).maxGuessProbability(1).maxAttempts(10_000).random(new Random(5)).build();
        assertThat(new HashSet<>(g.next(GTIN, 8))).containsExactlyInAnyOrder("AAA", "AAB", "ABA", "ABB", "BAA", "BAB",
                "BBA", "BBB");
        assertThat(g.currentGuessProbability(GTIN)).isEqualTo(1.0);
    }

    @Test
    void aStoreWithNoFreeSerialEndsInAnErrorNotALoop() {
        AtomicInteger calls = new AtomicInteger();
        IssuedSerialStore full = new IssuedSerialStore() {
            @Override
            public boolean reserve(Gtin gtin, String serial) {
                calls.incrementAndGet();
                return false;
            }

            @Override
            public boolean isIssued(Gtin gtin, String serial) {
                return true;
            }

            @Override
            public long issuedCount(Gtin gtin) {
                return 0;
            }
        };
        SerialNumberGenerator g = SerialNumberGenerator.builder().store(full).maxAttempts(100).build();
        SerialExhaustedException e = catchThrowableOfType(SerialExhaustedException.class, () -> g.next(GTIN));
        assertThat(e.rule()).isEqualTo(SerialRule.SERIAL_SPACE_EXHAUSTED);
        assertThat(calls.get()).isEqualTo(100);
    }
}
