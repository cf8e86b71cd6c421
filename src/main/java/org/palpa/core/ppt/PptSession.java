package org.palpa.core.ppt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The protocol at one site as a state machine fed with smoothed pressure samples, presses and
 * disconnects: rest, wait for the probe, ramp until the patient presses (or the ceiling), read
 * the corrected threshold, wait for the probe to lift, and again until every trial is done.
 * Pure: the caller supplies every timestamp, so tests drive it with synthetic ramps.
 */
public final class PptSession {
    /** Where the protocol is. */
    public enum Phase { RESTING, READY, RAMPING, READING, RELEASE, DONE }

    /** The window of the live rate meter: half a second, long enough to average out tremor. */
    public static final long RATE_WINDOW_NANOS = 500_000_000L;

    /** Voided trials are repeated, at most this many times in a site's protocol. */
    public static final int MAX_REPEATS = 2;

    private final PptProtocol protocol;
    private final PressureHistory history = new PressureHistory(4096);
    private final List<TrialOutcome> outcomes = new ArrayList<>();
    private Phase phase = Phase.READY;
    private double last = Double.NaN;
    private long lastNanos = Long.MIN_VALUE;
    private long restUntilNanos;
    private LineFit ramp;
    private long pressNanos;
    private long readingNanos;
    private PressDelay pressDelay;
    private double pressRate;

    public PptSession(PptProtocol protocol) {
        this.protocol = protocol;
    }

    /** Takes the next smoothed pressure sample, in kPa. */
    public void sample(long timestampNanos, double kpa) {
        history.add(timestampNanos, kpa);
        boolean wasOff = !(last >= protocol.contactKpa());
        last = kpa;
        lastNanos = timestampNanos;
        switch (phase) {
            case RESTING -> {
                if (timestampNanos >= restUntilNanos) {
                    phase = Phase.READY;
                }
            }
            case READY -> {
                if (kpa >= protocol.contactKpa() && wasOff) {
                    phase = Phase.RAMPING;
                    ramp = new LineFit(timestampNanos);
                    ramp.add(timestampNanos, kpa);
                }
            }
            case RAMPING -> ramping(timestampNanos, kpa);
            case READING -> {
                if (timestampNanos >= readingNanos) {
                    read();
                }
            }
            case RELEASE -> {
                if (kpa < protocol.contactKpa()) {
                    nextTrial(timestampNanos);
                }
            }
            case DONE -> { }
        }
    }

    private void ramping(long t, double kpa) {
        if (kpa < protocol.contactKpa()) {
            phase = Phase.READY; // the probe came off before any press: that ramp does not count
            return;
        }
        ramp.add(t, kpa);
        if (kpa >= protocol.ceilingKpa()) {
            outcomes.add(new TrialOutcome.NoThreshold(outcomes.size() + 1, ramp.slopePerSecond(), protocol.ceilingKpa()));
            phase = Phase.RELEASE;
        }
    }

    /**
     * The patient pressed, stamped at {@code observedNanos} on the device clock, by a path with
     * {@code delay}. Returns false when no ramp is running (the press is then ignored).
     */
    public boolean press(long observedNanos, PressDelay delay) {
        if (phase != Phase.RAMPING) {
            return false;
        }
        pressDelay = delay;
        pressNanos = delay.pressNanos(observedNanos);
        readingNanos = delay.readingNanos(pressNanos);
        pressRate = ramp.slopePerSecond();
        phase = Phase.READING;
        if (lastNanos >= readingNanos) {
            read();
        }
        return true;
    }

    private void read() {
        double threshold = history.valueAt(readingNanos);
        int n = outcomes.size() + 1;
        if (Double.isNaN(threshold)) {
            outcomes.add(new TrialOutcome.Voided(n, "the press came before the samples kept (timing could not be matched)"));
        } else {
            double rate = pressRate;
            String reason = protocol.rateBand().contains(rate) ? null : String.format(Locale.ROOT,
                    "ramp %.1f kPa/s outside %.0f..%.0f kPa/s", rate, protocol.rateBand().minPerSecond(),
                    protocol.rateBand().maxPerSecond());
            double residual = pressDelay.residualMillis() / 1000 * Math.abs(rate);
            outcomes.add(new TrialOutcome.Measured(n, Math.max(0, threshold), rate, reason, pressDelay, residual,
                    pressNanos));
        }
        phase = Phase.RELEASE;
        if (last < protocol.contactKpa()) {
            nextTrial(lastNanos);
        }
    }

    /** The link went away at {@code timestampNanos}: a running ramp is voided and the protocol goes on. */
    public void disconnected(long timestampNanos) {
        if (phase == Phase.RAMPING || phase == Phase.READING) {
            outcomes.add(new TrialOutcome.Voided(outcomes.size() + 1, TrialOutcome.DISCONNECTED));
            phase = Phase.RELEASE;
        }
        history.clear();
        last = Double.NaN;
    }

    private void nextTrial(long t) {
        if (countedTrials() >= protocol.trials() || outcomes.size() >= protocol.trials() + MAX_REPEATS) {
            phase = Phase.DONE;
        } else {
            phase = protocol.restMillis() > 0 ? Phase.RESTING : Phase.READY;
            restUntilNanos = t + protocol.restMillis() * 1_000_000L;
        }
    }

    /** Trials that count toward the number asked for: a voided trial is repeated. */
    private long countedTrials() {
        return outcomes.stream().filter(o -> !(o instanceof TrialOutcome.Voided)).count();
    }

    public Phase phase() {
        return phase;
    }

    public boolean done() {
        return phase == Phase.DONE;
    }

    /** The trials so far, in order. */
    public List<TrialOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** The trial now running or next to run, from 1; a repeat of a voided trial has a number of its own. */
    public int currentTrial() {
        return outcomes.size() + (phase == Phase.DONE ? 0 : 1);
    }

    /** The latest smoothed pressure, kPa; NaN before the first sample. */
    public double pressureKpa() {
        return last;
    }

    /** The live ramp rate over the last half second, kPa/s; NaN until there are samples. */
    public double liveRateKpaPerSecond() {
        return history.recentSlope(RATE_WINDOW_NANOS);
    }

    /** Milliseconds of rest left; 0 when not resting. */
    public long restRemainingMillis() {
        return phase == Phase.RESTING ? Math.max(0, (restUntilNanos - lastNanos) / 1_000_000L) : 0;
    }

    public PptProtocol protocol() {
        return protocol;
    }
}
