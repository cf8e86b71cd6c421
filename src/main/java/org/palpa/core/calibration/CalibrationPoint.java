package org.palpa.core.calibration;

/**
 * One reference load and the reading it gave.
 *
 * @param counts    the stable reading, in counts above the tare
 * @param newtons   the reference force applied, in newtons
 * @param direction whether the load was rising or falling when the point was taken
 */
public record CalibrationPoint(double counts, double newtons, Direction direction) {
    public CalibrationPoint {
        if (!Double.isFinite(counts) || !Double.isFinite(newtons)) {
            throw new IllegalArgumentException("calibration point must be finite, was " + counts + " counts at "
                    + newtons + " N");
        }
        if (newtons < 0) {
            throw new IllegalArgumentException("reference force must not be negative, was " + newtons + " N");
        }
        if (direction == null) {
            throw new IllegalArgumentException("calibration point needs a direction");
        }
    }

    /** A point taken while loading. */
    public static CalibrationPoint loading(double counts, double newtons) {
        return new CalibrationPoint(counts, newtons, Direction.LOADING);
    }

    /** A point taken while unloading. */
    public static CalibrationPoint unloading(double counts, double newtons) {
        return new CalibrationPoint(counts, newtons, Direction.UNLOADING);
    }
}
