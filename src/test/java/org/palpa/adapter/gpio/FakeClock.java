package org.palpa.adapter.gpio;

import java.util.function.LongSupplier;

/** A clock for tests: each reading advances it by a fixed step, and a test can add a jump. */
final class FakeClock implements LongSupplier {
    private final long stepNanos;
    private long now;
    private Runnable onTick = () -> { };

    FakeClock(long stepNanos) {
        this.stepNanos = stepNanos;
    }

    @Override
    public synchronized long getAsLong() {
        now += stepNanos;
        onTick.run();
        return now;
    }

    /** Runs {@code hook} at every reading, as time passing can change the hardware. */
    synchronized void onTick(Runnable hook) {
        this.onTick = hook;
    }

    synchronized void advance(long nanos) {
        now += nanos;
    }

    synchronized long peek() {
        return now;
    }
}
