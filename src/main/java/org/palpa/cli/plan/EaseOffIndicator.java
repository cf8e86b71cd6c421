package org.palpa.cli.plan;

import org.palpa.app.port.BandIndicator;
import org.palpa.core.hold.BandState;

/**
 * A buzzer or LED that follows the band state as in {@code palpa live}, and for two seconds after a
 * pain ceiling sounds the over-pressure pattern whatever the state, as the EASE OFF cue.
 */
final class EaseOffIndicator implements BandIndicator {
    private static final long EASE_OFF_NANOS = 2_000_000_000L;
    private final BandIndicator indicator;
    private volatile long easeOffUntilNanos;
    private volatile boolean easedOff;
    private final java.util.function.BooleanSupplier feedbackHidden;

    EaseOffIndicator(BandIndicator indicator) {
        this(indicator, () -> false);
    }

    /** @param feedbackHidden true while a practice schedule hides feedback: the band state then stays off */
    EaseOffIndicator(BandIndicator indicator, java.util.function.BooleanSupplier feedbackHidden) {
        this.indicator = indicator;
        this.feedbackHidden = feedbackHidden;
    }

    /** Starts the EASE OFF pattern now. */
    void easeOff() {
        easeOffUntilNanos = System.nanoTime() + EASE_OFF_NANOS;
        easedOff = true;
        indicator.show(BandState.OVER);
    }

    @Override
    public int indicatorChannel() {
        return indicator.indicatorChannel();
    }

    @Override
    public void show(BandState state) {
        // compared as a difference, so a wrap of nanoTime cannot confuse it
        boolean easing = easedOff && System.nanoTime() - easeOffUntilNanos < 0;
        indicator.show(easing ? BandState.OVER : feedbackHidden.getAsBoolean() ? BandState.NO_CONTACT : state);
    }
}
