package org.palpa.core.protocol;

/**
 * Maps a device's microsecond clock onto the host's nanosecond clock. It fits
 * {@code host = offset + rate × device} by least squares over the recent past (weights fading with
 * a time constant of {@link #MEMORY_SECONDS} of device time), so the crystal's drift is followed
 * while arrival jitter is averaged away. Results never go backwards. A jump of more than
 * {@link #RESTART_SECONDS} between the fit and an arrival (a device restart, a long unplug)
 * starts a fresh fit.
 */
public final class DeviceClock {
    /** How long the fit remembers, in seconds of device time. */
    public static final double MEMORY_SECONDS = 30;
    /** A disagreement that means the device clock restarted. */
    public static final double RESTART_SECONDS = 1;
    private static final double MIN_SPAN_SECONDS = 0.5;

    private double sw;
    private double sx;
    private double sy;
    private double sxx;
    private double sxy;
    private long x0;
    private long y0;
    private double lastX;
    private double firstX;
    private boolean started;
    private long lastOut = Long.MIN_VALUE;
    private double driftPpm;

    /**
     * The host time of a sample.
     *
     * @param deviceMicros unwrapped device time of the sample
     * @param arrivalNanos host time its bytes arrived
     */
    public long toHostNanos(long deviceMicros, long arrivalNanos) {
        if (!started) {
            restart(deviceMicros, arrivalNanos);
        }
        double x = (deviceMicros - x0) / 1e6;
        double y = (arrivalNanos - y0) / 1e9;
        double predicted = predict(x);
        if (x < lastX || Math.abs(predicted - y) > RESTART_SECONDS) {
            restart(deviceMicros, arrivalNanos);
            x = 0;
            y = 0;
        }
        double fade = Math.exp(-(x - lastX) / MEMORY_SECONDS);
        sw = sw * fade + 1;
        sx = sx * fade + x;
        sy = sy * fade + y;
        sxx = sxx * fade + x * x;
        sxy = sxy * fade + x * y;
        lastX = x;
        long out = y0 + Math.round(predict(x) * 1e9);
        if (out <= lastOut) {
            out = lastOut + 1;
        }
        lastOut = out;
        return out;
    }

    private double predict(double x) {
        if (sw == 0) {
            return x;
        }
        double det = sw * sxx - sx * sx;
        double rate = 1;
        if (lastX - firstX >= MIN_SPAN_SECONDS && det > 1e-12) {
            rate = (sw * sxy - sx * sy) / det;
            driftPpm = (1 / rate - 1) * 1e6;
        }
        double offset = (sy - rate * sx) / sw;
        return offset + rate * x;
    }

    private void restart(long deviceMicros, long arrivalNanos) {
        started = true;
        x0 = deviceMicros;
        y0 = arrivalNanos;
        sw = sx = sy = sxx = sxy = 0;
        lastX = 0;
        firstX = 0;
    }

    /** How much faster the device clock runs than the host's, in parts per million, as last estimated. */
    public double driftPpm() {
        return driftPpm;
    }
}
