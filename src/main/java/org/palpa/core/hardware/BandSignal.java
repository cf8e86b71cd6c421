package org.palpa.core.hardware;

import org.palpa.core.hold.BandState;

/**
 * What a buzzer or LED does for each band state, so a therapist can keep their eyes on the
 * patient: silent with no contact, a slow tick while under, steady while in band, and a fast
 * beep while over. Pure timing: the caller sets the pin to {@link #on} as often as it likes.
 */
public final class BandSignal {
    /** Fast beep while over: 80 ms on, 80 ms off, about 6 beeps a second, hard to miss. */
    public static final long OVER_PERIOD_NANOS = 160_000_000L;
    /** Slow tick while under: 40 ms on every second, a reminder that contact is being read. */
    public static final long UNDER_PERIOD_NANOS = 1_000_000_000L;
    private static final long UNDER_ON_NANOS = 40_000_000L;

    private BandSignal() {
    }

    /** Whether the output is on for {@code state}, {@code sinceStateNanos} after the state began. */
    public static boolean on(BandState state, long sinceStateNanos) {
        if (state == null) {
            return false;
        }
        long t = Math.max(0, sinceStateNanos);
        return switch (state) {
            case NO_CONTACT -> false;
            case UNDER -> t % UNDER_PERIOD_NANOS < UNDER_ON_NANOS;
            case IN_BAND -> true;
            case OVER -> t % OVER_PERIOD_NANOS < OVER_PERIOD_NANOS / 2;
        };
    }
}
