package org.palpa.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.Unit;

class TechniqueScorerTest {
    private static final Target TARGET = new Target(36, 44, Unit.NEWTON, 2000, RateBand.ANY);
    private static final long TENTH = 100_000_000L;
    private final TechniqueScorer scorer = new TechniqueScorer(AssessmentRules.STANDARD);

    /** A hold from 0 to 2 s sampled at 10 Hz, its release ending {@code releaseMillis} after it. */
    private static HoldTrace trace(double[] values, long timeInBandNanos, double cv, long releaseMillis, List<Double> pain) {
        long[] t = new long[values.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < t.length; i++) {
            t[i] = i * TENTH;
            peak = Math.max(peak, values[i]);
        }
        long end = t[t.length - 1];
        HoldResult h = new HoldResult(0, 1, 0, 0, end, end + releaseMillis * 1_000_000L, timeInBandNanos, 0, 40, peak, cv,
                10, true, HoldOutcome.TOO_SHORT, Unit.NEWTON);
        return new HoldTrace(h, t, values, pain, true);
    }

    private static double[] constant(double v) {
        double[] a = new double[21];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void givenFiveSamplesTwoNewtonsOverTheBand_thenSubScoresAndTotalMatchTheHandComputedAnswer() {
        double[] v = constant(40);
        for (int i = 11; i <= 15; i++) {
            v[i] = 46; // 2 N above 44: half of the 4 N fall-off, so half credit
        }
        HoldScore s = scorer.scoreHold(trace(v, 1_500_000_000L, 0.03, 500, List.of()), TARGET);

        assertThat(s.subscores().get(SubScore.TIME_IN_BAND)).isCloseTo(75, within(1e-9));
        assertThat(s.bandCredit()).isCloseTo(87.5, within(1e-9));
        assertThat(s.subscores().get(SubScore.DURATION)).isCloseTo(75, within(1e-9));
        assertThat(s.subscores().get(SubScore.STEADINESS)).isCloseTo(100, within(1e-9));
        assertThat(s.subscores().get(SubScore.OVERSHOOT)).isCloseTo(37.5, within(1e-9));
        assertThat(s.subscores().get(SubScore.RELEASE)).isCloseTo(50, within(1e-9));
        assertThat(s.subscores()).doesNotContainKeys(SubScore.RAMP_RATE, SubScore.PAIN_CEILING);
        // (30 x 87.5 + 20 x 75 + 15 x 100 + 10 x 37.5 + 5 x 50) / 80
        assertThat(s.total()).isCloseTo(78.125, within(1e-9));
    }

    @Test
    void givenPainMarksAndARampBand_thenBothAreScoredAndWeighted() {
        Target withRamp = TARGET.withRampRate(new RateBand(4, 8)); // the hold's ramp is 10 N/s: 2 over 8, credit 0.75
        HoldScore s = scorer.scoreHold(trace(constant(40), 2_000_000_000L, 0.125, 1000, List.of(3.0, 7.0)), withRamp);

        assertThat(s.subscores().get(SubScore.RAMP_RATE)).isCloseTo(75, within(1e-9));
        assertThat(s.subscores().get(SubScore.PAIN_CEILING)).isCloseTo(50, within(1e-9));
        assertThat(s.subscores().get(SubScore.STEADINESS)).isCloseTo(50, within(1e-9)); // CV 12.5 %: half way from 5 % to 20 %
        // (30 x 100 + 20 x 100 + 10 x 75 + 15 x 50 + 10 x 100 + 5 x 100 + 10 x 50) / 100
        assertThat(s.total()).isCloseTo(85, within(1e-9));
    }

    @Test
    void givenANearMissAndAFarMiss_thenPartialCreditRanksTheNearMissAboveDespiteLessTimeInBand() {
        double[] far = constant(40);
        double[] near = constant(40);
        far[5] = 30; // 6 N under the band: beyond the fall-off, no credit
        near[5] = 35.6;
        near[6] = 35.6; // 0.4 N under: 90 % credit each
        Assessment farMiss = scorer.score(List.of(trace(far, 1_900_000_000L, 0.03, 1000, List.of())), c -> TARGET);
        Assessment nearMiss = scorer.score(List.of(trace(near, 1_900_000_000L, 0.03, 1000, List.of())), c -> TARGET);

        assertThat(farMiss.subscores().get(SubScore.TIME_IN_BAND)).isGreaterThan(nearMiss.subscores().get(SubScore.TIME_IN_BAND));
        assertThat(nearMiss.total()).isGreaterThan(farMiss.total());
    }

    @Test
    void givenNoHolds_thenTheTotalIsZeroAndNotPassed() {
        Assessment a = scorer.score(List.of(), c -> TARGET);
        assertThat(a.total()).isZero();
        assertThat(a.passed()).isFalse();
    }
}
