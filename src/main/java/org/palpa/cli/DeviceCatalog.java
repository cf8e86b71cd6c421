package org.palpa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.palpa.adapter.gpio.PiDevices;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.port.Transport;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** The named devices Palpa can open (simulated, and Raspberry Pi pins with a config file), and the wiring that builds their transports. */
final class DeviceCatalog {
    static final List<String> NAMES = Stream.concat(Stream.of("sim-algometer", "sim-glove", "sim-glove-16"),
            PiDevices.NAMES.stream()).toList();

    private DeviceCatalog() {
    }

    /**
     * Builds the transport for a named device.
     *
     * @throws IllegalArgumentException listing the known names when {@code name} is not one
     */
    static Transport open(String name, long seed, double speed, long maxFrames) {
        if (PiDevices.NAMES.contains(name)) {
            throw new IllegalArgumentException("device " + name + " reads a Raspberry Pi's pins: use palpa live --device "
                    + name + " --config FILE (see docs/hardware/raspberry-pi.md)");
        }
        SimulatedDeviceSpec spec = switch (name) {
            case "sim-algometer" -> SimulatedDeviceSpec.algometer();
            case "sim-glove" -> SimulatedDeviceSpec.glove();
            case "sim-glove-16" -> SimulatedDeviceSpec.denseGlove(16, 1000);
            default -> throw new IllegalArgumentException("unknown device '" + name + "' (known: "
                    + String.join(", ", NAMES) + ")");
        };
        return new SimulatedTransport(spec, seed, speed, maxFrames);
    }

    /** Whether {@code name} is a device read from a Raspberry Pi's pins, configured by a file. */
    static boolean isPiDevice(String name) {
        return PiDevices.NAMES.contains(name);
    }

    /** Builds a Raspberry Pi device ({@code gpio-hx711}, {@code gpio-ads1115}) from its config file. */
    static PiDevices.PiDevice openPi(String name, Path configFile) {
        return PiDevices.open(name, configFile);
    }
}
