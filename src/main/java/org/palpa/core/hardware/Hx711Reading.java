package org.palpa.core.hardware;

/** What one attempt to read an HX711 gave: a value, a saturated value, or a reason to drop it. */
public sealed interface Hx711Reading {

    /**
     * A good conversion.
     *
     * @param counts the signed 24-bit value
     */
    record Valid(int counts) implements Hx711Reading {
    }

    /**
     * The input is beyond the range of the chosen gain: the chip outputs its extreme codes,
     * {@code 7FFFFFh} or {@code 800000h} (datasheet, "Serial Interface").
     *
     * @param counts {@value Hx711Protocol#MAX_COUNTS} or {@value Hx711Protocol#MIN_COUNTS}
     */
    record Saturated(int counts) implements Hx711Reading {
    }

    /**
     * A reading that must not be used; the driver reads again.
     *
     * @param reason why
     * @param detail numbers for a person, such as the pulse that ran long
     */
    record Discarded(Reason reason, String detail) implements Hx711Reading {
        public Discarded {
            if (reason == null) {
                throw new IllegalArgumentException("a discarded reading needs a reason");
            }
            detail = detail == null ? "" : detail;
        }
    }

    /**
     * DOUT did not go low within the timeout: the chip is unpowered, unwired or powered down.
     *
     * @param waitedMillis how long the driver waited
     */
    record NotReady(long waitedMillis) implements Hx711Reading {
    }

    /** Why a reading was discarded. */
    enum Reason {
        /**
         * A PD_SCK high pulse ran past the datasheet's 50 µs maximum, so the chip may have powered
         * down (past 60 µs) and reset mid-read: the bits are not trustworthy.
         */
        PULSE_TOO_LONG,
        /**
         * The conversion was made with another channel or gain than the one configured, as the
         * first conversion after a reset or a gain change is.
         */
        GAIN_SETTLING
    }
}
