package org.palpa.cli.device;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.palpa.adapter.gpio.PiDevices;
import org.palpa.adapter.sim.SimulatedBench;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.port.Transport;
import org.palpa.core.sim.SensorBank;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** The named devices Palpa can open (simulated, and Raspberry Pi pins with a config file), and the wiring that builds their transports. */
public final class DeviceCatalog {
    public static final List<String> NAMES = Stream.concat(Stream.of("sim-algometer", "sim-glove", "sim-glove-16",
            "sim-algometer-raw", "sim-glove-raw", "sim-glove-creep-raw"), PiDevices.NAMES.stream()).toList();
    /** The creep of the FSRs of {@code sim-glove-creep-raw}: 6% with a time constant of 8 s. */
    private static final double CREEP_SHARE = 0.06;
    private static final double CREEP_SECONDS = 8;

    private DeviceCatalog() {
    }

    /**
     * Builds the transport for a named device.
     *
     * @throws IllegalArgumentException listing the known names when {@code name} is not one
     */
    public static Transport open(String name, long seed, double speed, long maxFrames) {
        if (PiDevices.NAMES.contains(name)) {
            throw new IllegalArgumentException("device " + name + " reads a Raspberry Pi's pins: use palpa live --device "
                    + name + " --config FILE (see docs/hardware/raspberry-pi.md)");
        }
        if (name.endsWith(SensorBank.RAW_SUFFIX)) {
            return new SimulatedTransport(baseSpec(name), seed, speed, maxFrames, sensors(name, seed));
        }
        return new SimulatedTransport(spec(name, name), seed, speed, maxFrames);
    }

    /**
     * A calibration bench for a simulated device that reports raw counts ({@code sim-glove-raw},
     * {@code sim-algometer-raw}): the wizard's reference loads go on {@code channel}.
     *
     * @throws IllegalArgumentException when {@code name} is not such a device
     */
    public static SimulatedBench bench(String name, long seed, int channel, double speed) {
        if (!hasBench(name)) {
            throw new IllegalArgumentException("'" + name + "' has no simulated bench (benches: sim-algometer-raw, "
                    + "sim-glove-raw)");
        }
        return new SimulatedBench(sensors(name, seed), channel, speed);
    }

    /** Whether {@code name} is a simulated device with a calibration bench. */
    public static boolean hasBench(String name) {
        return name.endsWith(SensorBank.RAW_SUFFIX) && NAMES.contains(name);
    }

    /** The simulated sensors of a raw-counts device, whose kind and converter limit a profile records. */
    public static SensorBank sensors(String name, long seed) {
        if (!name.endsWith(SensorBank.RAW_SUFFIX)) {
            throw new IllegalArgumentException("'" + name + "' reports newtons and has no raw sensors");
        }
        boolean creeps = name.equals("sim-glove-creep-raw");
        return SensorBank.forDevice(baseSpec(name), seed, name, creeps ? CREEP_SHARE : 0, creeps ? CREEP_SECONDS : 1);
    }

    private static SimulatedDeviceSpec baseSpec(String rawName) {
        String base = rawName.substring(0, rawName.length() - SensorBank.RAW_SUFFIX.length());
        return spec(base.equals("sim-glove-creep") ? "sim-glove" : base, rawName);
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

    /** Whether {@code name} is a device read from a Raspberry Pi's pins, configured by a file. */
    public static boolean isPiDevice(String name) {
        return PiDevices.NAMES.contains(name);
    }

    /** Builds a Raspberry Pi device ({@code gpio-hx711}, {@code gpio-ads1115}) from its config file. */
    public static PiDevices.PiDevice openPi(String name, Path configFile) {
        return PiDevices.open(name, configFile);
    }
}
