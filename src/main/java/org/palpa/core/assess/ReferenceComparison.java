package org.palpa.core.assess;

import java.util.ArrayList;
import java.util.List;

/**
 * A student's holds compared with an instructor's: holds are paired by a {@link HoldPairing} (by
 * plan step when both followed one plan, else in order of occurrence on each channel); each pair
 * gives the differences (student minus instructor) of force, hold duration and ramp rate, and the
 * overall errors summarise those over all pairs.
 *
 * @param pairs            each matched pair, in order
 * @param overall          constant, absolute and variable error over the pairs' mean force,
 *                         duration and ramp-rate differences
 * @param unmatchedStudent student holds with no instructor hold to pair with
 * @param unmatchedReference instructor holds with no student hold
 * @param meanShapeDistance the pairs' mean curve distance after time alignment, or null without pairs
 * @param pairing          how the holds were paired, with the steps done on one side only
 */
public record ReferenceComparison(List<Pair> pairs, ErrorSummary overall, int unmatchedStudent,
                                  int unmatchedReference, Double meanShapeDistance, HoldPairing pairing) {

    /** Points each hold is resampled to, on a time axis from hold start (0) to hold end (1), for the sample-wise force errors. */
    static final int HOLD_POINTS = 100;

    public ReferenceComparison {
        pairs = List.copyOf(pairs);
    }

    /**
     * One matched pair of holds.
     *
     * @param student       the student's hold
     * @param reference     the instructor's hold
     * @param errors        the errors of the pair: force over the time-normalised hold samples,
     *                      and the single duration and ramp-rate differences
     * @param shapeDistance the mean difference of the contacts' curves after time alignment
     * @param step          the plan step both holds were done in, or 0 when paired in order
     */
    public record Pair(HoldTrace student, HoldTrace reference, ErrorSummary errors, double shapeDistance, int step) {
    }

    /** Pairs the holds in order on each channel and computes the errors. */
    public static ReferenceComparison compare(List<HoldTrace> student, List<HoldTrace> reference) {
        return of(HoldPairing.inOrder(student, reference, null));
    }

    /** Computes the errors of the pairs {@code pairing} made. */
    public static ReferenceComparison of(HoldPairing pairing) {
        List<Pair> pairs = new ArrayList<>();
        for (HoldPairing.Paired p : pairing.pairs()) {
            pairs.add(pair(p.student(), p.reference(), p.step()));
        }
        double[] force = new double[pairs.size()];
        double[] duration = new double[pairs.size()];
        double[] ramp = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            force[i] = p.errors().constantError().force();
            duration[i] = p.errors().constantError().duration();
            ramp[i] = p.errors().constantError().rampRate();
        }
        Double shape = pairs.isEmpty() ? null : pairs.stream().mapToDouble(Pair::shapeDistance).average().orElse(0);
        return new ReferenceComparison(pairs, ErrorSummary.of(force, duration, ramp), pairing.unmatchedStudent(),
                pairing.unmatchedReference(), shape, pairing);
    }

    private static Pair pair(HoldTrace student, HoldTrace reference, int step) {
        double[] a = holdCurve(student);
        double[] b = holdCurve(reference);
        double[] diff = new double[HOLD_POINTS];
        for (int k = 0; k < HOLD_POINTS; k++) {
            diff[k] = a[k] - b[k];
        }
        double[] duration = {student.hold().durationSeconds() - reference.hold().durationSeconds()};
        double[] ramp = {student.hold().rampRatePerSecond() - reference.hold().rampRatePerSecond()};
        return new Pair(student, reference, ErrorSummary.of(diff, duration, ramp),
                CurveAlignment.distance(student.values(), reference.values()), step);
    }

    /** The hold's samples between hold start and end, resampled to {@link #HOLD_POINTS}; the hold mean if it has too few. */
    private static double[] holdCurve(HoldTrace t) {
        List<Double> inHold = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.timesNanos()[i] >= t.hold().holdStartNanos() && t.timesNanos()[i] <= t.hold().holdEndNanos()) {
                inHold.add(t.values()[i]);
            }
        }
        if (inHold.size() < 2) {
            double[] flat = new double[HOLD_POINTS];
            java.util.Arrays.fill(flat, t.hold().mean());
            return flat;
        }
        return CurveAlignment.resample(inHold.stream().mapToDouble(Double::doubleValue).toArray(), HOLD_POINTS);
    }
}
