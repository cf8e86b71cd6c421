package org.palpa.core.sim;

import java.util.SplittableRandom;

/**
 * A force-sensing resistor read through a voltage divider by a 12-bit converter. Force follows a
 * power law of the counts, {@code F = a·c^b} (the FSR's conductance is close to proportional to
 * force, Interlink FSR 400 data sheet; the divider bends it), and the sensor shows hysteresis:
 * on the way down it reads as if a share of the recent peak load were still on it. Optionally it
 * also creeps: under a steady load the reading rises to (1 + share) times the load with a time
 * constant (the first-order model of {@link org.palpa.core.calibration.CreepModel}).
 */
public final class FsrSensor implements SensorModel {
    private static final double CONTACT_NEWTONS = 0.3;

    private final double scale;
    private final double exponent;
    private final double hysteresisShare;
    private final double noiseCounts;
    private final double maxCounts;
    private final SplittableRandom random;
    private final double creepShare;
    private final double creepAlpha;
    private double peakNewtons;
    private double creepNewtons;

    /**
     * @param scale           {@code a} in {@code F = a·c^b}
     * @param exponent        {@code b}
     * @param hysteresisShare share of (peak − current) load still read while unloading
     * @param noiseCounts     standard deviation of the noise
     * @param maxCounts       the converter's top count
     */
    public FsrSensor(double scale, double exponent, double hysteresisShare, double noiseCounts, double maxCounts,
                     SplittableRandom random) {
        this(scale, exponent, hysteresisShare, noiseCounts, maxCounts, random, 0, 1);
    }

    /**
     * A sensor that also creeps.
     *
     * @param creepShare        how much a steady load is over-read once creep has settled
     * @param creepSamples      the creep's time constant, in samples
     */
    public FsrSensor(double scale, double exponent, double hysteresisShare, double noiseCounts, double maxCounts,
                     SplittableRandom random, double creepShare, double creepSamples) {
        this.creepShare = creepShare;
        this.creepAlpha = 1 - Math.exp(-1 / creepSamples);
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
        creepNewtons += creepAlpha * (creepShare * f - creepNewtons);
        double felt = f + creepNewtons + hysteresisShare * (peakNewtons - f);
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
