package dev.pharmatrace.epcis.model.serial;

import dev.pharmatrace.epcis.model.gs1.AiElement;
import dev.pharmatrace.epcis.model.gs1.Gs1CharacterSet;
import dev.pharmatrace.epcis.model.gs1.Gtin;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link IssuedSerialStore} in memory, compact enough for millions of serials per GTIN.
 *
 * <p>Each serial (1 to 20 characters of GS1 AI character set 82) is encoded exactly, without hashing, into 128
 * bits: characters are numbered 1..82 and each half of the serial (characters 1-10 and 11-20) is read as a base-83
 * number, which fits in 64 bits since 83<sup>10</sup> &lt; 2<sup>64</sup>. The pairs are kept in an
 * open-addressing hash table of two {@code long} arrays per GTIN, at most 75% full: about 16-43 bytes per serial
 * (32 MB for 1,000,000 serials), against roughly 100 bytes for a {@code HashSet<String>}.
 *
 * <p>Thread-safe: reservations for one GTIN are serialised on that GTIN's table. Nothing is persisted; use a
 * database-backed store when serials must survive a restart.
 */
public final class InMemoryIssuedSerialStore implements IssuedSerialStore {

    private static final String CSET = Gs1CharacterSet.CSET_82.characters();
    private static final int[] CODE = new int[128];

    static {
        for (int i = 0; i < CSET.length(); i++) {
            CODE[CSET.charAt(i)] = i + 1;
        }
    }

    private final ConcurrentHashMap<Gtin, SerialSet> sets = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryIssuedSerialStore() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException if the serial is not a valid AI 21 value
     */
    @Override
    public boolean reserve(Gtin gtin, String serial) {
        long lo = encode(serial, 0);
        long hi = encode(serial, 10);
        return sets.computeIfAbsent(gtin, g -> new SerialSet()).add(lo, hi);
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException if the serial is not a valid AI 21 value
     */
    @Override
    public boolean isIssued(Gtin gtin, String serial) {
        long lo = encode(serial, 0);
        long hi = encode(serial, 10);
        SerialSet s = sets.get(gtin);
        return s != null && s.contains(lo, hi);
    }

    @Override
    public long issuedCount(Gtin gtin) {
        SerialSet s = sets.get(gtin);
        return s == null ? 0 : s.size();
    }

    /**
     * Returns the approximate heap used by the serial tables (excluding the GTIN keys).
     *
     * @return bytes
     */
    public long approximateMemoryBytes() {
        long total = 0;
        for (SerialSet s : sets.values()) {
            total += s.memoryBytes();
        }
        return total;
    }

    private static long encode(String serial, int from) {
        if (from == 0 && (serial.isEmpty() || serial.length() > 20
                || !Gs1CharacterSet.CSET_82.containsAll(serial))) {
            new AiElement("21", serial); // throws the precise InvalidIdentifierException
        }
        long v = 0;
        int end = Math.min(serial.length(), from + 10);
        for (int i = end - 1; i >= from; i--) {
            v = v * 83 + CODE[serial.charAt(i)]; // wraps modulo 2^64, exact since 83^10 < 2^64
        }
        return v;
    }

    /** Open-addressing set of 128-bit keys; (0, 0) marks an empty slot (no serial encodes to it). */
    private static final class SerialSet {
        private long[] los = new long[16];
        private long[] his = new long[16];
        private int size;

        synchronized boolean add(long lo, long hi) {
            if ((size + 1) * 4L > los.length * 3L) {
                grow();
            }
            int mask = los.length - 1;
            for (int i = slot(lo, hi, mask); ; i = (i + 1) & mask) {
                if (los[i] == 0 && his[i] == 0) {
                    los[i] = lo;
                    his[i] = hi;
                    size++;
                    return true;
                }
                if (los[i] == lo && his[i] == hi) {
                    return false;
                }
            }
        }

        synchronized boolean contains(long lo, long hi) {
            int mask = los.length - 1;
            for (int i = slot(lo, hi, mask); ; i = (i + 1) & mask) {
                if (los[i] == 0 && his[i] == 0) {
                    return false;
                }
                if (los[i] == lo && his[i] == hi) {
                    return true;
                }
            }
        }

        synchronized int size() {
            return size;
        }

        synchronized long memoryBytes() {
            return 16L * los.length + 64;
        }

        private void grow() {
            long[] oldLo = los;
            long[] oldHi = his;
            los = new long[oldLo.length * 2];
            his = new long[oldHi.length * 2];
            int mask = los.length - 1;
            for (int j = 0; j < oldLo.length; j++) {
                if (oldLo[j] != 0 || oldHi[j] != 0) {
                    int i = slot(oldLo[j], oldHi[j], mask);
                    while (los[i] != 0 || his[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    los[i] = oldLo[j];
                    his[i] = oldHi[j];
                }
            }
        }

        private static int slot(long lo, long hi, int mask) {
            long h = lo * 0x9E3779B97F4A7C15L + hi * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 31;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
            return (int) h & mask;
        }
    }
}
