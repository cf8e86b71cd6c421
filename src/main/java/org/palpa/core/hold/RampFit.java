package org.palpa.core.hold;

/** Least-squares slope of value over time, kept as running sums; no allocation. */
final class RampFit {
    private long n;
    private double sx;
    private double sy;
    private double sxx;
    private double sxy;

    void add(double seconds, double value) {
        n++;
        sx += seconds;
        sy += value;
        sxx += seconds * seconds;
        sxy += seconds * value;
    }

    void clear() {
        n = 0;
        sx = sy = sxx = sxy = 0;
    }

    /** The slope in value per second; 0 with fewer than two distinct times. */
    double slope() {
        double den = n * sxx - sx * sx;
        if (n < 2 || den <= 0) {
            return 0;
        }
        return (n * sxy - sx * sy) / den;
    }
}
