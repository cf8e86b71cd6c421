package org.palpa.core.hardware;

/**
 * The ADS1115's programmable-gain full-scale ranges, with their PGA field codes (TI SBAS444,
 * "Config Register", bits 11:9). The range only scales the code: no input may go beyond the
 * supply rails plus 0.3 V whatever the range, so with a 3.3 V supply use ±4.096 V or lower.
 */
public enum Ads1115Range {
    /** ±6.144 V. */
    FS_6_144(0b000, 6.144),
    /** ±4.096 V: the whole 0 to 3.3 V of an FSR divider on a Pi. */
    FS_4_096(0b001, 4.096),
    /** ±2.048 V, the power-on default. */
    FS_2_048(0b010, 2.048),
    /** ±1.024 V. */
    FS_1_024(0b011, 1.024),
    /** ±0.512 V. */
    FS_0_512(0b100, 0.512),
    /** ±0.256 V. */
    FS_0_256(0b101, 0.256);

    private final int bits;
    private final double fullScaleVolts;

    Ads1115Range(int bits, double fullScaleVolts) {
        this.bits = bits;
        this.fullScaleVolts = fullScaleVolts;
    }

    /** The PGA field value. */
    public int bits() {
        return bits;
    }

    /** The positive full-scale voltage. */
    public double fullScaleVolts() {
        return fullScaleVolts;
    }

    /** The range for a config value in volts, such as {@code 4.096}. */
    public static Ads1115Range ofVolts(double volts) {
        for (Ads1115Range r : values()) {
            if (Math.abs(r.fullScaleVolts - volts) < 1e-9) {
                return r;
            }
        }
        throw new IllegalArgumentException("ADS1115 range must be one of 6.144, 4.096, 2.048, 1.024, 0.512, 0.256 V, was "
                + volts);
    }
}
