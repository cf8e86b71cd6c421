package org.palpa.cli;

import java.util.List;
import org.palpa.adapter.sim.SimulatedBench;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.port.Transport;
import org.palpa.core.sim.SensorBank;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** The named devices Palpa can open without hardware, and the wiring that builds their transports. */
final class DeviceCatalog {
    static final List<String> NAMES = List.of("sim-algometer", "sim-glove", "sim-glove-16",
            "sim-algometer-raw", "sim-glove-raw");

    private DeviceCatalog() {
    }

    /**
     * Builds the transport for a named device.
     *
     * @throws IllegalArgumentException listing the known names when {@code name} is not one
     */
    static Transport open(String name, long seed, double speed, long maxFrames) {
        if (name.endsWith(SensorBank.RAW_SUFFIX)) {
            SimulatedDeviceSpec spec = spec(name.substring(0, name.length() - SensorBank.RAW_SUFFIX.length()), name);
            return new SimulatedTransport(spec, seed, speed, maxFrames, SensorBank.forDevice(spec, seed));
        }
        return new SimulatedTransport(spec(name, name), seed, speed, maxFrames);
    }

    /**
     * A calibration bench for a simulated device that reports raw counts ({@code sim-glove-raw},
     * {@code sim-algometer-raw}): the wizard's reference loads go on {@code channel}.
     *
     * @throws IllegalArgumentException when {@code name} is not such a device
     */
    static SimulatedBench bench(String name, long seed, int channel, double speed) {
        if (!hasBench(name)) {
            throw new IllegalArgumentException("'" + name + "' has no simulated bench (benches: sim-algometer-raw, "
                    + "sim-glove-raw)");
        }
        return new SimulatedBench(sensors(name, seed), channel, speed);
    }

    /** Whether {@code name} is a simulated device with a calibration bench. */
    static boolean hasBench(String name) {
        return name.endsWith(SensorBank.RAW_SUFFIX) && NAMES.contains(name);
    }

    /** The simulated sensors of a raw-counts device, whose kind and converter limit a profile records. */
    static SensorBank sensors(String name, long seed) {
        if (!name.endsWith(SensorBank.RAW_SUFFIX)) {
            throw new IllegalArgumentException("'" + name + "' reports newtons and has no raw sensors");
        }
        return SensorBank.forDevice(spec(name.substring(0, name.length() - SensorBank.RAW_SUFFIX.length()), name), seed);
    }

    private static SimulatedDeviceSpec spec(String base, String name) {
        return switch (base) {
            case "sim-algometer" -> SimulatedDeviceSpec.algometer();
            case "sim-glove" -> SimulatedDeviceSpec.glove();
            case "sim-glove-16" -> SimulatedDeviceSpec.denseGlove(16, 1000);
            default -> throw new IllegalArgumentException("unknown device '" + name + "' (known: "
                    + String.join(", ", NAMES) + ")");
        };
    }
}
