package org.palpa.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palpa.core.calibration.CurveFitterTest.grid;
import static org.palpa.core.calibration.CurveFitterTest.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSelectionTest {
    private static final List<FitType> ALL = List.of(FitType.values());

    @Test
    void givenFsrShapedData_thenPowerLawIsChosenOverLinear() {
        for (long seed = 1; seed <= 50; seed++) {
            double a = 60 / Math.pow(3800, 1.4);
            var points = synthetic(grid(0, 3800, 11), c -> a * Math.pow(c, 1.4), 0.08, seed);
            var result = ModelSelection.choose(points, ALL);
            assertThat(result.chosen().type()).as("seed %d: %s", seed, result.reason()).isEqualTo(FitType.POWER);
            var linear = result.candidates().get(FitType.LINEAR.ordinal());
            assertThat(linear.quality().heldOutRmsNewtons()).isGreaterThan(3 * result.chosen().quality().heldOutRmsNewtons());
        }
    }

    @Test
    void givenLoadCellShapedData_thenLinearIsChosenEvenThoughTheCubicHasHigherRSquared() {
        for (long seed = 1; seed <= 50; seed++) {
            var points = synthetic(grid(0, 50_000, 11), c -> 0.002 * c, 0.05, seed);
            var result = ModelSelection.choose(points, ALL);
            assertThat(result.chosen().type()).as("seed %d: %s", seed, result.reason()).isEqualTo(FitType.LINEAR);
            var cubic = result.candidates().get(FitType.POLYNOMIAL_3.ordinal());
            assertThat(cubic.quality().rSquared()).isGreaterThanOrEqualTo(result.chosen().quality().rSquared());
        }
    }

    @Test
    void givenTooFewPoints_thenEveryModelIsRefusedAndTheReasonSaysHowManyAreNeeded() {
        var points = List.of(CalibrationPoint.loading(0, 0), CalibrationPoint.loading(1000, 5),
                CalibrationPoint.loading(2000, 10));
        var result = ModelSelection.choose(points, ALL);
        assertThat(result.chosen()).isNull();
        assertThat(result.reason()).contains("linear needs at least 4 points").contains("got 3");
    }

    @Test
    void givenACurveThatTurnsBackWithinTheRange_thenThatModelIsRefusedAsNotRising() {
        List<CalibrationPoint> points = new ArrayList<>();
        for (double c : grid(0, 4000, 10)) {
            points.add(CalibrationPoint.loading(c, 20 - Math.pow((c - 2500) / 250, 2) * 0.2 + 10));
        }
        var candidate = ModelSelection.score(FitType.POLYNOMIAL_2, points);
        assertThat(candidate.usable()).isFalse();
        assertThat(candidate.refusal()).contains("not strictly rising");
    }

    @Test
    void givenLoadingAndUnloadingPoints_thenHysteresisAndRepeatabilityAreMeasuredInNewtons() {
        Curve identity = new Curve(FitType.LINEAR, new double[] {0, 1});
        var points = List.of(CalibrationPoint.loading(10, 10), CalibrationPoint.loading(10.4, 10),
                CalibrationPoint.loading(20, 20), CalibrationPoint.unloading(11, 10),
                CalibrationPoint.loading(40, 40));
        PointSpread spread = PointSpread.of(identity, points);
        assertThat(spread.hysteresisNewtons()).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(spread.repeatabilityNewtons()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(spread.hysteresisPercent()).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-9));
    }
}
