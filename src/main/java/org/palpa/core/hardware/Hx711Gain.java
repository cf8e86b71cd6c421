package org.palpa.core.hardware;

/**
 * The HX711's input channel and gain, chosen by how many PD_SCK pulses end a read.
 *
 * <p>Source: Avia Semiconductor, <i>HX711 24-Bit Analog-to-Digital Converter (ADC) for Weigh
 * Scales</i>, table "Input Channel and Gain Selection": 25 pulses select channel A with gain 128,
 * 26 select channel B with gain 32, 27 select channel A with gain 64. The choice applies to the
 * <em>next</em> conversion, and after a reset or power-down the chip starts on channel A, gain 128.
 */
public enum Hx711Gain {
    /** Channel A, gain 128: ±20 mV full scale at a 5 V supply; the usual choice for a load cell. */
    A_128('A', 128, 1),
    /** Channel B, gain 32: ±80 mV full scale at a 5 V supply. */
    B_32('B', 32, 2),
    /** Channel A, gain 64: ±40 mV full scale at a 5 V supply. */
    A_64('A', 64, 3);

    private final char channel;
    private final int gain;
    private final int extraPulses;

    Hx711Gain(char channel, int gain, int extraPulses) {
        this.channel = channel;
        this.gain = gain;
        this.extraPulses = extraPulses;
    }

    /** The input channel, {@code 'A'} or {@code 'B'}. */
    public char channel() {
        return channel;
    }

    /** The amplifier gain. */
    public int gain() {
        return gain;
    }

    /** PD_SCK pulses after the 24 data bits: 1, 2 or 3. */
    public int extraPulses() {
        return extraPulses;
    }

    /** All PD_SCK pulses of one read: 25, 26 or 27. */
    public int totalPulses() {
        return Hx711Protocol.DATA_BITS + extraPulses;
    }

    /** The gain for a config value such as {@code A128}, {@code B32} or {@code A64}, ignoring case and {@code /} or {@code _}. */
    public static Hx711Gain parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT).replace("/", "").replace("_", "");
        for (Hx711Gain g : values()) {
            if (t.equals(g.channel + Integer.toString(g.gain))) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown HX711 gain '" + text + "' (known: A128, B32, A64)");
    }

    @Override
    public String toString() {
        return channel + "/" + gain;
    }
}
