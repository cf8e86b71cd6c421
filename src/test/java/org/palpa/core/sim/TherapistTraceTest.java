package org.palpa.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;
import org.junit.jupiter.api.Test;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.HoldTracker;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.sample.Unit;

class TherapistTraceTest {

    private static double[][] generate(SimulatedDeviceSpec spec, long seed, int samples) {
        TherapistTrace trace = new TherapistTrace(spec, seed);
        double[][] out = new double[samples][spec.channelCount()];
        for (int i = 0; i < samples; i++) {
            trace.next(out[i]);
        }
        return out;
    }

    @Test
    void theSameSeedAlwaysGivesTheSameTrace() {
        assertThat(generate(SimulatedDeviceSpec.glove(), 42, 20_000))
                .isDeepEqualTo(generate(SimulatedDeviceSpec.glove(), 42, 20_000));
    }

    @Test
    void differentSeedsGiveDifferentTraces() {
        assertThat(generate(SimulatedDeviceSpec.algometer(), 1, 5_000))
                .isNotEqualTo(generate(SimulatedDeviceSpec.algometer(), 2, 5_000));
    }

    @Test
    void holdsLastTenToThirtySecondsAtAboutTheTargetLevel() {
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.algometer();
        double[][] v = generate(spec, 7, (int) (spec.rateHz() * 600));
        Target wide = new Target(30, 50, Unit.NEWTON, 10_000, RateBand.ANY);
        List<HoldResult> holds = new ArrayList<>();
        HoldTracker tracker = new HoldTracker(0, wide, TrackerSettings.forTarget(wide), holds::add);
        // A light 9-sample median so single spikes do not split a hold, as the live default does.
        org.palpa.core.signal.MedianFilter median = new org.palpa.core.signal.MedianFilter(9, spec.rateHz());
        for (int i = 0; i < v.length; i++) {
            tracker.update(Math.round(i * 1e9 / spec.rateHz()), median.filter(v[i][0]));
        }
        assertThat(holds).hasSizeGreaterThan(10);
        for (HoldResult h : holds) {
            assertThat(h.durationSeconds()).isBetween(9.5, 31.0);
            assertThat(h.mean()).isBetween(34.0, 46.0);
            assertThat(h.rampRatePerSecond()).isBetween(8.0, 12.0);
        }
    }

    @Test
    void holdsCarryPhysiologicalTremorBetweenEightAndTwelveHertz() {
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.glove();
        double[][] v = generate(spec, 3, (int) (spec.rateHz() * 120));
        int n = 1024;
        int start = findPlateau(v, spec.levelNewtons(), n);
        assertThat(start).as("a plateau of %d samples", n).isGreaterThanOrEqualTo(0);
        double[] x = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            x[i] = v[start + i][0];
            mean += x[i] / n;
        }
        for (int i = 0; i < n; i++) {
            x[i] -= mean;
        }
        Complex[] spectrum = new FastFourierTransformer(DftNormalization.STANDARD).transform(x, TransformType.FORWARD);
        int best = 1;
        double bestPower = 0;
        int fromBin = (int) Math.ceil(3.0 * n / spec.rateHz());
        for (int k = fromBin; k < n / 2; k++) {
            double p = spectrum[k].abs();
            if (p > bestPower) {
                bestPower = p;
                best = k;
            }
        }
        double peakHz = best * spec.rateHz() / n;
        assertThat(peakHz).isBetween(8.0, 12.0);
    }

    private static int findPlateau(double[][] v, double level, int n) {
        int run = 0;
        for (int i = 0; i < v.length; i++) {
            run = v[i][0] > 0.85 * level ? run + 1 : 0;
            if (run == n + 200) {
                return i - n;
            }
        }
        return -1;
    }

    @Test
    void eachFingerCarriesItsShareOfTheHandsForce() {
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.glove();
        double[][] v = generate(spec, 5, (int) (spec.rateHz() * 60));
        double[] sums = new double[spec.channelCount()];
        for (double[] row : v) {
            for (int c = 0; c < row.length; c++) {
                sums[c] += row[c];
            }
        }
        for (int c = 1; c < sums.length; c++) {
            assertThat(sums[c] / sums[0]).isCloseTo(spec.shares()[c], org.assertj.core.api.Assertions.within(0.03));
        }
    }
}
