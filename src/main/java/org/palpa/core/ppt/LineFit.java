package org.palpa.core.ppt;

/** A running least-squares line through (time, pressure) points, to measure a ramp's rate; times relative to an origin to keep precision. */
final class LineFit {
    private final long originNanos;
    private long n;
    private double sumT;
    private double sumV;
    private double sumTT;
    private double sumTV;

    LineFit(long originNanos) {
        this.originNanos = originNanos;
    }

    void add(long timestampNanos, double value) {
        double t = (timestampNanos - originNanos) / 1e9;
        n++;
        sumT += t;
        sumV += value;
        sumTT += t * t;
        sumTV += t * value;
    }

    long count() {
        return n;
    }

    /** The slope in units per second; NaN with fewer than two distinct times. */
    double slopePerSecond() {
        double d = n * sumTT - sumT * sumT;
        return n < 2 || d <= 0 ? Double.NaN : (n * sumTV - sumT * sumV) / d;
    }
}
