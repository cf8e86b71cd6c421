package org.palpa.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Synthetic FSR creep with known parameters: fitted from a hold, then removed from a 30 s hold. */
class CreepTest {
    private static final double RATE_HZ = 100;
    private static final CreepModel TRUTH = new CreepModel(0.08, 8.0);

    /** Readings of a sensor that creeps like {@link #TRUTH}: no load for 1 s, then {@code newtons} for 30 s. */
    private static double[] creepingHold(double newtons, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double alpha = 1 - Math.exp(-1 / (RATE_HZ * TRUTH.tauSeconds()));
        int n = (int) (31 * RATE_HZ);
        double[] readings = new double[n];
        double creep = 0;
        for (int i = 0; i < n; i++) {
            double load = i < RATE_HZ ? 0 : newtons;
            creep += alpha * (TRUTH.share() * load - creep);
            readings[i] = load + creep + noise * random.nextGaussian();
        }
        return readings;
    }

    @Test
    void givenARecordedHoldWithKnownCreep_whenFitted_thenShareAndTimeConstantAreRecovered() {
        double[] r = creepingHold(30, 0.05, 1);
        // The recording starts 2 s after the load step at 1 s, as the wizard's does.
        int start = (int) (3 * RATE_HZ);
        double[] t = new double[r.length - start];
        double[] hold = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = 2 + i / RATE_HZ;
            hold[i] = r[start + i];
        }
        var fitted = (CreepFit.Outcome.Fitted) CreepFit.fit(t, hold);
        assertThat(fitted.model().share()).isCloseTo(0.08, within(0.08 * 0.05));
        assertThat(fitted.model().tauSeconds()).isCloseTo(8.0, within(0.8));
        assertThat(fitted.rmsNewtons()).isLessThan(0.07);
    }

    @Test
    void givenCompensationWithTheFittedModel_thenA30SecondHoldReadsSteadyWhileTheRawReadingCreeps() {
        double[] r = creepingHold(30, 0.05, 2);
        DriftCompensation comp = new DriftCompensation(ChannelCalibration.IDENTITY, TRUTH, RATE_HZ);
        double worstCompensated = 0;
        double worstRaw = 0;
        for (int i = 0; i < r.length; i++) {
            double value = comp.toNewtons(r[i]);
            if (i >= RATE_HZ) {
                worstCompensated = Math.max(worstCompensated, Math.abs(value - 30));
                worstRaw = Math.max(worstRaw, Math.abs(r[i] - 30));
            }
        }
        assertThat(worstRaw).isGreaterThan(2.0); // 8% of 30 N creeps in over the hold
        assertThat(worstCompensated).isLessThan(0.3); // within 1% of the load, noise included
    }

    @Test
    void givenALoadStillSettlingInTheFirstSecond_thenItIsNotMistakenForCreep() {
        double[] t = new double[3000];
        double[] v = new double[3000];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / RATE_HZ;
            v[i] = 30 * (1 - 0.02 * Math.exp(-t[i] / 0.25));
        }
        assertThat(CreepFit.fit(t, v)).isInstanceOfSatisfying(CreepFit.Outcome.Refused.class,
                r -> assertThat(r.reason()).contains("load settling, not creep"));
    }

    @Test
    void givenASteadyHoldWithoutCreep_thenNoModelIsFittedAndTheReasonSaysSo() {
        SplittableRandom random = new SplittableRandom(3);
        double[] t = new double[3000];
        double[] v = new double[3000];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / RATE_HZ;
            v[i] = 30 + 0.05 * random.nextGaussian();
        }
        assertThat(CreepFit.fit(t, v)).isInstanceOfSatisfying(CreepFit.Outcome.Refused.class,
                r -> assertThat(r.reason()).startsWith("no creep to compensate"));
    }
}
