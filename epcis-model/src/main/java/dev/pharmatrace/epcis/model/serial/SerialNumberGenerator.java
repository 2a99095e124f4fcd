package dev.pharmatrace.epcis.model.serial;

import dev.pharmatrace.epcis.model.gs1.Gtin;
import dev.pharmatrace.epcis.model.gs1.Sgtin;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Issues serial numbers (GS1 AI 21) for commissioning: random, unpredictable, unique per GTIN.
 *
 * <h2>How serials are made</h2>
 * Each character is drawn independently and uniformly from the {@link SerialAlphabet}: random bytes are taken
 * from the random source and a byte {@code b} is used only if {@code b < 256 - 256 % A} (rejection sampling, so
 * no character is favoured by a modulo bias), giving character {@code b % A}. The source is a
 * {@link SecureRandom} unless another {@link Random} is injected (for reproducible tests and demos only: a seeded
 * {@code Random} is predictable). Each drawn serial is reserved in the {@link IssuedSerialStore}; a serial already
 * issued for the GTIN is drawn again.
 *
 * <h2>Guessability guarantee</h2>
 * With {@code A} characters, length {@code L} and {@code N} serials issued for a GTIN, an attacker who knows the
 * GTIN, the alphabet and the length and guesses one string has probability {@code N / A^L} of hitting an issued
 * serial (serials are uniform and independent, so no guess is better than another). The builder takes the
 * planned volume {@code N} per GTIN and a bound {@code p} (default {@code 1e-4}, the EU FMD limit of Delegated
 * Regulation (EU) 2016/161 art. 4(b)) and {@link Builder#build() rejects} a configuration with
 * {@code N / A^L > p} ({@link SerialRule#SERIAL_GUESSABILITY}). Issuing more than {@code N} serials for one
 * GTIN is refused ({@link SerialRule#SERIAL_VOLUME_EXCEEDED}), so the bound holds for everything issued.
 * Examples: numeric, length 8 and 10,000 serials give exactly {@code 1e-4} (accepted); numeric, length 6 and
 * 1,000 serials give {@code 1e-3} (rejected); the default (32 characters, length 12, 100 million serials) gives
 * about {@code 8.7e-11}.
 *
 * <p>Because the space is at least {@code 1/p} times the volume, a draw collides with an issued serial with
 * probability at most {@code p}; a run of {@link Builder#maxAttempts(int) maxAttempts} collisions (default 64) is
 * reported as {@link SerialRule#SERIAL_SPACE_EXHAUSTED} instead of looping forever.
 *
 * <p>Immutable and thread-safe when the random source and store are (the defaults are).
 */
public final class SerialNumberGenerator {

    /** The EU FMD bound on the probability of guessing a serial: one in ten thousand. */
    public static final double EU_FMD_MAX_GUESS_PROBABILITY = 1e-4;

    private final SerialAlphabet alphabet;
    private final int length;
    private final Random random;
    private final IssuedSerialStore store;
    private final long plannedVolume;
    private final double maxGuessProbability;
    private final int maxAttempts;
    private final int acceptBelow;
    private final BigInteger space;

    private SerialNumberGenerator(Builder b) {
        this.alphabet = b.alphabet;
        this.length = b.length;
        this.random = b.random != null ? b.random : new SecureRandom();
        this.store = b.store != null ? b.store : new InMemoryIssuedSerialStore();
        this.plannedVolume = b.plannedVolume;
        this.maxGuessProbability = b.maxGuessProbability;
        this.maxAttempts = b.maxAttempts;
        this.acceptBelow = 256 - 256 % alphabet.size();
        this.space = BigInteger.valueOf(alphabet.size()).pow(length);
    }

    /**
     * Returns a builder with the defaults: {@link SerialAlphabet#UNAMBIGUOUS}, length 12, {@link SecureRandom},
     * a new {@link InMemoryIssuedSerialStore}, planned volume 100,000,000 per GTIN, bound {@code 1e-4},
     * 64 attempts.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Computes the probability that one guess hits one of {@code issued} serials.
     *
     * @param alphabetSize number of characters {@code A}
     * @param length serial length {@code L}
     * @param issued number of serials issued {@code N}
     * @return {@code N / A^L}
     */
    public static double guessProbability(int alphabetSize, int length, long issued) {
        BigInteger space = BigInteger.valueOf(alphabetSize).pow(length);
        return new BigDecimal(issued).divide(new BigDecimal(space), MathContext.DECIMAL64).doubleValue();
    }

    /**
     * Issues one serial for a GTIN.
     *
     * @param gtin the GTIN
     * @return the serial, reserved in the store
     * @throws SerialExhaustedException when the planned volume is used up or no free serial is found
     */
    public String next(Gtin gtin) {
        return next(gtin, 1).get(0);
    }

    /**
     * Issues serials for a GTIN.
     *
     * @param gtin the GTIN
     * @param count how many, 0 or more
     * @return the serials in issue order, each reserved in the store
     * @throws SerialExhaustedException with {@link SerialRule#SERIAL_VOLUME_EXCEEDED} if the GTIN's issued count
     *     plus {@code count} exceeds the planned volume (nothing is issued then), or
     *     {@link SerialRule#SERIAL_SPACE_EXHAUSTED} if {@code maxAttempts} draws in a row were already issued
     */
    public List<String> next(Gtin gtin, int count) {
        Objects.requireNonNull(gtin, "gtin");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        long issued = store.issuedCount(gtin);
        if (issued + count > plannedVolume) {
            throw new SerialExhaustedException(SerialRule.SERIAL_VOLUME_EXCEEDED, gtin.value(), "issuing " + count
                    + " more serials for GTIN " + gtin.value() + " would exceed the planned volume of " + plannedVolume
                    + " (" + issued + " issued); beyond it the guess probability bound " + maxGuessProbability
                    + " no longer holds");
        }
        List<String> out = new ArrayList<>(count);
        byte[] buf = new byte[(int) Math.min(8192, Math.max(32, (long) count * length + length + 16))];
        int[] pos = {buf.length};
        char[] chars = new char[length];
        for (int k = 0; k < count; k++) {
            boolean reserved = false;
            for (int attempt = 0; attempt < maxAttempts && !reserved; attempt++) {
                for (int i = 0; i < length; i++) {
                    chars[i] = alphabet.charAt(nextIndex(buf, pos));
                }
                String serial = new String(chars);
                if (store.reserve(gtin, serial)) {
                    out.add(serial);
                    reserved = true;
                }
            }
            if (!reserved) {
                throw new SerialExhaustedException(SerialRule.SERIAL_SPACE_EXHAUSTED, gtin.value(), maxAttempts
                        + " random serials in a row were already issued for GTIN " + gtin.value() + " ("
                        + store.issuedCount(gtin) + " issued of " + space + " possible): the serial space is exhausted");
            }
        }
        return out;
    }

    /**
     * Issues one serialised GTIN.
     *
     * @param gtin the GTIN
     * @return the SGTIN
     * @throws SerialExhaustedException as {@link #next(Gtin)}
     */
    public Sgtin nextSgtin(Gtin gtin) {
        return new Sgtin(gtin, next(gtin));
    }

    private int nextIndex(byte[] buf, int[] pos) {
        while (true) {
            if (pos[0] >= buf.length) {
                random.nextBytes(buf);
                pos[0] = 0;
            }
            int b = buf[pos[0]++] & 0xFF;
            if (b < acceptBelow) {
                return b % alphabet.size();
            }
        }
    }

    /**
     * Returns the alphabet.
     *
     * @return the alphabet
     */
    public SerialAlphabet alphabet() {
        return alphabet;
    }

    /**
     * Returns the serial length.
     *
     * @return 1..20
     */
    public int length() {
        return length;
    }

    /**
     * Returns the planned volume per GTIN.
     *
     * @return the maximum number of serials issued per GTIN
     */
    public long plannedVolume() {
        return plannedVolume;
    }

    /**
     * Returns the configured bound on the guess probability.
     *
     * @return the bound
     */
    public double maxGuessProbability() {
        return maxGuessProbability;
    }

    /**
     * Returns the number of possible serials, {@code A^L}.
     *
     * @return the size of the serial space
     */
    public BigInteger serialSpace() {
        return space;
    }

    /**
     * Returns the guess probability once the planned volume is issued: {@code N / A^L}, at most the bound.
     *
     * @return the worst-case guess probability
     */
    public double guessProbability() {
        return guessProbability(alphabet.size(), length, plannedVolume);
    }

    /**
     * Returns the guess probability for a GTIN now: serials issued so far divided by {@code A^L}.
     *
     * @param gtin the GTIN
     * @return the current guess probability
     */
    public double currentGuessProbability(Gtin gtin) {
        return guessProbability(alphabet.size(), length, store.issuedCount(gtin));
    }

    /**
     * Returns the store.
     *
     * @return the store
     */
    public IssuedSerialStore store() {
        return store;
    }

    /**
     * Describes the configuration.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "SerialNumberGenerator[alphabet=" + alphabet.size() + " chars, length=" + length + ", plannedVolume="
                + plannedVolume + ", guessProbability=" + guessProbability() + " <= " + maxGuessProbability + "]";
    }

    /** Configures a {@link SerialNumberGenerator}; not thread-safe. */
    public static final class Builder {
        private SerialAlphabet alphabet = SerialAlphabet.UNAMBIGUOUS;
        private int length = 12;
        private Random random;
        private IssuedSerialStore store;
        private long plannedVolume = 100_000_000L;
        private double maxGuessProbability = EU_FMD_MAX_GUESS_PROBABILITY;
        private int maxAttempts = 64;

        private Builder() {
        }

        /**
         * Sets the alphabet.
         *
         * @param alphabet the alphabet
         * @return this builder
         */
        public Builder alphabet(SerialAlphabet alphabet) {
            this.alphabet = Objects.requireNonNull(alphabet, "alphabet");
            return this;
        }

        /**
         * Sets the serial length.
         *
         * @param length 1..20
         * @return this builder
         */
        public Builder length(int length) {
            this.length = length;
            return this;
        }

        /**
         * Sets the random source. Use only for reproducible tests and demos: production must keep the default
         * {@link SecureRandom} (or another cryptographically strong source).
         *
         * @param random the random source
         * @return this builder
         */
        public Builder random(Random random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Sets the store of issued serials.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(IssuedSerialStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets the planned volume: the most serials that will ever be issued per GTIN.
         *
         * @param plannedVolume at least 1
         * @return this builder
         */
        public Builder plannedVolume(long plannedVolume) {
            this.plannedVolume = plannedVolume;
            return this;
        }

        /**
         * Sets the bound on the probability of guessing an issued serial.
         *
         * @param maxGuessProbability in (0, 1]; the EU FMD demands at most {@code 1e-4}
         * @return this builder
         */
        public Builder maxGuessProbability(double maxGuessProbability) {
            this.maxGuessProbability = maxGuessProbability;
            return this;
        }

        /**
         * Sets how many draws in a row may hit already issued serials before giving up.
         *
         * @param maxAttempts at least 1
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Builds the generator after checking the configuration.
         *
         * @return the generator
         * @throws SerialConfigurationException with {@link SerialRule#SERIAL_LENGTH},
         *     {@link SerialRule#SERIAL_CONFIGURATION} or {@link SerialRule#SERIAL_GUESSABILITY} (the message gives
         *     the computed probability and the minimum length that would satisfy the bound)
         */
        public SerialNumberGenerator build() {
            if (length < 1 || length > 20) {
                throw new SerialConfigurationException(SerialRule.SERIAL_LENGTH, "length=" + length,
                        "serial length must be 1 to 20 (GS1 AI 21)");
            }
            if (plannedVolume < 1) {
                throw new SerialConfigurationException(SerialRule.SERIAL_CONFIGURATION, "plannedVolume="
                        + plannedVolume, "planned volume must be at least 1");
            }
            if (!(maxGuessProbability > 0 && maxGuessProbability <= 1)) {
                throw new SerialConfigurationException(SerialRule.SERIAL_CONFIGURATION, "maxGuessProbability="
                        + maxGuessProbability, "the guess probability bound must be in (0, 1]");
            }
            if (maxAttempts < 1) {
                throw new SerialConfigurationException(SerialRule.SERIAL_CONFIGURATION, "maxAttempts=" + maxAttempts,
                        "at least one attempt is needed");
            }
            BigInteger space = BigInteger.valueOf(alphabet.size()).pow(length);
            BigDecimal p = new BigDecimal(plannedVolume).divide(new BigDecimal(space), MathContext.DECIMAL64);
            if (p.compareTo(new BigDecimal(maxGuessProbability)) > 0) {
                int need = length;
                while (need <= 20 && new BigDecimal(plannedVolume).divide(new BigDecimal(BigInteger.valueOf(
                        alphabet.size()).pow(need)), MathContext.DECIMAL64).compareTo(
                                new BigDecimal(maxGuessProbability)) > 0) {
                    need++;
                }
                throw new SerialConfigurationException(SerialRule.SERIAL_GUESSABILITY, "alphabet=" + alphabet.size()
                        + " chars, length=" + length + ", plannedVolume=" + plannedVolume,
                        "guess probability " + plannedVolume + " / " + alphabet.size() + "^" + length + " = "
                                + p.round(new MathContext(3)) + " exceeds the bound " + maxGuessProbability
                                + (need <= 20 ? "; length " + need + " or a larger alphabet would satisfy it"
                                        : "; no length up to 20 satisfies it with this alphabet"));
            }
            return new SerialNumberGenerator(this);
        }
    }
}
