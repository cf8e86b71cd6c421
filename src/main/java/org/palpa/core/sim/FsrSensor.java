package org.palpa.core.sim;

import java.util.SplittableRandom;

/**
 * A force-sensing resistor read through a voltage divider by a 12-bit converter. Force follows a
 * power law of the counts, {@code F = a·c^b} (the FSR's conductance is close to proportional to
 * force, Interlink FSR 400 data sheet; the divider bends it), and the sensor shows hysteresis:
 * on the way down it reads as if a share of the recent peak load were still on it.
 */
public final class FsrSensor implements SensorModel {
    private static final double CONTACT_NEWTONS = 0.3;

    private final double scale;
    private final double exponent;
    private final double hysteresisShare;
    private final double noiseCounts;
    private final double maxCounts;
    private final SplittableRandom random;
    private double peakNewtons;

    /**
     * @param scale           {@code a} in {@code F = a·c^b}
     * @param exponent        {@code b}
     * @param hysteresisShare share of (peak − current) load still read while unloading
     * @param noiseCounts     standard deviation of the noise
     * @param maxCounts       the converter's top count
     */
    public FsrSensor(double scale, double exponent, double hysteresisShare, double noiseCounts, double maxCounts,
                     SplittableRandom random) {
        this.scale = scale;
        this.exponent = exponent;
        this.hysteresisShare = hysteresisShare;
        this.noiseCounts = noiseCounts;
        this.maxCounts = maxCounts;
        this.random = random;
    }

    @Override
    public double counts(double newtons) {
        double f = Math.max(0, newtons);
        peakNewtons = f < CONTACT_NEWTONS ? 0 : Math.max(peakNewtons, f);
        double felt = f + hysteresisShare * (peakNewtons - f);
        double c = Math.pow(felt / scale, 1 / exponent) + noiseCounts * random.nextGaussian();
        return Math.max(0, Math.min(maxCounts, Math.rint(c)));
    }

    @Override
    public double saturationCounts() {
        return maxCounts;
    }

    @Override
    public String kind() {
        return "FSR";
    }

    @Override
    public double newtonsAt(double counts) {
        return counts > 0 ? scale * Math.pow(counts, exponent) : 0;
    }
}
