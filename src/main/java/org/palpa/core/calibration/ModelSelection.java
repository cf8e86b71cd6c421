package org.palpa.core.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Fits every candidate model and picks one on held-out error, not on R² (which always favours the
 * model with more coefficients).
 *
 * <p>Each candidate is scored by leave-one-load-out cross-validation: it is refitted without every
 * point of one reference load in turn and judged on the points it did not see, so that repeated or
 * unloading points at the same load cannot vouch for each other. A model therefore needs at least
 * one distinct load more than it has coefficients ({@link #minimumLoads}): a straight line 3
 * (counting the unloaded tare), a power law 3, a polynomial of degree d d + 2; with fewer it is
 * refused, because its error could not be measured on a load it has not seen. Among the candidates whose held-out RMS error is
 * within {@value #PARSIMONY_MARGIN_PERCENT}% of the best, or worse by less than
 * {@value #NEGLIGIBLE_PERCENT_FULL_SCALE}% of full scale (a difference no feedback can show), the
 * one with the fewest coefficients wins, list order breaking ties; so noise alone never buys a cubic. A curve that is not strictly rising
 * over the calibrated counts is refused: a force reading must never have two answers.
 */
public final class ModelSelection {
    /** How much worse than the best held-out error a simpler model may be and still be chosen. */
    public static final double PARSIMONY_MARGIN_PERCENT = 10;
    /** A held-out error difference too small to matter, as a percentage of the largest reference force. */
    public static final double NEGLIGIBLE_PERCENT_FULL_SCALE = 0.1;

    /** One candidate's result: a curve with its quality, or the reason it was refused. */
    public record Candidate(FitType type, Curve curve, FitQuality quality, String refusal) {
        /** Whether the candidate produced a usable curve. */
        public boolean usable() {
            return refusal == null;
        }
    }

    /**
     * The outcome of a selection.
     *
     * @param candidates every model tried, in the order given
     * @param chosen     the chosen candidate, or null when none was usable
     * @param reason     why it was chosen, or why nothing was, for the report
     */
    public record Result(List<Candidate> candidates, Candidate chosen, String reason) {
        public Result {
            candidates = List.copyOf(candidates);
        }
    }

    private ModelSelection() {
    }

    /** Fits each of {@code types} to {@code points} and chooses one. */
    public static Result choose(List<CalibrationPoint> points, List<FitType> types) {
        List<Candidate> candidates = new ArrayList<>();
        for (FitType type : types) {
            candidates.add(score(type, points));
        }
        List<Candidate> usable = candidates.stream().filter(Candidate::usable).toList();
        if (usable.isEmpty()) {
            String why = candidates.stream().map(Candidate::refusal).reduce((a, b) -> a + "; " + b).orElse("no model given");
            return new Result(candidates, null, "no model could be fitted: " + why);
        }
        Candidate best = usable.stream().min(Comparator.comparingDouble(c -> c.quality().heldOutRmsNewtons())).get();
        double fullScale = points.stream().mapToDouble(CalibrationPoint::newtons).max().orElse(0);
        double bestRms = best.quality().heldOutRmsNewtons();
        double limit = Math.max(bestRms * (1 + PARSIMONY_MARGIN_PERCENT / 100),
                bestRms + fullScale * NEGLIGIBLE_PERCENT_FULL_SCALE / 100);
        Candidate chosen = usable.stream().filter(c -> c.quality().heldOutRmsNewtons() <= limit)
                .min(Comparator.comparingInt(c -> c.type().parameters())).get();
        String reason = chosen == best
                ? String.format(Locale.ROOT, "%s has the lowest held-out RMS error, %.3f N", chosen.type().id(),
                        best.quality().heldOutRmsNewtons())
                : String.format(Locale.ROOT, "%s has %d coefficients and its held-out RMS error %.3f N is within %.0f%% "
                                + "or %.1f%% of full scale of the best (%s, %.3f N)", chosen.type().id(),
                        chosen.type().parameters(), chosen.quality().heldOutRmsNewtons(), PARSIMONY_MARGIN_PERCENT,
                        NEGLIGIBLE_PERCENT_FULL_SCALE, best.type().id(),
                        best.quality().heldOutRmsNewtons());
        return new Result(candidates, chosen, reason);
    }

    /** The distinct reference loads a model of {@code type} needs: one more than its coefficients. */
    public static int minimumLoads(FitType type) {
        return type.parameters() + 1;
    }

    /** How many distinct reference loads {@code points} hold, the unloaded tare included. */
    static int distinctLoads(List<CalibrationPoint> points) {
        return (int) points.stream().mapToLong(p -> Math.round(p.newtons() * 1e6)).distinct().count();
    }

    /** Fits one model and measures it, with leave-one-load-out predictions. */
    public static Candidate score(FitType type, List<CalibrationPoint> points) {
        int loads = distinctLoads(points);
        if (loads < minimumLoads(type)) {
            return new Candidate(type, null, null, type.id() + " needs at least " + minimumLoads(type)
                    + " distinct loads (the tare counts as one) to fit and to test on a load left out, got " + loads);
        }
        if (points.size() < type.minimumPoints()) {
            return new Candidate(type, null, null, type.id() + " needs at least " + type.minimumPoints()
                    + " points (to fit and to test on a left-out point), got " + points.size());
        }
        FitOutcome whole = CurveFitter.fit(type, points);
        if (whole instanceof FitOutcome.Refused r) {
            return new Candidate(type, null, null, r.reason());
        }
        Curve curve = ((FitOutcome.Fitted) whole).curve();
        double lo = points.stream().mapToDouble(CalibrationPoint::counts).min().orElse(0);
        double hi = points.stream().mapToDouble(CalibrationPoint::counts).max().orElse(0);
        if (!curve.increasingOver(type == FitType.POWER ? Math.max(0, lo) : lo, hi)) {
            return new Candidate(type, curve, null, type.id() + " is not strictly rising over "
                    + String.format(Locale.ROOT, "%.0f..%.0f counts", lo, hi));
        }
        double[] heldOut = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            long load = Math.round(points.get(i).newtons() * 1e6);
            List<CalibrationPoint> rest = points.stream().filter(p -> Math.round(p.newtons() * 1e6) != load).toList();
            FitOutcome partial = CurveFitter.fit(type, rest);
            if (partial instanceof FitOutcome.Refused r) {
                return new Candidate(type, curve, null, "leaving out the load of point " + (i + 1) + ": " + r.reason());
            }
            heldOut[i] = ((FitOutcome.Fitted) partial).curve().newtons(points.get(i).counts());
        }
        return new Candidate(type, curve, FitQuality.of(curve, points, heldOut), null);
    }
}
