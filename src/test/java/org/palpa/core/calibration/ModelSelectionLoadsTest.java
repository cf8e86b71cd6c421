package org.palpa.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Too few distinct loads for a model are refused, and held-out error leaves out a whole load. */
class ModelSelectionLoadsTest {
    private static final List<FitType> ALL = List.of(FitType.values());

    @Test
    void givenTheTareAndFourReadingsOfOneMass_thenEveryModelIsRefusedForTooFewDistinctLoads() {
        // --masses 1,1,1,1 --no-unloading: the tare and four readings of 9.807 N, a little noise in the counts
        List<CalibrationPoint> points = List.of(CalibrationPoint.loading(0, 0), CalibrationPoint.loading(823.5, 9.80665),
                CalibrationPoint.loading(825.4, 9.80665), CalibrationPoint.loading(826.0, 9.80665),
                CalibrationPoint.loading(826.2, 9.80665));
        ModelSelection.Result r = ModelSelection.choose(points, ALL);
        assertThat(r.chosen()).isNull();
        assertThat(r.candidates()).allSatisfy(c -> assertThat(c.refusal()).contains("distinct loads").contains("got 2"));
    }

    @Test
    void givenTheRule_thenEachModelNeedsOneLoadMoreThanItHasCoefficients() {
        assertThat(ModelSelection.minimumLoads(FitType.LINEAR)).isEqualTo(3);
        assertThat(ModelSelection.minimumLoads(FitType.POWER)).isEqualTo(3);
        assertThat(ModelSelection.minimumLoads(FitType.fromId("polynomial-2"))).isEqualTo(4);
        assertThat(ModelSelection.minimumLoads(FitType.fromId("polynomial-3"))).isEqualTo(5);
    }

    @Test
    void givenRepeatedPointsAtEachLoad_thenTheHeldOutErrorIsMeasuredWithTheWholeLoadLeftOut() {
        // a curved sensor fitted with a straight line: its twin at the same load must not vouch for a point
        double[] counts = {0, 0, 1000, 1000, 2000, 2000, 3000, 3000};
        List<CalibrationPoint> points = new java.util.ArrayList<>();
        for (double c : counts) {
            points.add(CalibrationPoint.loading(c, 1e-6 * c * c));
        }
        ModelSelection.Candidate linear = ModelSelection.score(FitType.LINEAR, points);
        // predicting 3000 counts (9 N) from the line through 0, 1 and 4 N at 0, 1000 and 2000 counts
        assertThat(linear.quality().heldOutMaxNewtons()).isGreaterThan(2.0);
    }
}
