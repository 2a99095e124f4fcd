package dev.pharmatrace.epcis.rules.internal;

import java.util.Arrays;

/**
 * Growable primitive arrays in fixed-size pages: growing never copies what is stored (no 2x peak while a big array
 * is copied), and nothing is boxed.
 */
final class Paged {
  static final int SHIFT = 14;
  static final int PAGE = 1 << SHIFT;
  static final int MASK = PAGE - 1;

  private Paged() {}

  /** Ints, default {@code 0}. */
  static final class Ints {
    private int[][] pages = new int[4][];

    int get(int i) {
      int n = i >>> SHIFT;
      if (n >= pages.length) {
        return 0;
      }
      int[] p = pages[n];
      return p == null ? 0 : p[i & MASK];
    }

    void set(int i, int v) {
      page(i)[i & MASK] = v;
    }

    private int[] page(int i) {
      int n = i >>> SHIFT;
      if (n >= pages.length) {
        pages = Arrays.copyOf(pages, Math.max(n + 1, pages.length * 2));
      }
      int[] p = pages[n];
      if (p == null) {
        p = new int[PAGE];
        pages[n] = p;
      }
      return p;
    }
  }

  /** Longs, default {@code 0}. */
  static final class Longs {
    private long[][] pages = new long[4][];

    long get(int i) {
      int n = i >>> SHIFT;
      if (n >= pages.length) {
        return 0;
      }
      long[] p = pages[n];
      return p == null ? 0 : p[i & MASK];
    }

    void set(int i, long v) {
      int n = i >>> SHIFT;
      if (n >= pages.length) {
        pages = Arrays.copyOf(pages, Math.max(n + 1, pages.length * 2));
      }
      long[] p = pages[n];
      if (p == null) {
        p = new long[PAGE];
        pages[n] = p;
      }
      p[i & MASK] = v;
    }
  }

  /** Bytes, default {@code 0}. */
  static final class Bytes {
    private byte[][] pages = new byte[4][];

    byte get(int i) {
      int n = i >>> SHIFT;
      if (n >= pages.length) {
        return 0;
      }
      byte[] p = pages[n];
      return p == null ? 0 : p[i & MASK];
    }

    void set(int i, byte v) {
      int n = i >>> SHIFT;
      if (n >= pages.length) {
        pages = Arrays.copyOf(pages, Math.max(n + 1, pages.length * 2));
      }
      byte[] p = pages[n];
      if (p == null) {
        p = new byte[PAGE];
        pages[n] = p;
      }
      p[i & MASK] = v;
    }
  }
}
