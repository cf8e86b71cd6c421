package org.palpa.adapter.gpio;

import java.util.function.LongSupplier;

/**
 * A clock for tests: each reading advances it by a fixed step, and a test can add a jump. A
 * real-time clock also follows {@code System.nanoTime}, for tests with threads.
 */
final class FakeClock implements LongSupplier {
    private final long stepNanos;
    private final long realOrigin;
    private final boolean realTime;
    private long now;
    private volatile Runnable onTick = () -> { };

    FakeClock(long stepNanos) {
        this(stepNanos, false);
    }

    private FakeClock(long stepNanos, boolean realTime) {
        this.stepNanos = stepNanos;
        this.realTime = realTime;
        this.realOrigin = System.nanoTime();
    }

    /** A clock that runs with real time, plus any jumps a test adds. */
    static FakeClock realTime() {
        return new FakeClock(0, true);
    }

    @Override
    public long getAsLong() {
        long t;
        synchronized (this) {
            now += stepNanos;
            t = peek();
        }
        onTick.run();
        return t;
    }

    /** Runs {@code hook} at every reading, as time passing can change the hardware. */
    void onTick(Runnable hook) {
        this.onTick = hook;
    }

    synchronized void advance(long nanos) {
        now += nanos;
    }

    synchronized long peek() {
        return realTime ? now + System.nanoTime() - realOrigin : now;
    }
}
