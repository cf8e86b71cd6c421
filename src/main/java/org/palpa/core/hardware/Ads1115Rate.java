package org.palpa.core.hardware;

/** The ADS1115's data rates in samples per second, with their DR field codes (TI SBAS444, "Config Register", bits 7:5). */
public enum Ads1115Rate {
    SPS_8(0b000, 8),
    SPS_16(0b001, 16),
    SPS_32(0b010, 32),
    SPS_64(0b011, 64),
    /** The power-on default. */
    SPS_128(0b100, 128),
    SPS_250(0b101, 250),
    SPS_475(0b110, 475),
    SPS_860(0b111, 860);

    private final int bits;
    private final int samplesPerSecond;

    Ads1115Rate(int bits, int samplesPerSecond) {
        this.bits = bits;
        this.samplesPerSecond = samplesPerSecond;
    }

    /** The DR field value. */
    public int bits() {
        return bits;
    }

    public int samplesPerSecond() {
        return samplesPerSecond;
    }

    /** One conversion's time in nanoseconds, 1 / rate. */
    public long conversionNanos() {
        return 1_000_000_000L / samplesPerSecond;
    }

    /** The rate for a config value such as {@code 860}. */
    public static Ads1115Rate of(int samplesPerSecond) {
        for (Ads1115Rate r : values()) {
            if (r.samplesPerSecond == samplesPerSecond) {
                return r;
            }
        }
        throw new IllegalArgumentException("ADS1115 rate must be one of 8, 16, 32, 64, 128, 250, 475, 860 samples/s, was "
                + samplesPerSecond);
    }
}
