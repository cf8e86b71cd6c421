package org.palpa.core.hold;

/**
 * Says when a contact has lasted longer than the longest hold allowed, so the cue can say
 * RELEASE: a pinpoint hold on a trigger point is kept to 10 to 30 s. Driven by the band state of
 * successive frames with their timestamps; no clock of its own.
 */
public final class MaxHoldCue {
    private final long maxHoldNanos;
    private long contactStartNanos = Long.MIN_VALUE;
    private boolean due;
    private boolean announced;

    /** @param maxHoldMillis the longest hold, from first contact; 0 or less never cues */
    public MaxHoldCue(long maxHoldMillis) {
        this.maxHoldNanos = maxHoldMillis * 1_000_000L;
    }

    /** Takes the next frame's state; returns whether the RELEASE cue is showing. */
    public boolean update(long timestampNanos, BandState state) {
        if (maxHoldNanos <= 0 || state == BandState.NO_CONTACT) {
            contactStartNanos = Long.MIN_VALUE;
            due = false;
            announced = false;
            return false;
        }
        if (contactStartNanos == Long.MIN_VALUE) {
            contactStartNanos = timestampNanos;
        }
        due = timestampNanos - contactStartNanos >= maxHoldNanos;
        return due;
    }

    /** True once per contact, the first time the cue is due: the moment to sound it. */
    public boolean firstDue() {
        if (due && !announced) {
            announced = true;
            return true;
        }
        return false;
    }

    public boolean due() {
        return due;
    }
}
