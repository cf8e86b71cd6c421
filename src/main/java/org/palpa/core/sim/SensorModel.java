package org.palpa.core.sim;

/**
 * How a simulated sensor turns the force on it into converter counts. Implementations keep the
 * state a real sensor has (the load history behind hysteresis) and allocate nothing per sample.
 */
public interface SensorModel {
    /** The counts read for {@code newtons} applied now. */
    double counts(double newtons);

    /** The count at which the converter clips. */
    double saturationCounts();

    /** What the sensor is, as a profile records it: {@code load cell} or {@code FSR}. */
    String kind();

    /**
     * The force that gives {@code counts} on a fresh sensor loaded from zero, without noise: the
     * truth a calibration should recover.
     */
    double newtonsAt(double counts);
}
