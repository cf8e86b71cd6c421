package org.palpa.core.record;

import java.util.Arrays;

/**
 * A growable byte array with the few primitives the compact chunk encoding needs: LEB128 varints
 * of zig-zag signed longs (small magnitudes in one or two bytes), fixed-width integers, and a
 * cursor to read them back. The array is reused between chunks, so encoding allocates only when
 * a chunk is larger than any before it.
 */
final class VarintBytes {
    private byte[] bytes;
    private int length;
    private int cursor;

    VarintBytes(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    /** Wraps {@code data[0, length)} for reading. */
    VarintBytes(byte[] data, int length) {
        this.bytes = data;
        this.length = length;
    }

    void clear() {
        length = 0;
        cursor = 0;
    }

    int length() {
        return length;
    }

    byte[] array() {
        return bytes;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    void put(int b) {
        ensure(1);
        bytes[length++] = (byte) b;
    }

    /** Writes {@code v} zig-zag mapped (0, -1, 1, -2 ... to 0, 1, 2, 3 ...) as an unsigned LEB128 varint. */
    void putSigned(long v) {
        long u = (v << 1) ^ (v >> 63);
        ensure(10);
        while ((u & ~0x7FL) != 0) {
            bytes[length++] = (byte) ((u & 0x7F) | 0x80);
            u >>>= 7;
        }
        bytes[length++] = (byte) u;
    }

    /** Writes 8 bytes, most significant first. */
    void putLong(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (v >>> shift);
        }
    }

    boolean hasMore() {
        return cursor < length;
    }

    int get() {
        if (cursor >= length) {
            throw new IllegalArgumentException("the chunk ends early, at byte " + cursor);
        }
        return bytes[cursor++] & 0xFF;
    }

    long getSigned() {
        long u = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift > 63) {
                throw new IllegalArgumentException("a number in the chunk is too long, at byte " + cursor);
            }
            int b = get();
            u |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        return (u >>> 1) ^ -(u & 1);
    }

    long getLong() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | get();
        }
        return v;
    }
}
