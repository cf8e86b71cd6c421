package org.palpa.core.calibration;

import java.util.List;
import org.apache.commons.math3.analysis.ParametricUnivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.PolynomialCurveFitter;
import org.apache.commons.math3.fitting.SimpleCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Fits one {@link FitType} to calibration points with Apache Commons Math.
 *
 * <p>Polynomials are fitted on counts scaled to about 1, so that a cubic over 60 000 counts stays
 * well conditioned, and the coefficients are then scaled back. The power law starts from a
 * straight line through the points in log–log space and is refined by Levenberg–Marquardt on
 * the force itself, so that heavy and light points weigh the same in newtons.
 */
public final class CurveFitter {
    private static final int MAX_ITERATIONS = 2000;

    private CurveFitter() {
    }

    /** Fits {@code type} to {@code points}; too few points or a failed fit is a {@link FitOutcome.Refused}. */
    public static FitOutcome fit(FitType type, List<CalibrationPoint> points) {
        int distinct = (int) points.stream().mapToDouble(CalibrationPoint::counts).distinct().count();
        if (distinct < type.parameters()) {
            return new FitOutcome.Refused(type, type.id() + " needs at least " + type.parameters()
                    + " points at different readings, got " + distinct);
        }
        try {
            double[] c = type == FitType.POWER ? power(points) : polynomial(type.parameters() - 1, points);
            for (double v : c) {
                if (!Double.isFinite(v)) {
                    return new FitOutcome.Refused(type, type.id() + " fit did not converge to finite coefficients");
                }
            }
            return new FitOutcome.Fitted(new Curve(type, c));
        } catch (MathIllegalStateException | IllegalArgumentException e) {
            return new FitOutcome.Refused(type, type.id() + " fit failed: " + e.getMessage());
        }
    }

    private static double[] polynomial(int degree, List<CalibrationPoint> points) {
        double scale = 0;
        for (CalibrationPoint p : points) {
            scale = Math.max(scale, Math.abs(p.counts()));
        }
        scale = scale == 0 ? 1 : scale;
        WeightedObservedPoints obs = new WeightedObservedPoints();
        for (CalibrationPoint p : points) {
            obs.add(p.counts() / scale, p.newtons());
        }
        double[] c = PolynomialCurveFitter.create(degree).withMaxIterations(MAX_ITERATIONS).fit(obs.toList());
        for (int k = 1; k < c.length; k++) {
            c[k] /= Math.pow(scale, k);
        }
        return c;
    }

    private static double[] power(List<CalibrationPoint> points) {
        SimpleRegression logLog = new SimpleRegression();
        for (CalibrationPoint p : points) {
            if (p.counts() > 0 && p.newtons() > 0) {
                logLog.addData(Math.log(p.counts()), Math.log(p.newtons()));
            }
        }
        if (logLog.getN() < 2) {
            throw new IllegalArgumentException("power law needs at least 2 points with positive counts and force");
        }
        double[] guess = {Math.exp(logLog.getIntercept()), logLog.getSlope()};
        WeightedObservedPoints obs = new WeightedObservedPoints();
        for (CalibrationPoint p : points) {
            obs.add(p.counts(), p.newtons());
        }
        return SimpleCurveFitter.create(new PowerLaw(), guess).withMaxIterations(MAX_ITERATIONS).fit(obs.toList());
    }

    /** {@code a·x^b} and its gradient, zero at and below zero counts. */
    private static final class PowerLaw implements ParametricUnivariateFunction {
        @Override
        public double value(double x, double... p) {
            return x > 0 ? p[0] * Math.pow(x, p[1]) : 0;
        }

        @Override
        public double[] gradient(double x, double... p) {
            if (x <= 0) {
                return new double[] {0, 0};
            }
            double xb = Math.pow(x, p[1]);
            return new double[] {xb, p[0] * xb * Math.log(x)};
        }
    }
}
