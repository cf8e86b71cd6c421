package org.palpa.core.calibration;

/** Whether a calibration point was taken while the load was going up or coming down; the two differ by the sensor's hysteresis. */
public enum Direction {
    /** Taken on the way up, after a lighter load. */
    LOADING,
    /** Taken on the way down, after a heavier load. */
    UNLOADING
}
