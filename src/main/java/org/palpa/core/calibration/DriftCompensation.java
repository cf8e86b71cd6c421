package org.palpa.core.calibration;

/**
 * A calibration that also removes FSR creep, sample by sample: it keeps the creep state of a
 * {@link CreepModel} and subtracts it from the calibrated reading. It is stateful, one per
 * channel, and assumes one call per sample at the device's rate. Allocation-free.
 */
public final class DriftCompensation implements ChannelCalibration {
    private final ChannelCalibration base;
    private final double share;
    private final double alpha;
    private double creepNewtons;

    /**
     * @param base         the static calibration
     * @param model        the creep to remove
     * @param sampleRateHz samples per second
     */
    public DriftCompensation(ChannelCalibration base, CreepModel model, double sampleRateHz) {
        this.base = base;
        this.share = model.share();
        this.alpha = 1 - Math.exp(-1 / (sampleRateHz * model.tauSeconds()));
    }

    @Override
    public double toNewtons(double raw) {
        double reading = base.toNewtons(raw);
        // Solves s = s' + alpha·(share·(reading − s) − s') for this sample's creep s, so that the
        // load returned, reading − s, is exact for a sensor that follows the model.
        creepNewtons = (creepNewtons * (1 - alpha) + alpha * share * reading) / (1 + alpha * share);
        return reading - creepNewtons;
    }

    @Override
    public RangeStatus rangeStatus(double raw) {
        return base.rangeStatus(raw);
    }

    @Override
    public CalibrationRef ref() {
        return base.ref();
    }
}
