package org.palpa.adapter.ui;

import java.util.Arrays;
import java.util.Locale;

/**
 * Keeps the last delays from a sample leaving the device to its pixel being painted, in a fixed
 * ring, and summarises them for the status bar and the end-of-run report.
 */
final class LatencyMeter {
    private final long[] delays = new long[512];
    private long count;
    private long paints;
    private double earlyMedianMillis = Double.NaN;
    private long firstPaintNanos;
    private long lastPaintNanos;

    /** Records one paint; {@code delayNanos} below zero means the sample's age was not known. */
    void record(long delayNanos) {
        lastPaintNanos = System.nanoTime();
        if (paints++ == 0) {
            firstPaintNanos = lastPaintNanos;
        }
        if (delayNanos >= 0) {
            delays[(int) (count++ % delays.length)] = delayNanos;
            if (count == delays.length) {
                earlyMedianMillis = quantileMillis(0.5);
            }
        }
    }

    /** Frames painted per second between the first paint and the last. */
    double paintsPerSecond() {
        return paints < 2 ? 0 : (paints - 1) * 1e9 / Math.max(1, lastPaintNanos - firstPaintNanos);
    }

    /** The {@code q}-quantile (0..1) of the recent delays in milliseconds, or NaN if none. */
    double quantileMillis(double q) {
        int n = (int) Math.min(count, delays.length);
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(delays, n);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(n - 1, Math.round(q * (n - 1)))] / 1e6;
    }

    /** The median of the first {@code 512} delays, to compare with the latest and see whether lag grows. */
    double earlyMedianMillis() {
        return earlyMedianMillis;
    }

    long paints() {
        return paints;
    }

    /** One line, such as {@code delay 12 ms (p95 20 ms)}. */
    String summary() {
        double median = quantileMillis(0.5);
        return Double.isNaN(median) ? "delay —"
                : String.format(Locale.ROOT, "delay %.0f ms (p95 %.0f ms)", median, quantileMillis(0.95));
    }
}
