package org.palpa.core.protocol;

/**
 * Unwraps a counter of {@code bits} bits that a device lets overflow (a 16-bit sequence number, a
 * 32-bit microsecond clock) into a long that only grows, and says how far each value jumped.
 */
final class WrapCounter {
    private final long modulus;
    private long last = -1;
    private long unwrapped;

    WrapCounter(int bits) {
        this.modulus = 1L << bits;
    }

    /** Unwraps {@code raw}, assuming it moved forward by less than one full wrap since the last value. */
    long unwrap(long raw) {
        if (last < 0) {
            unwrapped = raw;
        } else {
            unwrapped += Math.floorMod(raw - last, modulus);
        }
        last = raw;
        return unwrapped;
    }

    /** The forward distance from the last value to {@code raw}, or 1 when there is no last value. */
    long stepTo(long raw) {
        return last < 0 ? 1 : Math.floorMod(raw - last, modulus);
    }

    /** Makes the next {@link #unwrap} of {@code raw} one step on from the last value, as after a device restart. */
    void restart(long raw) {
        if (last >= 0) {
            last = Math.floorMod(raw - 1, modulus);
        }
    }

    void reset() {
        last = -1;
    }
}
