package org.palpa.core.sim;

import java.util.SplittableRandom;

/**
 * A patient and a therapist running the pressure-pain-threshold protocol, sample by sample, for
 * the simulated algometer. Seeded: one seed gives the same session at any speed.
 *
 * <p>The patient's true threshold varies from trial to trial with a standard deviation of
 * {@link #TRIAL_SD_SHARE} of the given threshold (within-session CVs of 5–10 % are typical for
 * PPT; 6 % is used), and the press follows the threshold after a reaction time drawn uniformly
 * from 150–300 ms. The therapist ramps at 50 kPa/s with a trial-to-trial SD of 8 % and a slow
 * ±5 % wobble within the ramp; in {@link #TOO_FAST_SHARE} of trials, drawn from the seed, the
 * ramp runs 1.4–1.7 times too fast. After the press the therapist reacts in 200–400 ms and
 * lifts the probe at 500 kPa/s, then rests for the protocol's rest plus 1–2 s.
 */
public final class SimulatedPatient {
    /** Trial-to-trial SD of the true threshold, as a share of it. */
    public static final double TRIAL_SD_SHARE = 0.06;
    public static final double MIN_REACTION_MILLIS = 150;
    public static final double MAX_REACTION_MILLIS = 300;
    /** The therapist's trial-to-trial rate SD, as a share of the rate aimed for. */
    public static final double RATE_SD_SHARE = 0.08;
    /** Share of trials the therapist ramps too fast. */
    public static final double TOO_FAST_SHARE = 0.2;
    private static final double LIFT_KPA_PER_SECOND = 500;
    private static final double NOISE_KPA = 0.5;

    private final double thresholdKpa;
    private final double rateKpaPerSecond;
    private final double ceilingKpa;
    private final long restNanos;
    private final SplittableRandom random;
    private final int unplugTrial;

    private int trial;
    private double trialThreshold;
    private double trialRate;
    private long phaseStart;
    private long pressAt = Long.MAX_VALUE;
    private long liftAt = Long.MAX_VALUE;
    private double liftFrom;
    private double pressure;
    private boolean ramping;
    private long nextRampAt;
    private boolean unplugged;
    private double lastReactionMillis;
    private long lastTrueOnsetNanos;

    /**
     * @param thresholdKpa     the patient's true threshold
     * @param rateKpaPerSecond the rate the therapist aims for
     * @param ceilingKpa       the protocol's ceiling, where the therapist stops without a press
     * @param restMillis       the protocol's rest between trials
     * @param unplugTrial      the trial (from 1) during whose ramp the cable comes out; 0 for none
     */
    public SimulatedPatient(double thresholdKpa, double rateKpaPerSecond, double ceilingKpa, long restMillis, long seed,
                            int unplugTrial) {
        if (!(thresholdKpa > 0) || !(rateKpaPerSecond > 0) || !(ceilingKpa > 0) || restMillis < 0) {
            throw new IllegalArgumentException("a simulated patient needs a positive threshold, rate and ceiling");
        }
        this.thresholdKpa = thresholdKpa;
        this.rateKpaPerSecond = rateKpaPerSecond;
        this.ceilingKpa = ceilingKpa;
        this.restNanos = restMillis * 1_000_000L;
        this.random = new SplittableRandom(seed);
        this.unplugTrial = unplugTrial;
        nextRampAt = 500_000_000L;
    }

    /** The pressure at {@code t} in kPa; the probe rests on nothing between trials. */
    public double pressureAt(long t) {
        if (!ramping && liftAt == Long.MAX_VALUE && t >= nextRampAt) {
            startRamp(t);
        }
        if (ramping) {
            double s = (t - phaseStart) / 1e9;
            pressure = trialRate * (s + 0.05 / (2 * Math.PI * 0.7) * Math.sin(2 * Math.PI * 0.7 * s));
            if (liftAt == Long.MAX_VALUE && pressure >= ceilingKpa) {
                liftAt = t + reactionNanos(200, 400); // no press: the therapist stops at the ceiling
            }
            if (t >= liftAt) {
                ramping = false;
                liftFrom = pressure;
                phaseStart = t;
            }
        } else if (liftAt != Long.MAX_VALUE) {
            pressure = liftFrom - LIFT_KPA_PER_SECOND * (t - phaseStart) / 1e9;
            if (pressure <= 0) {
                pressure = 0;
                liftAt = Long.MAX_VALUE;
                pressAt = Long.MAX_VALUE;
                nextRampAt = t + restNanos + reactionNanos(1000, 2000);
            }
        }
        return Math.max(0, pressure + NOISE_KPA * random.nextGaussian());
    }

    private void startRamp(long t) {
        trial++;
        ramping = true;
        phaseStart = t;
        trialThreshold = thresholdKpa * (1 + TRIAL_SD_SHARE * random.nextGaussian());
        boolean tooFast = random.nextDouble() < TOO_FAST_SHARE;
        trialRate = rateKpaPerSecond * (tooFast ? 1.4 + 0.3 * random.nextDouble() : 1 + RATE_SD_SHARE * random.nextGaussian());
        double reach = trialThreshold / trialRate; // seconds to the threshold, near enough for a 5 % wobble
        long reaction = reactionNanos(MIN_REACTION_MILLIS, MAX_REACTION_MILLIS);
        pressAt = trialThreshold < ceilingKpa ? t + Math.round(reach * 1e9) + reaction : Long.MAX_VALUE;
        liftAt = pressAt == Long.MAX_VALUE ? Long.MAX_VALUE : pressAt + reactionNanos(200, 400);
        lastReactionMillis = reaction / 1e6;
        lastTrueOnsetNanos = t + Math.round(reach * 1e9);
    }

    private long reactionNanos(double minMillis, double maxMillis) {
        return Math.round((minMillis + (maxMillis - minMillis) * random.nextDouble()) * 1e6);
    }

    /** When the patient presses in the current trial, on the device clock; {@link Long#MAX_VALUE} for no press. */
    public long pressNanos() {
        return pressAt;
    }

    /** The current trial, from 1; 0 before the first ramp. */
    public int trial() {
        return trial;
    }

    /** The current trial's true threshold, kPa. */
    public double trialThresholdKpa() {
        return trialThreshold;
    }

    /** The current trial's ramp rate, kPa/s, as the therapist meant it. */
    public double trialRateKpaPerSecond() {
        return trialRate;
    }

    /** The current trial's reaction time, ms. */
    public double reactionMillis() {
        return lastReactionMillis;
    }

    /** Whether the cable should come out now: once, at 60 % of the way to the threshold in trial {@link #unplugTrial}. */
    public boolean unplugNow(long t) {
        if (unplugged || trial != unplugTrial || !ramping || pressure < 0.6 * trialThreshold) {
            return false;
        }
        unplugged = true;
        ramping = false; // the therapist stops and lifts while the cable is out
        liftFrom = pressure;
        phaseStart = t;
        liftAt = t;
        pressAt = Long.MAX_VALUE;
        return true;
    }

    /** When the current trial's true threshold was crossed, device clock. */
    public long trueOnsetNanos() {
        return lastTrueOnsetNanos;
    }
}
