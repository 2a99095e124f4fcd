package dev.pharmatrace.epcis.model.hash.internal;

/**
 * A set of 128-bit digest fingerprints (the first 16 bytes of a digest) mapping each to the index of the event it
 * was first seen in: open addressing with linear probing over primitive arrays, no object per entry.
 *
 * <p>Memory: 20 bytes per slot (two {@code long}s and an {@code int}); the table doubles when it is 3/4 full, so it
 * holds between 1.33 and 2.67 slots per entry: at most 54 bytes per event (about 5.2 MB for 100,000 events), plus
 * the same again for a moment while it doubles. With 128-bit fingerprints two different events collide with a
 * probability of about n²/2¹²⁹ (negligible for any document size).
 */
public final class DigestSet {
  private long[] high;
  private long[] low;
  private int[] index;
  private boolean[] used;
  private int size;

  /** An empty set. */
  public DigestSet() {
    allocate(1024);
  }

  private void allocate(int capacity) {
    high = new long[capacity];
    low = new long[capacity];
    index = new int[capacity];
    used = new boolean[capacity];
  }

  /** The number of fingerprints. */
  public int size() {
    return size;
  }

  /**
   * Adds the fingerprint of {@code digest}; returns the index it was first added with, or -1 when it is new.
   *
   * @param digest a digest (the first 16 bytes are used; shorter digests are zero-padded)
   * @param eventIndex the index to remember for a new fingerprint
   */
  public int addIfAbsent(byte[] digest, int eventIndex) {
    long h = bytes(digest, 0);
    long l = bytes(digest, 8);
    int mask = high.length - 1;
    int slot = (int) (mix(h ^ l) & mask);
    while (used[slot]) {
      if (high[slot] == h && low[slot] == l) {
        return index[slot];
      }
      slot = (slot + 1) & mask;
    }
    used[slot] = true;
    high[slot] = h;
    low[slot] = l;
    index[slot] = eventIndex;
    if (++size * 4 > high.length * 3) {
      grow();
    }
    return -1;
  }

  private void grow() {
    long[] oh = high;
    long[] ol = low;
    int[] oi = index;
    boolean[] ou = used;
    allocate(oh.length * 2);
    int mask = high.length - 1;
    for (int i = 0; i < oh.length; i++) {
      if (ou[i]) {
        int slot = (int) (mix(oh[i] ^ ol[i]) & mask);
        while (used[slot]) {
          slot = (slot + 1) & mask;
        }
        used[slot] = true;
        high[slot] = oh[i];
        low[slot] = ol[i];
        index[slot] = oi[i];
      }
    }
  }

  private static long bytes(byte[] d, int from) {
    long v = 0;
    for (int i = from; i < from + 8; i++) {
      v = (v << 8) | (i < d.length ? d[i] & 0xFF : 0);
    }
    return v;
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    return x ^ (x >>> 33);
  }
}
