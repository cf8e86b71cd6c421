package org.palpa.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class CurveFitterTest {

    /** Points at {@code counts}, force from {@code truth} plus Gaussian noise of {@code noiseNewtons}. */
    static List<CalibrationPoint> synthetic(double[] counts, DoubleUnaryOperator truth, double noiseNewtons, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CalibrationPoint> points = new ArrayList<>();
        for (double c : counts) {
            double f = Math.max(0, truth.applyAsDouble(c) + noiseNewtons * random.nextGaussian());
            points.add(CalibrationPoint.loading(c, f));
        }
        return points;
    }

    static double[] grid(double from, double to, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = from + (to - from) * i / (n - 1);
        }
        return g;
    }

    private static Curve fitted(FitType type, List<CalibrationPoint> points) {
        FitOutcome outcome = CurveFitter.fit(type, points);
        assertThat(outcome).isInstanceOf(FitOutcome.Fitted.class);
        return ((FitOutcome.Fitted) outcome).curve();
    }

    @Test
    void givenNoisyLoadCellPoints_whenFittedLinear_thenSlopeAndOffsetWithinHalfAPercent() {
        // 0.002 N per count, 1.5 N offset, 0.05 N noise over 0..50 000 counts (100 N).
        var points = synthetic(grid(0, 50_000, 12), c -> 1.5 + 0.002 * c, 0.05, 7);
        double[] c = fitted(FitType.LINEAR, points).coefficients();
        assertThat(c[1]).isCloseTo(0.002, within(0.002 * 0.005));
        assertThat(c[0]).isCloseTo(1.5, within(0.1));
    }

    @Test
    void givenNoisyFsrPoints_whenFittedPowerLaw_thenExponentWithinOnePercentAndScaleWithinFive() {
        double a = 60 / Math.pow(3800, 1.4);
        var points = synthetic(grid(100, 3800, 12), c -> a * Math.pow(c, 1.4), 0.05, 11);
        double[] c = fitted(FitType.POWER, points).coefficients();
        assertThat(c[1]).isCloseTo(1.4, within(0.014));
        assertThat(c[0]).isCloseTo(a, within(a * 0.05));
    }

    @Test
    void givenNoisyCubicPoints_whenFittedCubic_thenEveryCoefficientRecovered() {
        // A cubic over a wide count range, which is ill conditioned without scaling.
        double[] truth = {0.5, 1e-3, 2e-8, 1e-13};
        var points = synthetic(grid(0, 60_000, 15), x -> FitType.POLYNOMIAL_3.evaluate(truth, x), 0.01, 3);
        double[] c = fitted(FitType.POLYNOMIAL_3, points).coefficients();
        assertThat(c[0]).isCloseTo(truth[0], within(0.05));
        assertThat(c[1]).isCloseTo(truth[1], within(truth[1] * 0.02));
        assertThat(c[2]).isCloseTo(truth[2], within(truth[2] * 0.1));
        assertThat(c[3]).isCloseTo(truth[3], within(truth[3] * 0.1));
    }

    @Test
    void givenQuadraticPoints_whenFittedDegreeTwo_thenCurvatureRecovered() {
        double[] truth = {0, 0.01, 2e-6};
        var points = synthetic(grid(0, 4000, 10), x -> FitType.POLYNOMIAL_2.evaluate(truth, x), 0.02, 5);
        double[] c = fitted(FitType.POLYNOMIAL_2, points).coefficients();
        assertThat(c[2]).isCloseTo(2e-6, within(2e-6 * 0.02));
        assertThat(c[1]).isCloseTo(0.01, within(0.0005));
    }

    @Test
    void givenFewerDistinctReadingsThanCoefficients_thenTheFitIsRefusedWithTheNumberNeeded() {
        var points = List.of(CalibrationPoint.loading(0, 0), CalibrationPoint.loading(100, 1),
                CalibrationPoint.loading(100, 1.01));
        FitOutcome outcome = CurveFitter.fit(FitType.POLYNOMIAL_3, points);
        assertThat(outcome).isInstanceOfSatisfying(FitOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("needs at least 4 points").contains("got 2"));
    }
}
