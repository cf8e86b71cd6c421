package org.palpa.core.record;

/**
 * The calibrated float last stored for each raw value of one channel of a chunk, so that a raw
 * value seen before predicts its calibrated value exactly: a calibration that depends only on the
 * raw value gives the same float for the same counts, however curved it is. Open addressing over
 * arrays that are reused; {@link #reset} empties the table in constant time.
 */
final class RepeatTable {
    private long[] keys = new long[0];
    private int[] values = new int[0];
    private int[] stamps = new int[0];
    private int stamp;
    private int mask;

    /** Empties the table, with room for {@code entries} distinct raw values. */
    void reset(int entries) {
        int size = Integer.highestOneBit(Math.max(16, entries * 2 - 1)) << 1;
        if (size > keys.length) {
            keys = new long[size];
            values = new int[size];
            stamps = new int[size];
            stamp = 0;
        }
        mask = Math.min(size, keys.length) - 1;
        stamp++;
        if (stamp == 0) {
            java.util.Arrays.fill(stamps, 0);
            stamp = 1;
        }
    }

    /** The float bits stored for {@code raw}, or {@code fallback} when there are none. */
    int get(double raw, int fallback) {
        long key = Double.doubleToRawLongBits(raw);
        for (int i = slot(key); stamps[i] == stamp; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return fallback;
    }

    /** Stores {@code floatBits} as the calibrated value of {@code raw}. */
    void put(double raw, int floatBits) {
        long key = Double.doubleToRawLongBits(raw);
        int i = slot(key);
        while (stamps[i] == stamp && keys[i] != key) {
            i = (i + 1) & mask;
        }
        stamps[i] = stamp;
        keys[i] = key;
        values[i] = floatBits;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
