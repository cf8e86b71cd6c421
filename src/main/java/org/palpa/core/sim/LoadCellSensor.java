package org.palpa.core.sim;

import java.util.SplittableRandom;

/**
 * A strain-gauge load cell behind a 16-bit converter: counts rise linearly with force from an
 * offset, with a little Gaussian noise, and clip at the converter's top. Hysteresis and creep of
 * a load cell are a few hundredths of a percent (typical C3 class cells, OIML R60) and are left out.
 *
 * @param offsetCounts     counts with no load
 * @param countsPerNewton  the span
 * @param noiseCounts      standard deviation of the noise
 * @param maxCounts        the converter's top count
 */
public record LoadCellSensor(double offsetCounts, double countsPerNewton, double noiseCounts, double maxCounts,
                             SplittableRandom random) implements SensorModel {
    @Override
    public double counts(double newtons) {
        double c = offsetCounts + countsPerNewton * newtons + noiseCounts * random.nextGaussian();
        return Math.max(0, Math.min(maxCounts, Math.rint(c)));
    }

    @Override
    public double saturationCounts() {
        return maxCounts;
    }

    @Override
    public String kind() {
        return "load cell";
    }

    @Override
    public double newtonsAt(double counts) {
        return (counts - offsetCounts) / countsPerNewton;
    }
}
