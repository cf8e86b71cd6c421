package org.palpa.adapter.ui;

import org.palpa.adapter.ui.sound.SoundCue;

/**
 * Decides which cue, if any, the newest display state calls for: a tone on entering the band, a
 * chime once per contact when the hold is complete, and a warning on going over, repeated at most
 * every {@value #OVER_REPEAT_NANOS} ns while the pressure stays over. Runs on the display thread.
 */
final class CueTrigger {
    static final long OVER_REPEAT_NANOS = 1_500_000_000L;

    private DisplayState last = DisplayState.NO_CONTACT;
    private boolean chimed;
    private long lastWarningNanos = Long.MIN_VALUE;

    /**
     * @param state        the state shown now
     * @param holdComplete whether the current hold has reached the target duration
     * @param nowNanos     the host clock
     * @return the cue to play, or null
     */
    SoundCue next(DisplayState state, boolean holdComplete, long nowNanos) {
        DisplayState before = last;
        last = state;
        if (state == DisplayState.NO_CONTACT) {
            chimed = false;
            return null;
        }
        if (state == DisplayState.OVER || state == DisplayState.BEYOND_CALIBRATION) {
            if (before != state || nowNanos - lastWarningNanos >= OVER_REPEAT_NANOS) {
                lastWarningNanos = nowNanos;
                return SoundCue.OVER_MAX;
            }
            return null;
        }
        if (holdComplete && !chimed) {
            chimed = true;
            return SoundCue.HOLD_COMPLETE;
        }
        if (state == DisplayState.IN_BAND && before != DisplayState.IN_BAND && !holdComplete) {
            return SoundCue.ENTER_BAND;
        }
        return null;
    }
}
