package dev.pharmatrace.epcis.dscsa.internal;

import dev.pharmatrace.epcis.dscsa.SerialSource;
import dev.pharmatrace.epcis.model.gs1.Gtin;
import dev.pharmatrace.epcis.model.serial.SerialAlphabet;

/**
 * {@link SerialSource#scrambled(long)}: a four-round balanced Feistel network over 50-bit values (two 25-bit
 * halves), keyed by the key and the GTIN, applied to the index; the 50 bits are written as 10 characters of the
 * 32-character unambiguous alphabet. A Feistel network is a bijection whatever its round function, so distinct
 * indexes give distinct serials.
 */
public final class ScrambledSerials implements SerialSource {
  private static final int HALF_BITS = 25;
  private static final long HALF_MASK = (1L << HALF_BITS) - 1;
  private static final int ROUNDS = 4;
  private static final int LENGTH = 10;
  /** The largest index + 1 (2^50). */
  public static final long CAPACITY = 1L << (2 * HALF_BITS);
  private static final String ALPHABET = SerialAlphabet.UNAMBIGUOUS.characters();

  private final long key;

  /** A source for the given key. */
  public ScrambledSerials(long key) {
    this.key = key;
  }

  @Override
  public String serial(Gtin gtin, long index) {
    if (index < 0 || index >= CAPACITY) {
      throw new IllegalArgumentException("serial index out of range: " + index);
    }
    long roundKey = mix(key ^ Long.parseLong(gtin.value()));
    long left = index >>> HALF_BITS;
    long right = index & HALF_MASK;
    for (int round = 0; round < ROUNDS; round++) {
      long f = mix(roundKey + round * 0x9E3779B97F4A7C15L + right) & HALF_MASK;
      long next = left ^ f;
      left = right;
      right = next;
    }
    long value = (left << HALF_BITS) | right;
    char[] chars = new char[LENGTH];
    for (int i = LENGTH - 1; i >= 0; i--) {
      chars[i] = ALPHABET.charAt((int) (value & 31));
      value >>>= 5;
    }
    return new String(chars);
  }

  /** SplitMix64's finalizer: a fast, well-mixing 64-bit function. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
