package org.palpa.core.assess;

import java.util.Locale;

/**
 * The constants of the technique score: how far outside the band a sample still earns credit,
 * the CV and release limits, the weights of the sub-scores in the total, and the pass mark.
 * docs/assessment.md explains each; the defaults are {@link #STANDARD}.
 *
 * @param falloffFraction     partial credit falls linearly from full at the band edge to zero at
 *                            this many band half-widths outside it
 * @param steadyCv            a coefficient of variation at or below this scores 100
 * @param unsteadyCv          a coefficient of variation at or above this scores 0
 * @param releaseGoalMillis   a release (band edge to contact off) this long or longer scores 100
 * @param painCeiling         the highest pain score (0 to 10) that respects the ceiling
 * @param weights             weights of the sub-scores in a hold's total
 * @param passMark            a session total at or above this passes, 0 to 100
 */
public record AssessmentRules(double falloffFraction, double steadyCv, double unsteadyCv, long releaseGoalMillis,
                              double painCeiling, Weights weights, double passMark) {

    /**
     * The defaults: credit reaches zero one half-width outside the band, CV 5 % to 20 %, a 1 s
     * release, pain ceiling 6 of 10, pass mark 70.
     */
    public static final AssessmentRules STANDARD = new AssessmentRules(1.0, 0.05, 0.20, 1000, 6,
            Weights.STANDARD, 70);

    public AssessmentRules {
        if (!(falloffFraction > 0) || !(steadyCv >= 0) || !(unsteadyCv > steadyCv) || releaseGoalMillis <= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "assessment rules need falloff > 0, 0 <= steady CV < unsteady CV and a positive release goal,"
                            + " were %.3f, %.3f, %.3f, %d ms", falloffFraction, steadyCv, unsteadyCv, releaseGoalMillis));
        }
        if (!(painCeiling >= 0 && painCeiling <= 10) || !(passMark >= 0 && passMark <= 100) || weights == null) {
            throw new IllegalArgumentException("the pain ceiling is 0 to 10 and the pass mark 0 to 100, were "
                    + painCeiling + " and " + passMark);
        }
    }

    /** These rules with another pass mark. */
    public AssessmentRules withPassMark(double mark) {
        return new AssessmentRules(falloffFraction, steadyCv, unsteadyCv, releaseGoalMillis, painCeiling, weights, mark);
    }

    /** These rules with another pain ceiling. */
    public AssessmentRules withPainCeiling(double ceiling) {
        return new AssessmentRules(falloffFraction, steadyCv, unsteadyCv, releaseGoalMillis, ceiling, weights, passMark);
    }

    /**
     * The weight of each sub-score in a hold's total. A sub-score that does not apply to a hold
     * (no ramp-rate band, no pain marked) is left out and the others share its weight.
     */
    public record Weights(double band, double duration, double rampRate, double steadiness, double overshoot,
                          double release, double pain) {
        /** Band 30, duration 20, steadiness 15, ramp rate, overshoot and pain 10 each, release 5. */
        public static final Weights STANDARD = new Weights(30, 20, 10, 15, 10, 5, 10);

        public Weights {
            for (double w : new double[] {band, duration, rampRate, steadiness, overshoot, release, pain}) {
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("a weight must be zero or positive, was " + w);
                }
            }
        }

        /** The weight of a sub-score. */
        public double of(SubScore s) {
            return switch (s) {
                case TIME_IN_BAND -> band;
                case DURATION -> duration;
                case RAMP_RATE -> rampRate;
                case STEADINESS -> steadiness;
                case OVERSHOOT -> overshoot;
                case RELEASE -> release;
                case PAIN_CEILING -> pain;
            };
        }
    }
}
