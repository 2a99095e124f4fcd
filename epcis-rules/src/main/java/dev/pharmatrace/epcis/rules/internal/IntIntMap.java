package dev.pharmatrace.epcis.rules.internal;

/**
 * A map from non-negative ints to ints, default {@code 0}, in two int arrays (open addressing, linear probing): for
 * facts only some identifiers have, such as a container's first child, where a paged array would spend 4 bytes on
 * every identifier. Setting a key to 0 keeps its slot (keys are never removed; a document's containers are few).
 */
final class IntIntMap {
  private int[] keys = new int[64]; // key + 1; 0 = free
  private int[] values = new int[64];
  private int size;

  int get(int key) {
    int mask = keys.length - 1;
    for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      int k = keys[slot];
      if (k == 0) {
        return 0;
      }
      if (k == key + 1) {
        return values[slot];
      }
    }
  }

  void set(int key, int value) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != 0 && keys[slot] != key + 1) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == 0) {
      if (value == 0) {
        return; // absent already means 0
      }
      keys[slot] = key + 1;
      if (++size * 10L > keys.length * 7L) {
        values[slot] = value;
        grow();
        return;
      }
    }
    values[slot] = value;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new int[keys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = mix(oldKeys[i] - 1) & mask;
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B1;
    return h ^ (h >>> 16);
  }
}
