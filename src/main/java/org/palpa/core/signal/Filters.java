package org.palpa.core.signal;

/** Argument checks shared by the filters. */
final class Filters {
    private Filters() {
    }

    static void requirePositive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
    }
}
