package org.palpa.core.hold;

/** Mean and variance by Welford's method, mergeable by Chan's formula; no allocation. */
final class RunningStats {
    private long count;
    private double mean;
    private double m2;

    void add(double x) {
        count++;
        double d = x - mean;
        mean += d / count;
        m2 += d * (x - mean);
    }

    /** Adds all of {@code other} into this, then clears {@code other}. */
    void absorb(RunningStats other) {
        if (other.count == 0) {
            return;
        }
        long n = count + other.count;
        double d = other.mean - mean;
        mean += d * other.count / n;
        m2 += other.m2 + d * d * count * other.count / n;
        count = n;
        other.clear();
    }

    void clear() {
        count = 0;
        mean = 0;
        m2 = 0;
    }

    long count() {
        return count;
    }

    double mean() {
        return mean;
    }

    /** Sample standard deviation over mean; 0 with fewer than two values or a zero mean. */
    double coefficientOfVariation() {
        if (count < 2 || mean == 0) {
            return 0;
        }
        return Math.sqrt(m2 / (count - 1)) / Math.abs(mean);
    }
}
