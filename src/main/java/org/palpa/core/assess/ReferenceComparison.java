package org.palpa.core.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A student's holds compared with an instructor's: holds are paired in order of occurrence on
 * each channel; each pair gives the differences (student minus instructor) of force, hold
 * duration and ramp rate, and the overall errors summarise those over all pairs.
 *
 * @param pairs            each matched pair, in order
 * @param overall          constant, absolute and variable error over the pairs' mean force,
 *                         duration and ramp-rate differences
 * @param unmatchedStudent student holds with no instructor hold to pair with
 * @param unmatchedReference instructor holds with no student hold
 * @param meanShapeDistance the pairs' mean curve distance after time alignment, or null without pairs
 */
public record ReferenceComparison(List<Pair> pairs, ErrorSummary overall, int unmatchedStudent,
                                  int unmatchedReference, Double meanShapeDistance) {

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
     */
    public record Pair(HoldTrace student, HoldTrace reference, ErrorSummary errors, double shapeDistance) {
    }

    /** Pairs the holds in order on each channel and computes the errors. */
    public static ReferenceComparison compare(List<HoldTrace> student, List<HoldTrace> reference) {
        Map<Integer, List<HoldTrace>> s = byChannel(student);
        Map<Integer, List<HoldTrace>> r = byChannel(reference);
        List<Pair> pairs = new ArrayList<>();
        int extraStudent = 0;
        int extraReference = 0;
        for (int channel : new java.util.TreeSet<>(union(s, r))) {
            List<HoldTrace> a = s.getOrDefault(channel, List.of());
            List<HoldTrace> b = r.getOrDefault(channel, List.of());
            int n = Math.min(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                pairs.add(pair(a.get(i), b.get(i)));
            }
            extraStudent += a.size() - n;
            extraReference += b.size() - n;
        }
        pairs.sort(java.util.Comparator.comparingLong(p -> p.student().hold().holdStartNanos()));
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
        return new ReferenceComparison(pairs, ErrorSummary.of(force, duration, ramp), extraStudent, extraReference, shape);
    }

    private static Pair pair(HoldTrace student, HoldTrace reference) {
        double[] a = holdCurve(student);
        double[] b = holdCurve(reference);
        double[] diff = new double[HOLD_POINTS];
        for (int k = 0; k < HOLD_POINTS; k++) {
            diff[k] = a[k] - b[k];
        }
        double[] duration = {student.hold().durationSeconds() - reference.hold().durationSeconds()};
        double[] ramp = {student.hold().rampRatePerSecond() - reference.hold().rampRatePerSecond()};
        return new Pair(student, reference, ErrorSummary.of(diff, duration, ramp),
                CurveAlignment.distance(student.values(), reference.values()));
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

    private static Map<Integer, List<HoldTrace>> byChannel(List<HoldTrace> traces) {
        Map<Integer, List<HoldTrace>> m = new TreeMap<>();
        for (HoldTrace t : traces) {
            m.computeIfAbsent(t.hold().channel(), c -> new ArrayList<>()).add(t);
        }
        return m;
    }

    private static java.util.Set<Integer> union(Map<Integer, ?> a, Map<Integer, ?> b) {
        java.util.Set<Integer> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
