package org.palpa.core.sim;

import java.util.SplittableRandom;

/**
 * A seeded, sample-by-sample model of how a therapist's hand loads a sensor: rest, approach,
 * a ramp at a set rate, a hold of 10 to 30 s that wanders slowly, and a release.
 *
 * <p>Each channel adds its own physiological tremor (8 to 12 Hz, about 1.5% of the load;
 * Elble 1996, Mov Disord 11:71–79), sensor noise, and a rare spike. The same seed always gives
 * the same trace, and nothing is allocated per sample.
 */
public final class TherapistTrace {
    private enum Phase { REST, APPROACH, RAMP, HOLD, RELEASE }

    private static final double SPIKE_PROBABILITY = 1.0 / 3000;

    private final SimulatedDeviceSpec spec;
    private final SplittableRandom random;
    private final double dt;
    private final double[] tremorHz;
    private final double[] tremorPhase;

    private Phase phase = Phase.REST;
    private double phaseLeftSeconds;
    private double envelope;
    private double holdLevel;
    private double driftHz;
    private double driftPhase;
    private double holdElapsed;
    private long index;
    private final TherapistGoal goal;

    public TherapistTrace(SimulatedDeviceSpec spec, long seed) {
        this(spec, seed, () -> null);
    }

    /** A therapist who follows {@code goal} where it gives one, as when a plan guides them. */
    public TherapistTrace(SimulatedDeviceSpec spec, long seed, TherapistGoal goal) {
        this.goal = goal;
        this.spec = spec;
        this.random = new SplittableRandom(seed);
        this.dt = 1.0 / spec.rateHz();
        int n = spec.channelCount();
        this.tremorHz = new double[n];
        this.tremorPhase = new double[n];
        for (int i = 0; i < n; i++) {
            tremorHz[i] = 8 + 4 * random.nextDouble();
            tremorPhase[i] = 2 * Math.PI * random.nextDouble();
        }
        phaseLeftSeconds = 1 + 2 * random.nextDouble();
    }

    /** The number of samples produced so far. */
    public long index() {
        return index;
    }

    /** Writes the next sample of every channel, in newtons, into {@code out}. */
    public void next(double[] out) {
        stepEnvelope();
        double t = index * dt;
        for (int c = 0; c < out.length; c++) {
            double load = spec.share(c) * envelope;
            double tremor = 0.015 * load * Math.sin(2 * Math.PI * tremorHz[c] * t + tremorPhase[c]);
            double value = load + tremor + spec.noiseNewtons() * random.nextGaussian();
            if (random.nextDouble() < SPIKE_PROBABILITY) {
                value += (random.nextBoolean() ? 1 : -1) * 0.3 * spec.levelNewtons() * (0.5 + random.nextDouble());
            }
            out[c] = value;
        }
        index++;
    }

    private void stepEnvelope() {
        double level = spec.levelNewtons();
        double rate = spec.rampNewtonsPerSec();
        switch (phase) {
            case REST -> {
                envelope = 0;
                if ((phaseLeftSeconds -= dt) <= 0) {
                    phase = Phase.APPROACH;
                    phaseLeftSeconds = 0.3 + 0.5 * random.nextDouble();
                }
            }
            case APPROACH -> {
                // Fingers settle on the skin with a light touch before the pressure builds.
                envelope = Math.min(0.05 * level, envelope + 0.05 * level * dt / 0.3);
                if ((phaseLeftSeconds -= dt) <= 0) {
                    phase = Phase.RAMP;
                    TherapistGoal.Goal g = goal.current();
                    double aim = g == null ? level : g.levelNewtons() / spec.share(Math.min(g.channel(), spec.channelCount() - 1));
                    holdLevel = aim * (1 + (g == null ? 0.04 : 0.02) * random.nextGaussian());
                }
            }
            case RAMP -> {
                envelope += rate * (0.9 + 0.2 * random.nextDouble()) * dt;
                if (envelope >= holdLevel) {
                    envelope = holdLevel;
                    phase = Phase.HOLD;
                    TherapistGoal.Goal g = goal.current();
                    phaseLeftSeconds = g == null ? 10 + 20 * random.nextDouble() : g.holdSeconds() + 1 + random.nextDouble();
                    driftHz = 0.05 + 0.15 * random.nextDouble();
                    driftPhase = 2 * Math.PI * random.nextDouble();
                    holdElapsed = 0;
                }
            }
            case HOLD -> {
                holdElapsed += dt;
                // Slow wander as the hand tires and corrects itself, about 3% of the load.
                envelope = holdLevel * (1 + 0.03 * Math.sin(2 * Math.PI * driftHz * holdElapsed + driftPhase)
                        - 0.03 * Math.sin(driftPhase));
                if ((phaseLeftSeconds -= dt) <= 0) {
                    phase = Phase.RELEASE;
                }
            }
            case RELEASE -> {
                envelope -= 2 * rate * dt;
                if (envelope <= 0) {
                    envelope = 0;
                    phase = Phase.REST;
                    TherapistGoal.Goal g = goal.current();
                    phaseLeftSeconds = g == null ? 3 + 3 * random.nextDouble() : g.restSeconds() + 0.5 + random.nextDouble();
                }
            }
            default -> throw new IllegalStateException(phase.name());
        }
    }
}
