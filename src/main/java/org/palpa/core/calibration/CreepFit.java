package org.palpa.core.calibration;

import java.util.Locale;
import org.apache.commons.math3.analysis.ParametricUnivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.SimpleCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;

/**
 * Fits a {@link CreepModel} to a recorded hold under a constant load: the calibrated readings
 * {@code r(t) = a + b·(1 − e^(−t/tau))}, with {@code t} the time since the load was placed, by
 * Levenberg–Marquardt; {@code a} is the load and {@code share = b / a}. The recording may start a
 * little after the load was placed (while it settles): the model still counts time from the
 * placing, so the creep that happened before the first reading is not lost.
 */
public final class CreepFit {
    /** Creep smaller than this share over the hold is not worth compensating. */
    public static final double MIN_SHARE = 0.002;
    /** A rise faster than this is a load still settling, not creep (FSR creep takes tens of seconds). */
    public static final double MIN_TAU_SECONDS = 1.0;

    /** The result: a model, or why there is none. */
    public sealed interface Outcome {
        /** A model was fitted; {@code rmsNewtons} is the residual of the hold. */
        record Fitted(CreepModel model, double initialNewtons, double rmsNewtons) implements Outcome { }

        /** No model; {@code reason} is for the user. */
        record Refused(String reason) implements Outcome { }
    }

    private CreepFit() {
    }

    /**
     * @param seconds time since the load was placed, increasing
     * @param newtons the calibrated reading at each time
     */
    public static Outcome fit(double[] seconds, double[] newtons) {
        int n = seconds.length;
        if (n < 20 || newtons.length != n) {
            return new Outcome.Refused("a creep fit needs at least 20 readings of a hold, got " + Math.min(n, newtons.length));
        }
        double span = seconds[n - 1] - seconds[0];
        double first = mean(newtons, 0, Math.max(1, n / 20));
        double last = mean(newtons, n - Math.max(1, n / 20), n);
        if (!(first > 0)) {
            return new Outcome.Refused("the hold carries no load");
        }
        if (Math.abs(last - first) / first < MIN_SHARE) {
            return new Outcome.Refused(String.format(Locale.ROOT, "no creep to compensate: the reading changed %.2f%% over "
                    + "the %.0f s hold", 100 * (last - first) / first, span));
        }
        WeightedObservedPoints obs = new WeightedObservedPoints();
        for (int i = 0; i < n; i++) {
            obs.add(seconds[i], newtons[i]);
        }
        try {
            double[] p = SimpleCurveFitter.create(new Rise(), new double[] {first, last - first, span / 3})
                    .withMaxIterations(5000).fit(obs.toList());
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double e = new Rise().value(seconds[i], p) - newtons[i];
                ss += e * e;
            }
            if (p[2] < MIN_TAU_SECONDS) {
                return new Outcome.Refused(String.format(Locale.ROOT, "the reading settled within %.2f s: that is the "
                        + "load settling, not creep", p[2]));
            }
            if (p[2] > 10 * span) {
                return new Outcome.Refused(String.format(Locale.ROOT, "the creep time constant (%.1f s) is not within "
                        + "reach of a %.0f s hold; record a longer hold", p[2], span));
            }
            return new Outcome.Fitted(new CreepModel(p[1] / p[0], p[2]), p[0], Math.sqrt(ss / n));
        } catch (MathIllegalStateException | IllegalArgumentException e) {
            return new Outcome.Refused("creep fit failed: " + e.getMessage());
        }
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s / (to - from);
    }

    /** {@code a + b·(1 − e^(−t/tau))} and its gradient. */
    private static final class Rise implements ParametricUnivariateFunction {
        @Override
        public double value(double t, double... p) {
            return p[0] + p[1] * (1 - Math.exp(-t / p[2]));
        }

        @Override
        public double[] gradient(double t, double... p) {
            double e = Math.exp(-t / p[2]);
            return new double[] {1, 1 - e, -p[1] * e * t / (p[2] * p[2])};
        }
    }
}
