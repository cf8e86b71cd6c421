package org.palpa.core.hardware;

/**
 * One ADS1115 conversion setup: which input, what range, how fast, single-shot or continuous,
 * and the 16-bit config register word that asks for it.
 *
 * <p>Source: Texas Instruments, <i>ADS111x Ultra-Small, Low-Power, I2C-Compatible, 860-SPS,
 * 16-Bit ADCs</i> (SBAS444), "Config Register" field descriptions: bit 15 OS (write 1 to start a
 * single conversion), bits 14:12 MUX (100 to 111 are AIN0 to AIN3 against GND), bits 11:9 PGA,
 * bit 8 MODE (1 single-shot, 0 continuous), bits 7:5 DR, bits 4:0 comparator (00011 disables it).
 *
 * @param input single-ended input 0 to 3 (AIN0 to AIN3 against GND)
 * @param range the programmable-gain full-scale range
 * @param rate  the data rate
 * @param mode  single-shot or continuous conversion
 */
public record Ads1115Config(int input, Ads1115Range range, Ads1115Rate rate, Mode mode) {
    /** Register pointer of the conversion register. */
    public static final int CONVERSION_REGISTER = 0x00;
    /** Register pointer of the config register. */
    public static final int CONFIG_REGISTER = 0x01;
    /** The lowest address, ADDR tied to GND; 0x49 is VDD, 0x4A SDA, 0x4B SCL. */
    public static final int FIRST_ADDRESS = 0x48;
    /** The highest address. */
    public static final int LAST_ADDRESS = 0x4B;

    private static final int OS_START = 1 << 15;
    private static final int MUX_SINGLE_ENDED_AIN0 = 0b100;
    private static final int MODE_SINGLE_SHOT = 1 << 8;
    private static final int COMPARATOR_DISABLED = 0b00011;

    /** How the chip converts. */
    public enum Mode {
        /** Converts once per request, then powers down: lets one chip take its four inputs in turn. */
        SINGLE_SHOT,
        /** Converts over and over on one input: the fastest rate, for a chip with one input in use. */
        CONTINUOUS
    }

    public Ads1115Config {
        if (input < 0 || input > 3) {
            throw new IllegalArgumentException("ADS1115 input must be 0 to 3 (AIN0 to AIN3), was " + input);
        }
        if (range == null || rate == null || mode == null) {
            throw new IllegalArgumentException("ADS1115 config needs a range, a rate and a mode");
        }
    }

    /** The config register word; with {@code start} the OS bit asks for a single conversion now. */
    public int configWord(boolean start) {
        int word = (MUX_SINGLE_ENDED_AIN0 | input) << 12
                | range.bits() << 9
                | (mode == Mode.SINGLE_SHOT ? MODE_SINGLE_SHOT : 0)
                | rate.bits() << 5
                | COMPARATOR_DISABLED;
        return start ? word | OS_START : word;
    }

    /** The two bytes written to the config register, most significant first as the chip expects. */
    public byte[] configBytes(boolean start) {
        int w = configWord(start);
        return new byte[] {(byte) (w >>> 8), (byte) w};
    }

    /** Whether a config word read back says no conversion is running (OS bit set). */
    public static boolean conversionDone(int configWordRead) {
        return (configWordRead & OS_START) != 0;
    }

    /** The signed 16-bit code in the two conversion-register bytes, most significant first. */
    public static int counts(byte msb, byte lsb) {
        return (short) ((msb & 0xFF) << 8 | (lsb & 0xFF));
    }

    /** Volts for a code: one step is the full-scale range over 32768 (datasheet "Data Format"). */
    public double volts(int counts) {
        return counts * range.fullScaleVolts() / 32768.0;
    }

    /** Checks an I2C address is one the ADDR pin can select. */
    public static int checkAddress(int address) {
        if (address < FIRST_ADDRESS || address > LAST_ADDRESS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "ADS1115 address must be 0x48 to 0x4B, was 0x%02X", address));
        }
        return address;
    }
}
