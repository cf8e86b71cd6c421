package org.palpa.core.hold;

import java.util.function.Consumer;

/**
 * Follows one channel sample by sample, finds contacts and holds, and reports each finished hold.
 *
 * <p>The state machine has two states, out of contact and in contact, switched with hysteresis
 * (see {@link TrackerSettings}). Within a contact the first sample that reaches the band's lower
 * edge starts the hold; every later sample at or above the edge moves the hold's end. Samples
 * that dip below the edge are held back and join the hold only if the pressure comes back, so a
 * release never stretches a hold. Each interval between two samples is credited to the state of
 * the later sample, except an interval that is a gap in the data (ten times the typical interval
 * and over 250 ms, as after a disconnect), which is credited to no state. Nothing is allocated per
 * sample; a {@link HoldResult} is made once per hold.
 */
public final class HoldTracker {
    private final int channel;
    private Target target;
    private TrackerSettings settings;
    /** The target and thresholds to take at the end of the contact under way; null when none is waiting. */
    private Target nextTarget;
    private TrackerSettings nextSettings;
    private final Consumer<HoldResult> onHold;

    private final RunningStats committed = new RunningStats();
    private final RunningStats pending = new RunningStats();
    private final RunningStats contactStats = new RunningStats();
    private final RampFit ramp = new RampFit();

    /** An interval counts as a gap in the data when it is this many times the typical interval... */
    private static final int GAP_FACTOR = 10;
    /** ...and longer than this, so slow gauges (0.5 samples/s) are not mistaken for gaps. */
    private static final long MIN_GAP_NANOS = 250_000_000L;
    private long typicalIntervalNanos;

    private boolean inContact;
    private boolean reachedBand;
    private boolean started;
    private long lastNanos;
    private long contactStartNanos;
    private long lastContactNanos;
    private long holdStartNanos;
    private long holdEndNanos;
    private long inBandNanos;
    private long overNanos;
    private double peak;
    private double rampRate;
    private int holdCount;
    private BandState state = BandState.NO_CONTACT;
    private double lastValue;

    /**
     * @param channel  the channel id put into each result
     * @param target   the band and duration to judge against
     * @param settings contact thresholds and grace times, in the target's unit
     * @param onHold   receives each finished hold, on the caller's thread
     */
    public HoldTracker(int channel, Target target, TrackerSettings settings, Consumer<HoldResult> onHold) {
        this.channel = channel;
        this.target = target;
        this.settings = settings;
        this.onHold = onHold;
    }

    /**
     * Takes the next sample, in the target's unit, with its timestamp, and returns the live state.
     * Timestamps must not go backwards; a sample at an earlier time than the last is ignored.
     */
    public BandState update(long timestampNanos, double value) {
        if (started && timestampNanos < lastNanos) {
            return state;
        }
        long dt = started ? timestampNanos - lastNanos : 0;
        if (isGap(dt)) {
            // Frames were lost (a disconnect, a dropped burst): nobody knows what the pressure did, so the
            // interval is credited to no state. The contact itself goes on.
            dt = 0;
        } else if (dt > 0) {
            typicalIntervalNanos = typicalIntervalNanos == 0 ? dt : (typicalIntervalNanos * 15 + dt) / 16;
        }
        started = true;
        lastNanos = timestampNanos;
        lastValue = value;
        if (!inContact) {
            if (value >= settings.contactOn()) {
                beginContact(timestampNanos);
                accept(timestampNanos, value, 0);
            } else {
                state = BandState.NO_CONTACT;
            }
        } else if (value < settings.contactOff()) {
            endContact();
            state = BandState.NO_CONTACT;
        } else {
            accept(timestampNanos, value, dt);
        }
        return state;
    }

    private boolean isGap(long dt) {
        return typicalIntervalNanos > 0 && dt > MIN_GAP_NANOS && dt > GAP_FACTOR * typicalIntervalNanos;
    }

    private void beginContact(long t) {
        inContact = true;
        reachedBand = false;
        contactStartNanos = t;
        committed.clear();
        pending.clear();
        contactStats.clear();
        ramp.clear();
        inBandNanos = 0;
        overNanos = 0;
        peak = Double.NEGATIVE_INFINITY;
    }

    private void accept(long t, double v, long dt) {
        lastContactNanos = t;
        state = target.classify(v);
        contactStats.add(v);
        peak = Math.max(peak, v);
        if (!reachedBand) {
            ramp.add((t - contactStartNanos) / 1e9, v);
            if (v >= target.min()) {
                reachedBand = true;
                holdStartNanos = t;
                rampRate = ramp.slope();
                dt = 0;
            }
        }
        if (!reachedBand) {
            return;
        }
        if (v >= target.min()) {
            committed.absorb(pending);
            committed.add(v);
            holdEndNanos = t;
            if (state == BandState.IN_BAND) {
                inBandNanos += dt;
            } else {
                overNanos += dt;
            }
        } else {
            pending.add(v);
        }
    }

    private void endContact() {
        endContact(false);
    }

    private void endContact(boolean cutOff) {
        inContact = false;
        report(cutOff);
        if (nextTarget != null) {
            target = nextTarget;
            settings = nextSettings;
            nextTarget = null;
            nextSettings = null;
        }
    }

    /**
     * Judges the following contacts against {@code newTarget} with {@code newSettings}, as when a
     * treatment plan moves to its next step. A contact under way is finished against the target
     * it began with, and the new one applies from the next contact on; out of contact it applies
     * at once. Holds go on being numbered from where they were.
     *
     * @throws IllegalArgumentException when the new target is in another unit, since the samples
     *                                  given to {@link #update} are in the old one
     */
    public void retarget(Target newTarget, TrackerSettings newSettings) {
        if (newTarget.unit() != target.unit()) {
            throw new IllegalArgumentException("a tracker judging in " + target.unit().symbol()
                    + " cannot be given a target in " + newTarget.unit().symbol());
        }
        if (inContact) {
            nextTarget = newTarget;
            nextSettings = newSettings;
        } else {
            target = newTarget;
            settings = newSettings;
        }
    }

    private void report(boolean cutOff) {
        if (lastContactNanos - contactStartNanos < settings.minContactMillis() * 1_000_000L) {
            return;
        }
        holdCount++;
        HoldResult result;
        if (reachedBand) {
            result = new HoldResult(channel, holdCount, contactStartNanos, holdStartNanos, holdEndNanos,
                    lastContactNanos, inBandNanos, overNanos, committed.mean(), peak,
                    committed.coefficientOfVariation(), rampRate, target.rampRate().contains(rampRate),
                    cutOff ? cutOffOutcome() : outcome(), target.unit());
        } else {
            double slope = ramp.slope();
            result = new HoldResult(channel, holdCount, contactStartNanos, contactStartNanos, lastContactNanos,
                    lastContactNanos, 0, 0, contactStats.mean(), peak, contactStats.coefficientOfVariation(),
                    slope, target.rampRate().contains(slope), cutOff ? HoldOutcome.CUT_OFF : HoldOutcome.UNDER,
                    target.unit());
        }
        onHold.accept(result);
    }

    private HoldOutcome outcome() {
        if (overNanos > settings.overGraceMillis() * 1_000_000L) {
            return HoldOutcome.OVER;
        }
        return inBandNanos >= target.holdMillis() * 1_000_000L ? HoldOutcome.MET : HoldOutcome.TOO_SHORT;
    }

    /** A hold the end cut off keeps a verdict it had already earned (met, or over); otherwise it is cut off. */
    private HoldOutcome cutOffOutcome() {
        HoldOutcome judged = outcome();
        return judged == HoldOutcome.TOO_SHORT ? HoldOutcome.CUT_OFF : judged;
    }

    /**
     * Ends any open contact at the last sample seen, as at the end of a recording; a hold still
     * running is reported as {@link HoldOutcome#CUT_OFF} unless it had already met its target or gone over.
     */
    public void finish() {
        if (inContact) {
            endContact(true);
            state = BandState.NO_CONTACT;
        }
    }

    /** The state after the last sample. */
    public BandState state() {
        return state;
    }

    /** The last value given to {@link #update}. */
    public double lastValue() {
        return lastValue;
    }

    /** Time in the band so far in the current contact, in milliseconds; 0 out of contact. */
    public double heldMillis() {
        return inContact ? inBandNanos / 1e6 : 0;
    }

    /** Whether the current contact has already met the target's duration. */
    public boolean holdComplete() {
        return inContact && inBandNanos >= target.holdMillis() * 1_000_000L;
    }

    public Target target() {
        return target;
    }

    public int channel() {
        return channel;
    }
}
