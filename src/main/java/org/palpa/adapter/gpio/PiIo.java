package org.palpa.adapter.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.io.i2c.I2C;
import java.util.function.Supplier;
import org.palpa.app.port.TransportException;

/**
 * The Pi4J context of one device, and the one place that opens its pins and buses: every failure
 * becomes a {@link TransportException} that names the pin or the address and what it was for.
 */
final class PiIo implements AutoCloseable {
    private final Context pi;
    private final PiConfig.Providers providers;

    private PiIo(Context pi, PiConfig.Providers providers) {
        this.pi = pi;
        this.providers = providers;
    }

    /**
     * Starts Pi4J and checks the configured providers are there.
     *
     * @param contexts builds the context: Pi4J's auto context on a Pi, mock providers in tests
     * @param needsI2c whether the I2C provider must be present
     * @param needsGpio whether the digital providers must be present
     * @param i2cBus   the I2C bus number, when {@code needsI2c}
     */
    static PiIo open(Supplier<Context> contexts, PiConfig.Providers providers, boolean needsGpio, boolean needsI2c,
                     int i2cBus) {
        requireDeviceFiles(providers, needsGpio, needsI2c, i2cBus);
        Context pi;
        try {
            pi = contexts.get();
        } catch (RuntimeException | LinkageError e) {
            throw new TransportException("Pi4J could not start (" + reason(e) + "); is this a Raspberry Pi?", e);
        }
        PiIo io = new PiIo(pi, providers);
        try {
            if (needsGpio) {
                io.require(providers.digitalInput(), "GPIO");
                io.require(providers.digitalOutput(), "GPIO");
            }
            if (needsI2c) {
                io.require(providers.i2c(), "I2C");
            }
        } catch (TransportException e) {
            io.close();
            throw e;
        }
        return io;
    }

    /**
     * The kernel devices the real providers open: a GPIO character device for GpioD, {@code /dev/i2c-N}
     * for LinuxFS. Checked first because Pi4J's own message for a missing one names no pin or bus.
     */
    private static void requireDeviceFiles(PiConfig.Providers providers, boolean gpio, boolean i2c, int i2cBus) {
        if (gpio && providers.digitalInput().startsWith("gpiod")) {
            String[] chips = new java.io.File("/dev").list((dir, name) -> name.startsWith("gpiochip"));
            if (chips == null || chips.length == 0) {
                throw new TransportException("no GPIO on this machine (/dev/gpiochip* is missing): run Palpa on a "
                        + "Raspberry Pi; see docs/hardware/raspberry-pi.md");
            }
        }
        if (i2c && providers.i2c().startsWith("linuxfs") && !java.nio.file.Files.exists(java.nio.file.Path.of("/dev/i2c-" + i2cBus))) {
            throw new TransportException("no I2C bus " + i2cBus + " on this machine (/dev/i2c-" + i2cBus
                    + " is missing): enable I2C with raspi-config on a Raspberry Pi; see docs/hardware/raspberry-pi.md");
        }
    }

    private void require(String provider, String what) {
        boolean present;
        try {
            present = pi.hasProvider(provider);
        } catch (RuntimeException e) {
            present = false;
        }
        if (!present) {
            throw new TransportException("no " + what + " on this machine: Pi4J provider '" + provider
                    + "' is not available (run Palpa on a Raspberry Pi; see docs/hardware/raspberry-pi.md)");
        }
    }

    DigitalInput input(int bcm, String role, PullResistance pull) {
        try {
            return pi.create(DigitalInput.newConfigBuilder(pi).id("bcm" + bcm).name(role).address(bcm).pull(pull)
                    .provider(providers.digitalInput()).build());
        } catch (RuntimeException | LinkageError e) {
            throw new TransportException("BCM pin " + bcm + " (" + role + ") could not be opened as an input: "
                    + reason(e) + " (is another program using it? is the user in the gpio group?)", e);
        }
    }

    DigitalOutput output(int bcm, String role, DigitalState initial) {
        try {
            return pi.create(DigitalOutput.newConfigBuilder(pi).id("bcm" + bcm).name(role).address(bcm)
                    .initial(initial).shutdown(initial).provider(providers.digitalOutput()).build());
        } catch (RuntimeException | LinkageError e) {
            throw new TransportException("BCM pin " + bcm + " (" + role + ") could not be opened as an output: "
                    + reason(e) + " (is another program using it? is the user in the gpio group?)", e);
        }
    }

    I2C i2c(int bus, int address, String role) {
        try {
            return pi.create(I2C.newConfigBuilder(pi).id(String.format("i2c-%d-%02x", bus, address)).name(role)
                    .bus(bus).device(address).provider(providers.i2c()).build());
        } catch (RuntimeException | LinkageError e) {
            throw new TransportException(role + " could not be opened: " + reason(e)
                    + " (is I2C enabled with raspi-config? is the user in the i2c group?)", e);
        }
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    @Override
    public void close() {
        try {
            pi.shutdown();
        } catch (RuntimeException ignored) {
            // a context that failed half-way may not shut down cleanly; its pins are released by the kernel
        }
    }
}
