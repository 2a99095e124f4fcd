package dev.pharmatrace.epcis.rules.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns identifier strings to dense ints {@code 0..size-1} in little memory: an identifier is split at its last
 * {@code .} (or {@code :}) into a class part ({@code urn:epc:id:sgtin:0361234.056789.}, shared by all serials of a
 * product and stored once) and the rest (the serial), which is stored as bytes in an append-only arena; an
 * open-addressing table of ints finds them: a slot holds the id + 1 in its low bits (below the table's size) and the
 * hash's bits above them, so that a probe loads one int and compares stored bytes only when those bits match. About
 * 4 + 4/load + serial length + 3 bytes per identifier (about 21 bytes for a 7-character serial at the average load),
 * no object per identifier; growing the table briefly holds the old one too (4 bytes per slot).
 * An identifier whose rest is longer than {@link #MAX_REST} characters (no real one: a GS1 serial has at most 20
 * characters) is kept apart, as a string in a map: it could not share a page of the arena.
 */
final class IdTable {
  private static final int ARENA_PAGE = 1 << 16;
  /** Longest rest (characters: at most 3 KiB of UTF-8) stored in the arena; a longer one goes to {@link #longIds}. */
  static final int MAX_REST = 1024;

  /** Identifiers too long for the arena, and their ids (an offset of {@code -1 - index} in {@link #longNames}). */
  private final Map<String, Integer> longIds = new HashMap<>();
  private final List<String> longNames = new ArrayList<>();

  private final Map<String, Integer> classIndex = new HashMap<>();
  private final List<String> classes = new ArrayList<>();
  /** The class last looked up and its id; none at first (an empty class part is a class like any other). */
  private String lastClass;
  private int lastClassId = -1;

  private final List<byte[]> arena = new ArrayList<>();
  private int arenaPos = ARENA_PAGE;
  private final Paged.Ints offsets = new Paged.Ints();
  private int size;

  /**
   * Slots: 0 when free, else {@code (hash & ~mask) | (id + 1)}: id + 1 is below the table's size (the table grows at
   * 70% load), so it fits under {@code mask}; a slot's home is {@code hash & mask}.
   */
  private int[] table = new int[1 << 10];
  private byte[] scratch = new byte[64];
  private int scratchLen;
  // the entry last decoded
  private byte[] entryPage;
  private int entryClass;
  private int entryPos;
  private int entryLen;

  /** Number of identifiers. */
  int size() {
    return size;
  }

  /** The id of {@code s}, or -1 if absent. */
  int find(String s) {
    int cut = cut(s);
    if (tooLong(s, cut)) {
      return longIds.getOrDefault(s, -1);
    }
    int cls = classOf(s, cut, false);
    if (cls < 0) {
      return -1;
    }
    encodeRest(s, cut);
    int h = hash(cls, scratch, 0, scratchLen);
    int mask = table.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int v = table[slot];
      if (v == 0) {
        return -1;
      }
      if (((v ^ h) & ~mask) == 0 && matches((v & mask) - 1, cls)) {
        return (v & mask) - 1;
      }
    }
  }

  /** The id of {@code s}, added if absent. */
  int intern(String s) {
    int cut = cut(s);
    if (tooLong(s, cut)) {
      Integer known = longIds.get(s);
      if (known != null) {
        return known;
      }
      int id = size++;
      offsets.set(id, -1 - longNames.size());
      longNames.add(s);
      longIds.put(s, id);
      if (size * 10L > table.length * 7L) {
        rehash(); // ids count against the load, so that every id + 1 stays below the table's size
      }
      return id;
    }
    int cls = classOf(s, cut, true);
    encodeRest(s, cut);
    int h = hash(cls, scratch, 0, scratchLen);
    int mask = table.length - 1;
    int slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      int v = table[slot];
      if (v == 0) {
        break;
      }
      if (((v ^ h) & ~mask) == 0 && matches((v & mask) - 1, cls)) {
        return (v & mask) - 1;
      }
    }
    int id = size++;
    store(id, cls);
    table[slot] = (h & ~mask) | (id + 1);
    if (size * 10L > table.length * 7L) {
      rehash();
    }
    return id;
  }

  /** The identifier string of {@code id}. */
  String name(int id) {
    int off = offsets.get(id);
    if (off < 0) {
      return longNames.get(-1 - off);
    }
    decode(id);
    return classes.get(entryClass) + new String(entryPage, entryPos, entryLen, StandardCharsets.UTF_8);
  }

  private int classOf(String s, int cut, boolean add) {
    if (lastClass != null && cut == lastClass.length() && s.regionMatches(0, lastClass, 0, cut)) {
      return lastClassId;
    }
    String c = s.substring(0, cut);
    Integer id = classIndex.get(c);
    if (id == null) {
      if (!add) {
        return -1;
      }
      id = classes.size();
      classes.add(c);
      classIndex.put(c, id);
    }
    lastClass = c;
    lastClassId = id;
    return id;
  }

  /** Where the serial starts: after the last '.', ':' or '/'. */
  private static int cut(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '.' || c == ':' || c == '/') {
        return i + 1;
      }
    }
    return 0;
  }

  /** Whether the rest from {@code cut} is longer than {@link #MAX_REST} characters. */
  private static boolean tooLong(String s, int cut) {
    return s.length() - cut > MAX_REST;
  }

  private void encodeRest(String s, int from) {
    int n = s.length() - from;
    if (scratch.length < n * 3) {
      scratch = new byte[n * 3];
    }
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(from + i);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      scratch[i] = (byte) c;
    }
    if (ascii) {
      scratchLen = n;
    } else {
      byte[] utf8 = s.substring(from).getBytes(StandardCharsets.UTF_8);
      System.arraycopy(utf8, 0, scratch, 0, utf8.length);
      scratchLen = utf8.length;
    }
  }

  private static int hash(int cls, byte[] b, int off, int len) {
    int h = cls * 0x9E3779B1;
    for (int i = 0; i < len; i++) {
      h = 31 * h + b[off + i];
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }

  private boolean matches(int id, int cls) {
    decode(id);
    return entryClass == cls && entryLen == scratchLen
        && Arrays.equals(entryPage, entryPos, entryPos + entryLen, scratch, 0, entryLen);
  }

  /** Decodes the entry of {@code id} into the entry fields. */
  private void decode(int id) {
    int off = offsets.get(id);
    byte[] page = arena.get(off >>> 16);
    int p = off & 0xFFFF;
    int cls = 0;
    int shift = 0;
    int b;
    do {
      b = page[p++];
      cls |= (b & 0x7F) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    entryPage = page;
    entryClass = cls;
    entryLen = (page[p] & 0xFF) | ((page[p + 1] & 0xFF) << 8);
    entryPos = p + 2;
  }

  private void store(int id, int cls) {
    int need = 5 + 2 + scratchLen;
    if (arenaPos + need > ARENA_PAGE) {
      arena.add(new byte[ARENA_PAGE]);
      arenaPos = 0;
    }
    int page = arena.size() - 1;
    byte[] a = arena.get(page);
    int start = arenaPos;
    int p = start;
    int c = cls;
    while (c >= 0x80) {
      a[p++] = (byte) (c | 0x80);
      c >>>= 7;
    }
    a[p++] = (byte) c;
    a[p++] = (byte) scratchLen;
    a[p++] = (byte) (scratchLen >>> 8);
    System.arraycopy(scratch, 0, a, p, scratchLen);
    arenaPos = p + scratchLen;
    offsets.set(id, (page << 16) | start);
  }

  /**
   * Doubles the table; the hashes are computed again from the stored entries (they are not kept), which are visited
   * in id order: the arena is then read front to back instead of at random.
   */
  private void rehash() {
    if (table.length == 1 << 30) {
      throw new IllegalStateException("more than 750 million identifiers"); // 4 GiB of table: no heap holds it
    }
    table = new int[table.length * 2];
    int mask = table.length - 1;
    for (int id = 0; id < size; id++) {
      if (offsets.get(id) < 0) {
        continue; // kept apart, not in the table
      }
      decode(id);
      int h = hash(entryClass, entryPage, entryPos, entryLen);
      int slot = h & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = (h & ~mask) | (id + 1);
    }
  }
}
