package org.palpa.adapter.gpio;

import com.pi4j.io.i2c.I2C;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.palpa.app.port.TransportException;
import org.palpa.core.hardware.Ads1115Config;

/**
 * Talks to one ADS1115 analog-to-digital converter over Pi4J I2C: writes the config register to
 * start a conversion, waits for the OS bit to say it is done, and reads the conversion register
 * (TI SBAS444, "Register Map" and "Single-Shot Mode"). Register contents travel most significant
 * byte first. A bus error, such as a NACK from a missing chip, becomes a
 * {@link TransportException} naming the bus and address.
 *
 * <p>Not thread-safe: one thread reads one chip. Reading allocates nothing.
 */
public final class Ads1115Driver {
    private final I2C i2c;
    private final String name;
    private final LongSupplier clock;
    private final byte[] buffer = new byte[2];

    /**
     * @param name  how errors name this chip, such as {@code ADS1115 at 0x48 on I2C bus 1}
     * @param clock monotonic nanoseconds, {@code System::nanoTime} outside tests
     */
    public Ads1115Driver(String name, I2C i2c, LongSupplier clock) {
        this.name = name;
        this.i2c = i2c;
        this.clock = clock;
    }

    /** A name for a chip in messages, such as {@code ADS1115 at 0x48 on I2C bus 1}. */
    public static String describe(int bus, int address) {
        return String.format(Locale.ROOT, "ADS1115 at 0x%02X on I2C bus %d", address, bus);
    }

    /** Reads the config register, which proves the chip answers at its address. */
    public int readConfig() {
        readRegister(Ads1115Config.CONFIG_REGISTER);
        return (buffer[0] & 0xFF) << 8 | (buffer[1] & 0xFF);
    }

    /**
     * Runs one single-shot conversion and returns its signed 16-bit code.
     *
     * @param startBytes {@link Ads1115Config#configBytes(boolean) configBytes(true)} of the wanted setup, computed once
     * @param conversionNanos the data rate's conversion time; the driver sleeps that long before polling
     * @throws TransportException when the chip does not answer or never finishes
     */
    public int convert(byte[] startBytes, long conversionNanos) {
        writeRegister(Ads1115Config.CONFIG_REGISTER, startBytes);
        long start = clock.getAsLong();
        LockSupport.parkNanos(conversionNanos);
        long deadline = start + 10 * conversionNanos + 10_000_000L;
        while (!Ads1115Config.conversionDone(readConfig())) {
            if (clock.getAsLong() - deadline > 0) {
                throw new TransportException(name + " started a conversion but never finished it");
            }
            LockSupport.parkNanos(Math.max(conversionNanos / 8, 50_000));
        }
        return readConversion();
    }

    /** Starts continuous conversion with {@link Ads1115Config#configBytes(boolean) configBytes(false)} of a continuous setup. */
    public void startContinuous(byte[] configBytes) {
        writeRegister(Ads1115Config.CONFIG_REGISTER, configBytes);
    }

    /** The latest conversion's signed 16-bit code. */
    public int readConversion() {
        readRegister(Ads1115Config.CONVERSION_REGISTER);
        return Ads1115Config.counts(buffer[0], buffer[1]);
    }

    private void readRegister(int register) {
        int n;
        try {
            n = i2c.readRegister(register, buffer, 0, 2);
        } catch (RuntimeException e) {
            throw new TransportException(name + " did not answer (" + cause(e) + "): check wiring, power and ADDR pin", e);
        }
        if (n != 2) {
            throw new TransportException(name + " did not answer: read " + n + " of 2 bytes of register " + register
                    + " (NACK; check wiring, power and ADDR pin)");
        }
    }

    private void writeRegister(int register, byte[] bytes) {
        int n;
        try {
            n = i2c.writeRegister(register, bytes, 0, bytes.length);
        } catch (RuntimeException e) {
            throw new TransportException(name + " did not answer (" + cause(e) + "): check wiring, power and ADDR pin", e);
        }
        if (n < 0) {
            throw new TransportException(name + " did not take register " + register + " (NACK; check wiring, power and ADDR pin)");
        }
    }

    private static String cause(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** How errors name this chip. */
    public String name() {
        return name;
    }
}
