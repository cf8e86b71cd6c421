package org.palpa.app.port;

/**
 * Something that puts a reference load on a sensor by itself: a motorised test stand, or the
 * simulated bench. Without one, the person calibrating places the weights by hand and the
 * calibration wizard only waits for the reading to settle.
 */
public interface LoadBench {
    /** Applies {@code newtons} to the channel under calibration; 0 removes the load. Returns at once; the load settles over time. */
    void place(double newtons);
}
