package org.palpa.core.calibration;

import java.util.Arrays;

/**
 * A fitted calibration curve: net counts to newtons.
 *
 * @param type         the model
 * @param coefficients its coefficients, finite, as many as the model has
 */
public record Curve(FitType type, double[] coefficients) {
    private static final int MONOTONIC_STEPS = 512;

    public Curve {
        if (type == null || coefficients == null) {
            throw new IllegalArgumentException("curve needs a type and coefficients");
        }
        coefficients = coefficients.clone();
        if (coefficients.length != type.parameters()) {
            throw new IllegalArgumentException(type.id() + " needs " + type.parameters() + " coefficients, got "
                    + coefficients.length);
        }
        for (int i = 0; i < coefficients.length; i++) {
            if (!Double.isFinite(coefficients[i])) {
                throw new IllegalArgumentException("coefficient " + i + " is " + coefficients[i]);
            }
        }
    }

    /** Newtons for {@code netCounts}; allocation-free. */
    public double newtons(double netCounts) {
        return type.evaluate(coefficients, netCounts);
    }

    /** Whether the curve rises strictly from {@code lowCounts} to {@code highCounts}, checked on a fine grid. */
    public boolean increasingOver(double lowCounts, double highCounts) {
        double previous = newtons(lowCounts);
        for (int i = 1; i <= MONOTONIC_STEPS; i++) {
            double y = newtons(lowCounts + (highCounts - lowCounts) * i / MONOTONIC_STEPS);
            if (!(y > previous)) {
                return false;
            }
            previous = y;
        }
        return true;
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Curve c && c.type == type && Arrays.equals(c.coefficients, coefficients);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return type.id() + Arrays.toString(coefficients);
    }
}
