package dev.pharmatrace.epcis.model.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pharmatrace.epcis.model.gs1.Gtin;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issues 1,000,000 serials for one GTIN with the production configuration (SecureRandom, 32-character
 * unambiguous alphabet, length 12) and checks uniqueness, character set and unpredictability.
 *
 * <p>Statistical checks use a significance level of about 1e-7 per test (z = 5.2, chi-square critical values by
 * the Wilson-Hilferty approximation), so a correct generator fails by chance about once in ten million runs,
 * while the negative controls below show that the same checks catch a modulo-biased mapping and a sequential
 * generator.
 */
class SerialUnpredictabilityTest {

    private static final int N = 1_000_000;
    private static final int L = 12;
    private static final int A = 32;
    private static final double Z = 5.2;
    private static final Gtin GTIN = Gtin.of("09506000134352");

    @Test
    void oneMillionSerialsAreUniqueUniformAndUnrelated() {
        InMemoryIssuedSerialStore store = new InMemoryIssuedSerialStore();
        SerialNumberGenerator g = SerialNumberGenerator.builder().store(store).build();
        SerialAlphabet alphabet = g.alphabet();
        assertThat(alphabet.size()).isEqualTo(A);
        assertThat(g.length()).isEqualTo(L);

        long[] values = new long[N];
        long[][] perPosition = new long[L][A];
        long[][] pairsFirst = new long[A][A];
        long[][] pairsLast = new long[A][A];
        long equalPositions = 0;
        long increasing = 0;
        long nearSuccessors = 0;
        int n = 0;
        long prev = -1;
        int[] prevIdx = new int[L];
        int[] idx = new int[L];
        long badSerials = 0;
        while (n < N) {
            List<String> batch = g.next(GTIN, 10_000);
            for (String s : batch) {
                if (s.length() != L || !alphabet.containsAll(s)) {
                    badSerials++; // counted, asserted once below (AssertJ per character would dominate the run time)
                    continue;
                }
                long v = 0;
                for (int i = 0; i < L; i++) {
                    int k = alphabet.indexOf(s.charAt(i));
                    idx[i] = k;
                    perPosition[i][k]++;
                    v = (v << 5) | k;
                }
                values[n] = v;
                if (n > 0) {
                    pairsFirst[prevIdx[0]][idx[0]]++;
                    pairsLast[prevIdx[L - 1]][idx[L - 1]]++;
                    for (int i = 0; i < L; i++) {
                        if (prevIdx[i] == idx[i]) {
                            equalPositions++;
                        }
                    }
                    if (v > prev) {
                        increasing++;
                    }
                    if (Math.abs(v - prev) < (1L << 20)) {
                        nearSuccessors++;
                    }
                }
                System.arraycopy(idx, 0, prevIdx, 0, L);
                prev = v;
                n++;
            }
        }

        assertThat(badSerials).as("serials of wrong length or outside the alphabet").isZero();
        // unique: the store says so, and an independent check over the sorted 60-bit values agrees
        assertThat(store.issuedCount(GTIN)).isEqualTo(N);
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int duplicates = 0;
        for (int i = 1; i < N; i++) {
            if (sorted[i] == sorted[i - 1]) {
                duplicates++;
            }
        }
        assertThat(duplicates).as("duplicate serials").isZero();
        // compact: at most 40 bytes per issued serial
        assertThat(store.approximateMemoryBytes()).isLessThan(40L * N);

        // uniform per position: chi-square with 31 degrees of freedom
        double crit31 = chiSquareCritical(A - 1);
        double maxChi = 0;
        for (int i = 0; i < L; i++) {
            double chi = chiSquareUniform(perPosition[i]);
            maxChi = Math.max(maxChi, chi);
            assertThat(chi).as("position %d", i).isLessThan(crit31);
        }
        // successive serials independent: 32 x 32 contingency of consecutive characters, 961 degrees of freedom
        double crit961 = chiSquareCritical((A - 1) * (A - 1));
        assertThat(chiSquareIndependence(pairsFirst)).isLessThan(crit961);
        assertThat(chiSquareIndependence(pairsLast)).isLessThan(crit961);
        // successive serials share characters only by chance: expected L/A = 0.375 per pair
        double meanEqual = (double) equalPositions / (N - 1);
        double sdEqual = Math.sqrt(L * (1.0 / A) * (1 - 1.0 / A) / (N - 1));
        assertThat(meanEqual).isCloseTo((double) L / A, within(Z * sdEqual));
        // not sequential: half the successors are larger, and none is within 2^20 of its predecessor
        // (expected count (N-1) * 2^21 / 2^60 ~ 2e-6)
        double up = (double) increasing / (N - 1);
        assertThat(up).isCloseTo(0.5, within(Z * 0.5 / Math.sqrt(N - 1)));
        assertThat(nearSuccessors).isZero();
        System.out.printf("1,000,000 serials: max chi2 per position %.1f (critical %.1f, df 31); successive-pair chi2 "
                + "%.1f / %.1f (critical %.1f, df 961); equal positions per successive pair %.4f (expected 0.375); "
                + "increasing successors %.4f; store %d bytes%n", maxChi, crit31, chiSquareIndependence(pairsFirst),
                chiSquareIndependence(pairsLast), crit961, meanEqual, up, store.approximateMemoryBytes());

        // guessability after issuing: N / 32^12 = 10^6 / 2^60
        assertThat(g.currentGuessProbability(GTIN)).isCloseTo(1e6 / Math.pow(2, 60), within(1e-25));
        assertThat(g.currentGuessProbability(GTIN)).isLessThan(1e-12);
    }

    @Test
    void negativeControlModuloBiasIsDetected() {
        // the naive mapping byte % 10 favours digits 0-5 (26/256) over 6-9 (25/256)
        Random r = new Random(3);
        long[] counts = new long[10];
        byte[] b = new byte[1];
        for (int i = 0; i < N; i++) {
            r.nextBytes(b);
            counts[(b[0] & 0xFF) % 10]++;
        }
        assertThat(chiSquareUniform(counts)).isGreaterThan(chiSquareCritical(9));
        // the generator's rejection sampling on the same source passes
        SerialNumberGenerator g = SerialNumberGenerator.builder().alphabet(SerialAlphabet.NUMERIC).length(20)
                .random(new Random(3)).build();
        long[] fair = new long[10];
        for (String s : g.next(GTIN, N / 20)) {
            for (char c : s.toCharArray()) {
                fair[c - '0']++;
            }
        }
        assertThat(chiSquareUniform(fair)).isLessThan(chiSquareCritical(9));
    }

    @Test
    void negativeControlSequentialSerialsAreDetected() {
        long near = 0;
        long up = 0;
        long prev = 123_456_789L;
        for (int i = 0; i < 10_000; i++) {
            long v = prev + 1 + (i % 3); // a counter with small random-looking steps
            if (v > prev) {
                up++;
            }
            if (Math.abs(v - prev) < (1L << 20)) {
                near++;
            }
            prev = v;
        }
        assertThat(near).isPositive();
        assertThat((double) up / 10_000).isNotCloseTo(0.5, within(Z * 0.5 / Math.sqrt(10_000)));
    }

    static double chiSquareUniform(long[] counts) {
        long total = Arrays.stream(counts).sum();
        double expected = (double) total / counts.length;
        double chi = 0;
        for (long c : counts) {
            chi += (c - expected) * (c - expected) / expected;
        }
        return chi;
    }

    static double chiSquareIndependence(long[][] table) {
        int rows = table.length;
        int cols = table[0].length;
        double[] rowSum = new double[rows];
        double[] colSum = new double[cols];
        double total = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                rowSum[i] += table[i][j];
                colSum[j] += table[i][j];
                total += table[i][j];
            }
        }
        double chi = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double e = rowSum[i] * colSum[j] / total;
                chi += (table[i][j] - e) * (table[i][j] - e) / e;
            }
        }
        return chi;
    }

    /** Wilson-Hilferty approximation of the chi-square quantile at one-sided normal deviate {@link #Z}. */
    static double chiSquareCritical(int df) {
        double a = 2.0 / (9.0 * df);
        return df * Math.pow(1 - a + Z * Math.sqrt(a), 3);
    }
}
