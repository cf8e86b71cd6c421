package org.palpa.core.hardware;

/**
 * The HX711's serial protocol as pure rules: decoding the 24 bits, the pulse counts, the timing
 * limits, and which readings to trust. One instance follows one chip; the pin I/O is the driver's.
 *
 * <p>Source: Avia Semiconductor, <i>HX711 24-Bit Analog-to-Digital Converter (ADC) for Weigh
 * Scales</i>, sections "Serial Interface" and "Reset and Power-Down" and the timing table of the
 * "Data output, input and gain selection timing" figure.
 *
 * <p>Failure mode: PD_SCK high for more than 60 µs powers the chip down, and its return low resets
 * it to channel A, gain 128. A Java thread can be descheduled or paused by the garbage collector
 * between setting PD_SCK high and setting it low, so a pulse may run long. The driver therefore
 * times every high phase and reports the longest; {@link #judge} discards any read whose longest
 * pulse exceeds the 50 µs maximum high time (a margin below the 60 µs power-down threshold) and
 * assumes the chip reset, so that the next conversion is also checked for the right gain.
 */
public final class Hx711Protocol {
    /** Data bits per conversion, sent MSB first in two's complement. */
    public static final int DATA_BITS = 24;
    /** The largest code: a positive input at or beyond full scale (7FFFFFh). */
    public static final int MAX_COUNTS = 0x7FFFFF;
    /** The smallest code: a negative input at or beyond full scale (800000h). */
    public static final int MIN_COUNTS = -0x800000;
    /** Datasheet T3, PD_SCK high time, maximum: 50 µs. */
    public static final long MAX_HIGH_NANOS = 50_000;
    /** Datasheet: PD_SCK high for longer than 60 µs enters power-down. */
    public static final long POWER_DOWN_NANOS = 60_000;
    /** Datasheet T3 and T4 minimum, PD_SCK high and low time: 0.2 µs. */
    public static final long MIN_PHASE_NANOS = 200;

    private final Hx711Gain gain;
    private Hx711Gain nextConversionGain = Hx711Gain.A_128;

    /** Follows a chip that was just powered up or reset, configured for {@code gain}. */
    public Hx711Protocol(Hx711Gain gain) {
        if (gain == null) {
            throw new IllegalArgumentException("HX711 needs a gain");
        }
        this.gain = gain;
    }

    /** The configured channel and gain. */
    public Hx711Gain gain() {
        return gain;
    }

    /** PD_SCK pulses the driver must send in each read: 25, 26 or 27. */
    public int pulsesPerRead() {
        return gain.totalPulses();
    }

    /** Records that the chip was powered down and up: its next conversion is channel A, gain 128. */
    public void reset() {
        nextConversionGain = Hx711Gain.A_128;
    }

    /**
     * Turns the 24 bits of one read into a signed value.
     *
     * @param raw24 the bits in the low 24 bits of an int, MSB first as clocked in
     */
    public static int signExtend(int raw24) {
        return (raw24 << 8) >> 8;
    }

    /**
     * Judges one completed read: the 24 bits and the longest PD_SCK high phase the driver
     * measured while clocking all {@link #pulsesPerRead()} pulses.
     */
    public Hx711Reading judge(int raw24, long longestHighNanos) {
        Hx711Gain madeWith = nextConversionGain;
        if (longestHighNanos > MAX_HIGH_NANOS) {
            nextConversionGain = Hx711Gain.A_128;
            return new Hx711Reading.Discarded(Hx711Reading.Reason.PULSE_TOO_LONG, String.format(java.util.Locale.ROOT,
                    "a PD_SCK pulse stayed high %.1f µs (limit %.0f µs); the chip may have powered down",
                    longestHighNanos / 1e3, MAX_HIGH_NANOS / 1e3));
        }
        nextConversionGain = gain;
        if (madeWith != gain) {
            return new Hx711Reading.Discarded(Hx711Reading.Reason.GAIN_SETTLING,
                    "conversion was made with " + madeWith + ", configured " + gain);
        }
        int counts = signExtend(raw24 & 0xFFFFFF);
        if (counts == MAX_COUNTS || counts == MIN_COUNTS) {
            return new Hx711Reading.Saturated(counts);
        }
        return new Hx711Reading.Valid(counts);
    }

    /**
     * The longest the driver should wait for DOUT to go low: four conversion periods plus the
     * settling time after a reset (datasheet: 400 ms at 10 SPS, 50 ms at 80 SPS).
     */
    public static long readyTimeoutMillis(int samplesPerSecond) {
        return switch (samplesPerSecond) {
            case 10 -> 4 * 100 + 400;
            case 80 -> 4 * 13 + 50;
            default -> throw new IllegalArgumentException("HX711 runs at 10 or 80 samples/s (RATE pin), not "
                    + samplesPerSecond);
        };
    }
}
