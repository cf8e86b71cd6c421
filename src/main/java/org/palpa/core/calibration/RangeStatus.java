package org.palpa.core.calibration;

/**
 * Whether a calibrated reading can be trusted: inside the range the calibration was made over,
 * beyond it, or at the converter's limit. A reading that is not {@link #IN_RANGE} is shown as
 * such and is held at the range's edge, never extrapolated.
 */
public enum RangeStatus {
    /** Inside the calibrated counts. */
    IN_RANGE,
    /** Outside the calibrated counts but below saturation: the value is clamped to the range's edge. */
    BEYOND_CALIBRATION,
    /** At or past the converter's saturation count: the true force is unknown and above the edge. */
    SATURATED;

    /** How a display names it: {@code beyond calibration}, {@code saturated}, or empty when in range. */
    public String label() {
        return switch (this) {
            case IN_RANGE -> "";
            case BEYOND_CALIBRATION -> "beyond calibration";
            case SATURATED -> "saturated";
        };
    }
}
