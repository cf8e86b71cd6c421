package org.palpa.core.calibration;

/**
 * A channel reports raw converter counts and has no calibration profile, so its values cannot be
 * shown, judged or recorded as a force or pressure. It names the device and channel, so that the
 * user can be told which calibration to run.
 */
public final class UncalibratedChannelException extends IllegalArgumentException {
    private final String model;
    private final String channel;

    public UncalibratedChannelException(String model, String serial, String channel) {
        super("channel " + channel + " of " + model + (serial == null || serial.equals("unknown") ? "" : " serial " + serial)
                + " reports raw counts and has no calibration profile, "
                + "so its values cannot be shown or recorded as a force");
        this.model = model;
        this.channel = channel;
    }

    /** The device model, as the calibration command takes it. */
    public String model() {
        return model;
    }

    /** The label of the first uncalibrated channel. */
    public String channel() {
        return channel;
    }
}
