package org.palpa.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SteadinessTest {
    private final Steadiness criterion = new Steadiness(100, 3.0, 2.0);

    private static double[] noisy(int n, double mean, double sd, double slopePerSample, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + slopePerSample * i + sd * r.nextGaussian();
        }
        return v;
    }

    @Test
    void givenAQuietSignal_whenTared_thenTheOffsetIsItsMean() {
        double[] v = noisy(100, 2000, 1.0, 0, 1);
        Tare tare = Tare.of(criterion, v, 0, v.length);
        assertThat(tare).isInstanceOfSatisfying(Tare.Taken.class, t -> {
            assertThat(t.offsetCounts()).isCloseTo(2000, within(0.5));
            assertThat(t.samples()).isEqualTo(100);
        });
    }

    @Test
    void givenANoisySignal_whenTared_thenRefusedWithTheStandardDeviation() {
        double[] v = noisy(100, 2000, 10.0, 0, 2);
        Tare tare = Tare.of(criterion, v, 0, v.length);
        assertThat(tare).isInstanceOfSatisfying(Tare.Refused.class,
                r -> assertThat(r.reason()).startsWith("tare refused: the reading varies too much").contains("at most 3.0"));
    }

    @Test
    void givenASlowCreepHiddenInSmallVariance_whenTared_thenRefusedAsDrifting() {
        // 0.08 counts per sample: 4 counts between the halves, while the SD stays under 3.
        double[] v = noisy(100, 2000, 0.5, 0.08, 3);
        Tare tare = Tare.of(criterion, v, 0, v.length);
        assertThat(tare).isInstanceOfSatisfying(Tare.Refused.class,
                r -> assertThat(r.reason()).contains("drifting"));
    }

    @Test
    void givenTooFewSamples_thenNotSteadyYet() {
        assertThat(criterion.judge(new double[200], 50, 50)).isInstanceOfSatisfying(Steadiness.Verdict.Unsteady.class,
                u -> assertThat(u.reason()).isEqualTo("only 50 of 100 samples so far"));
    }

    @Test
    void givenARingBufferThatWrapped_thenOnlyTheLatestWindowIsJudged() {
        double[] ring = new double[150];
        // Oldest 100 values are wild; the latest 100, written across the wrap, are steady.
        SplittableRandom r = new SplittableRandom(4);
        int next = 0;
        for (int i = 0; i < 250; i++) {
            ring[next] = i < 150 ? 5000 * r.nextDouble() : 700 + 0.5 * r.nextGaussian();
            next = (next + 1) % ring.length;
        }
        assertThat(criterion.judge(ring, next, ring.length)).isInstanceOfSatisfying(Steadiness.Verdict.Steady.class,
                s -> assertThat(s.meanCounts()).isCloseTo(700, within(0.3)));
    }
}
