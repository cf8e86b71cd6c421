package org.palpa.adapter.gpio;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.palpa.core.hardware.Hx711Gain;
import org.palpa.core.hardware.Hx711Protocol;
import org.palpa.core.hardware.Hx711Reading;

/**
 * Reads one HX711 load-cell amplifier by bit-banging its two pins through Pi4J: DOUT (data out of
 * the chip) and PD_SCK (clock and power-down into the chip).
 *
 * <p>A read waits for DOUT to go low (a conversion is ready), then for each of 25 to 27 pulses
 * sets PD_SCK high, samples DOUT, and sets PD_SCK low; the first 24 samples are the value, MSB
 * first, and the pulse count picks channel and gain for the next conversion (Avia Semiconductor
 * HX711 datasheet, "Serial Interface"). Each high phase is timed with the clock, from just before
 * the rising edge to just after the falling edge, an upper bound of the true high time; a phase
 * past the datasheet's 50 µs maximum, as a descheduled thread or a garbage-collection pause
 * causes, may have powered the chip down mid-read, and {@link Hx711Protocol#judge} discards that
 * read. {@link #readValue} then power-cycles the chip, so that no stray pulse of the spoiled read
 * leaves it out of step, and reads again.
 *
 * <p>Not thread-safe: one thread reads one chip.
 */
public final class Hx711Driver {
    private static final long POLL_NANOS = 200_000;
    /** Datasheet: PD_SCK high for more than 60 µs powers down; hold it twice that to be sure. */
    private static final long POWER_DOWN_HOLD_NANOS = 2 * Hx711Protocol.POWER_DOWN_NANOS;

    private final DigitalInput dout;
    private final DigitalOutput pdSck;
    private final Hx711Protocol protocol;
    private final LongSupplier clock;
    private final String name;
    private long lastLongestHighNanos;

    /**
     * @param name  how errors name this chip, such as {@code HX711 'probe' (DOUT BCM 5, PD_SCK BCM 6)}
     * @param clock monotonic nanoseconds, {@code System::nanoTime} outside tests
     */
    public Hx711Driver(String name, DigitalInput dout, DigitalOutput pdSck, Hx711Gain gain, LongSupplier clock) {
        this.name = name;
        this.dout = dout;
        this.pdSck = pdSck;
        this.protocol = new Hx711Protocol(gain);
        this.clock = clock;
    }

    /** Whether a conversion is waiting: DOUT low. */
    public boolean ready() {
        return dout.isLow();
    }

    /** One attempt: waits up to {@code timeoutMillis} for data, clocks it in and judges it. */
    public Hx711Reading read(long timeoutMillis) {
        long start = clock.getAsLong();
        long timeoutNanos = timeoutMillis * 1_000_000L;
        while (!dout.isLow()) {
            if (clock.getAsLong() - start >= timeoutNanos) {
                return new Hx711Reading.NotReady(timeoutMillis);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        int raw = 0;
        long longest = 0;
        int pulses = protocol.pulsesPerRead();
        for (int i = 0; i < pulses; i++) {
            long before = clock.getAsLong();
            pdSck.high();
            boolean bit = dout.isHigh();
            pdSck.low();
            long highNanos = clock.getAsLong() - before;
            if (highNanos > longest) {
                longest = highNanos;
            }
            if (i < Hx711Protocol.DATA_BITS) {
                raw = raw << 1 | (bit ? 1 : 0);
            }
        }
        lastLongestHighNanos = longest;
        return protocol.judge(raw, longest);
    }

    /**
     * Reads until a reading is usable: a value, a saturated value, or data that never became
     * ready. Discarded readings (a long pulse, a conversion at the wrong gain) are counted into
     * {@code discards} when it is not null and read again, at most {@code maxAttempts} times.
     * After a long pulse the chip is power-cycled first, so the next read starts in step.
     */
    public Hx711Reading readValue(long timeoutMillis, int maxAttempts, long[] discards) {
        Hx711Reading r = null;
        for (int i = 0; i < maxAttempts; i++) {
            r = read(timeoutMillis);
            if (!(r instanceof Hx711Reading.Discarded d)) {
                return r;
            }
            if (discards != null) {
                discards[0]++;
            }
            if (d.reason() == Hx711Reading.Reason.PULSE_TOO_LONG) {
                // The chip may have reset mid-read, and the rest of that read's pulses may have
                // clocked bits out of its next conversion, leaving chip and driver out of step
                // with a later read that looks valid (datasheet, "Serial Interface": fewer than 25
                // or more than 27 pulses in one conversion period is a communication error). A
                // deliberate power cycle puts both back at the start of a fresh conversion.
                powerDown();
                powerUp();
            }
        }
        return r;
    }

    /** Powers the chip down: PD_SCK low, then high for longer than 60 µs (datasheet "Reset and Power-Down"). */
    public void powerDown() {
        pdSck.low();
        pdSck.high();
        long until = clock.getAsLong() + POWER_DOWN_HOLD_NANOS;
        while (clock.getAsLong() < until) {
            LockSupport.parkNanos(POWER_DOWN_HOLD_NANOS);
        }
    }

    /** Powers the chip up: PD_SCK low resets it to channel A, gain 128; the first conversion then needs its settling time. */
    public void powerUp() {
        pdSck.low();
        protocol.reset();
    }

    /** The longest PD_SCK high phase of the last completed read, in nanoseconds: the figure the jitter check judges. */
    public long lastLongestHighNanos() {
        return lastLongestHighNanos;
    }

    /** The configured channel and gain. */
    public Hx711Gain gain() {
        return protocol.gain();
    }

    /** How errors name this chip. */
    public String name() {
        return name;
    }
}
