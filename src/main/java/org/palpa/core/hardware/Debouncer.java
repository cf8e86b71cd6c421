package org.palpa.core.hardware;

/**
 * Turns a bouncing contact into clean presses: a new level counts only once it has held, sample
 * after sample, for the settle time. The caller samples the pin and passes its own clock, so a
 * test can drive it with a fake one.
 */
public final class Debouncer {
    private final long settleNanos;
    private boolean stable;
    private boolean candidate;
    private long candidateSinceNanos;

    /**
     * @param settleNanos  how long a level must hold before it counts; 20 ms suits a push button
     * @param initialLevel the level the pin is taken to rest at
     */
    public Debouncer(long settleNanos, boolean initialLevel) {
        if (settleNanos < 0) {
            throw new IllegalArgumentException("settle time must not be negative, was " + settleNanos + " ns");
        }
        this.settleNanos = settleNanos;
        this.stable = initialLevel;
        this.candidate = initialLevel;
    }

    /** What one sample changed. */
    public enum Change {
        /** The debounced level did not change. */
        NONE,
        /** The debounced level went from false to true. */
        ROSE,
        /** The debounced level went from true to false. */
        FELL
    }

    /** Takes the pin's level at {@code nowNanos} and says whether the debounced level changed. */
    public Change sample(boolean level, long nowNanos) {
        if (level != candidate) {
            candidate = level;
            candidateSinceNanos = nowNanos;
        }
        if (candidate != stable && nowNanos - candidateSinceNanos >= settleNanos) {
            stable = candidate;
            return stable ? Change.ROSE : Change.FELL;
        }
        return Change.NONE;
    }

    /** The debounced level. */
    public boolean level() {
        return stable;
    }
}
