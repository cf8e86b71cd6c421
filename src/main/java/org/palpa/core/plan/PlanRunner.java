package org.palpa.core.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.palpa.core.bodymap.BodyZone;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.HoldTracker;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;

/**
 * Runs a treatment plan: a pure state machine, driven only by the frames' smoothed values with
 * their timestamps and by the therapist's commands, each stamped with device time. It has no
 * clock and no thread of its own; the rest countdown runs on the frames' timestamps.
 *
 * <p>Each repetition tracks the step's channel with its own {@link HoldTracker} against the
 * step's band. A repetition ends when the contact ends (a hold result), or when the step's
 * maximum hold has passed since contact began (the RELEASE cue). A rest follows each repetition
 * but the plan's last. A pain at or above the step's ceiling gives the EASE OFF cue at once and
 * lowers the band of every later repetition at that site and side by {@link #CEILING_STEP}.
 * Skip ends the step now; redo repeats the current repetition (in a rest, the one just done);
 * pause freezes the runner, rest countdown included, until resumed.
 */
public final class PlanRunner {
    /** The fraction a pain ceiling takes off the band of the next repetitions at that site. */
    public static final double CEILING_STEP = 0.10;

    /** What the runner waits for. */
    public enum Phase { NOT_STARTED, READY, HOLDING, REST, PAUSED, FINISHED }

    private final TreatmentPlan plan;
    private final Unit unit;
    private final ProbeArea area;
    private final List<String> channelLabels;
    private final Consumer<PlanOutput> out;
    private final Map<String, Double> siteFactor = new HashMap<>();

    private Phase phase = Phase.NOT_STARTED;
    private Phase pausedFrom;
    private int stepIndex;
    private int channel;
    private StepTally tally;
    private HoldTracker tracker;
    private PlanBand band;
    private boolean holdDoneCued;
    private long contactStartNanos;
    private long restLeftNanos;
    private long lastNanos;
    private double lastValue;
    private PlanOutput.Cue cue;
    private long cueNanos;

    /**
     * @param plan          a checked plan
     * @param unit          the unit of the smoothed values the runner will be given
     * @param area          the probe area, to compare a band in kPa with values in N or back
     * @param channelLabels the device's channel labels, to find each step's channel
     * @param out           receives every output, on the caller's thread, in order
     */
    public PlanRunner(TreatmentPlan plan, Unit unit, ProbeArea area, List<String> channelLabels,
                      Consumer<PlanOutput> out) {
        this.plan = plan;
        this.unit = unit;
        this.area = area;
        this.channelLabels = List.copyOf(channelLabels);
        this.out = out;
        for (PlanStep s : plan.steps()) {
            channelOf(s);
        }
    }

    /** Starts the plan at device time {@code t}. */
    public void start(long t) {
        if (phase != Phase.NOT_STARTED) {
            return;
        }
        lastNanos = t;
        out.accept(new PlanOutput.PlanStarted(t, plan));
        beginStep(0, t);
    }

    /** Takes the next frame's smoothed values, in the session's unit, at device time {@code t}. */
    public void frame(long t, double[] smoothed) {
        if (phase == Phase.NOT_STARTED || phase == Phase.FINISHED || t < lastNanos) {
            return;
        }
        long dt = t - lastNanos;
        lastNanos = t;
        lastValue = smoothed[channel];
        switch (phase) {
            case READY, HOLDING -> track(t, lastValue);
            case REST -> {
                restLeftNanos -= dt;
                if (restLeftNanos <= 0) {
                    afterRest(t);
                }
            }
            default -> { }
        }
    }

    private void track(long t, double value) {
        BandState s = tracker.update(t, value);
        if (phase == Phase.READY && s != BandState.NO_CONTACT) {
            phase = Phase.HOLDING;
            contactStartNanos = t;
        }
        if (phase != Phase.HOLDING) {
            return;
        }
        if (!holdDoneCued && tracker.holdComplete()) {
            holdDoneCued = true;
            cue(t, PlanOutput.Cue.HOLD_DONE);
        }
        if (t - contactStartNanos >= step().maxHoldMillis() * 1_000_000L) {
            cue(t, PlanOutput.Cue.RELEASE);
            tracker.finish();
        }
    }

    private void repEnded(HoldResult r) {
        if (phase != Phase.HOLDING && phase != Phase.READY) {
            return;
        }
        tally.rep(r);
        long t = lastNanos;
        if (tally.repsDone() >= step().reps() && stepIndex == plan.steps().size() - 1) {
            endStep(t, false);
            return;
        }
        phase = Phase.REST;
        restLeftNanos = step().restMillis() * 1_000_000L;
        if (restLeftNanos <= 0) {
            afterRest(t);
        }
    }

    private void afterRest(long t) {
        if (tally.repsDone() >= step().reps()) {
            endStep(t, false);
        } else {
            beginRep();
        }
    }

    /** Skips the rest of the current step. */
    public void skip(long t) {
        if (phase == Phase.NOT_STARTED || phase == Phase.FINISHED) {
            return;
        }
        endStep(Math.max(t, lastNanos), tally.repsDone() < step().reps());
    }

    /** Repeats the current repetition; in a rest, the one just done. */
    public void redo(long t) {
        if (phase == Phase.REST) {
            tally.dropLastRep();
        } else if (phase != Phase.READY && phase != Phase.HOLDING) {
            return;
        }
        beginRep();
    }

    /** Pauses the plan, or resumes it if it is paused; a repetition under way starts again on resume. */
    public void pause(long t) {
        if (phase == Phase.PAUSED) {
            phase = pausedFrom;
            lastNanos = Math.max(lastNanos, t);
            if (phase == Phase.READY || phase == Phase.HOLDING) {
                beginRep();
            }
        } else if (phase != Phase.NOT_STARTED && phase != Phase.FINISHED) {
            pausedFrom = phase;
            phase = Phase.PAUSED;
        }
    }

    /** A pain score 0 to 10 from any source: keys, a typed number, a patient's button (then 10). */
    public void pain(long t, int score, String source) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("a pain score is 0 to 10, was " + score);
        }
        if (phase == Phase.NOT_STARTED || phase == Phase.FINISHED) {
            return;
        }
        out.accept(new PlanOutput.PainMarked(t, stepIndex + 1, score, source));
        tally.pain(score);
        if (score >= step().painCeiling()) {
            tally.ceiling();
            siteFactor.merge(siteKey(step()), 1 - CEILING_STEP, (a, b) -> a * b);
            cue(t, PlanOutput.Cue.EASE_OFF);
            out.accept(new PlanOutput.CeilingReached(t, stepIndex + 1, score, step().painCeiling(), bandFor(step())));
        }
    }

    /** Where the current point's pain referred this time. */
    public void referral(long t, List<BodyZone> zones) {
        if (phase == Phase.NOT_STARTED || phase == Phase.FINISHED || zones.isEmpty()) {
            return;
        }
        tally.referral(zones);
        out.accept(new PlanOutput.Referred(t, stepIndex + 1, zones));
    }

    /** Ends the plan early, as when the session stops: the current step ends as skipped if unfinished. */
    public void stop(long t) {
        if (phase != Phase.NOT_STARTED && phase != Phase.FINISHED) {
            stepIndex = plan.steps().size() - 1;
            endStep(Math.max(t, lastNanos), tally.repsDone() < step().reps());
        }
    }

    private void beginStep(int index, long t) {
        stepIndex = index;
        channel = channelOf(step());
        tally = new StepTally(index + 1, step());
        beginRep();
        out.accept(new PlanOutput.StepStarted(t, index + 1, step(), band));
    }

    private void beginRep() {
        band = bandFor(step());
        PlanStep s = step();
        RateBand rate = s.rampRate() == null ? RateBand.ANY : PlanText.rate(s.rampRate(), unit, area);
        Target target = new Target(band.min(), band.max(), unit, s.holdMillis(), rate);
        tracker = new HoldTracker(channel, target, TrackerSettings.forTarget(target), this::repEnded);
        holdDoneCued = false;
        phase = Phase.READY;
    }

    private void endStep(long t, boolean skipped) {
        Phase was = phase;
        phase = Phase.FINISHED;
        if (was == Phase.HOLDING) {
            tracker.finish();
        }
        out.accept(new PlanOutput.StepEnded(t, tally.summary(skipped, band)));
        if (stepIndex + 1 < plan.steps().size()) {
            beginStep(stepIndex + 1, t);
        } else {
            out.accept(new PlanOutput.PlanFinished(t));
        }
    }

    private void cue(long t, PlanOutput.Cue c) {
        cue = c;
        cueNanos = t;
        out.accept(new PlanOutput.Cued(t, stepIndex + 1, c));
    }

    private PlanBand bandFor(PlanStep s) {
        return s.band().in(unit, area).scaled(siteFactor.getOrDefault(siteKey(s), 1.0));
    }

    private static String siteKey(PlanStep s) {
        return s.site().key() + "/" + s.side().key();
    }

    private int channelOf(PlanStep s) {
        if (s.channel() == null || channelLabels.size() == 1) {
            // a finger named for a glove means nothing to a one-sensor algometer
            return 0;
        }
        for (int i = 0; i < channelLabels.size(); i++) {
            if (channelLabels.get(i).equalsIgnoreCase(s.channel())) {
                return i;
            }
        }
        throw new IllegalArgumentException("the plan's step at " + s.where() + " follows channel '" + s.channel()
                + "', which the device lacks (channels: " + String.join(", ", channelLabels) + ")");
    }

    private PlanStep step() {
        return plan.steps().get(stepIndex);
    }

    /** Where the plan stands now. */
    public PlanStatus status() {
        boolean last = stepIndex + 1 >= plan.steps().size();
        return new PlanStatus(phase, stepIndex + 1, plan.steps().size(), step(), tally == null ? 1
                : Math.min(tally.repsDone() + (phase == Phase.REST ? 0 : 1), step().reps()), band,
                tracker == null || phase == Phase.REST ? BandState.NO_CONTACT : tracker.state(), lastValue,
                tracker == null || phase == Phase.REST ? 0 : tracker.heldMillis(),
                phase == Phase.REST ? Math.max(0, restLeftNanos / 1_000_000L) : 0,
                last ? null : plan.steps().get(stepIndex + 1), cue, (lastNanos - cueNanos) / 1_000_000L);
    }

    public Phase phase() {
        return phase;
    }
}
