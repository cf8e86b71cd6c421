package org.palpa.core.calibration;

/**
 * Turns one channel's raw reading into newtons. Implementations are pure and allocation-free,
 * because they run on every sample.
 */
public interface ChannelCalibration {

    /** Passes values through unchanged, for devices that already report newtons. */
    ChannelCalibration IDENTITY = raw -> raw;

    /** The force in newtons for a raw reading. */
    double toNewtons(double raw);

    /** Whether {@code raw} lies in the range this calibration covers; a device's own unit always does. */
    default RangeStatus rangeStatus(double raw) {
        return RangeStatus.IN_RANGE;
    }

    /** Which profile this is, for the session's record. */
    default CalibrationRef ref() {
        return CalibrationRef.NATIVE;
    }

    /** A calibration that scales a device's own force unit into newtons, such as lbf from a gauge. */
    static ChannelCalibration scale(double newtonsPerUnit) {
        return raw -> raw * newtonsPerUnit;
    }
}
