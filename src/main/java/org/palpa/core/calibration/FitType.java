package org.palpa.core.calibration;

import java.util.Locale;

/**
 * The shape of a calibration curve from net counts {@code x} to newtons.
 *
 * <p>Load cells are linear. Force-sensing resistors read through a voltage divider are close to a
 * power law (the force–resistance curve in the Interlink FSR 400 series integration guide is
 * nearly straight on log–log axes); with enough points a cubic can fit them better still.
 */
public enum FitType {
    /** {@code c0 + c1·x}, by least squares. */
    LINEAR(2),
    /** {@code a·x^b} for {@code x > 0}, 0 otherwise; fitted in log space, then by Levenberg–Marquardt. */
    POWER(2),
    /** {@code c0 + c1·x + c2·x²}. */
    POLYNOMIAL_2(3),
    /** {@code c0 + c1·x + c2·x² + c3·x³}. */
    POLYNOMIAL_3(4);

    private final int parameters;

    FitType(int parameters) {
        this.parameters = parameters;
    }

    /** How many coefficients the curve has. */
    public int parameters() {
        return parameters;
    }

    /** Points needed to fit the model and still judge it on a left-out point. */
    public int minimumPoints() {
        return parameters + 2;
    }

    /** The curve's value at {@code x}; allocation-free. */
    public double evaluate(double[] c, double x) {
        if (this == POWER) {
            return x > 0 ? c[0] * Math.pow(x, c[1]) : 0.0;
        }
        double y = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            y = y * x + c[i];
        }
        return y;
    }

    /** The name used in profiles and reports, such as {@code polynomial-3}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace("polynomial_", "polynomial-");
    }

    /**
     * Finds a fit type by its {@link #id()}.
     *
     * @throws IllegalArgumentException listing the known names
     */
    public static FitType fromId(String id) {
        for (FitType t : values()) {
            if (t.id().equalsIgnoreCase(id.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown fit type '" + id + "' (known: linear, power, polynomial-2, polynomial-3)");
    }
}
