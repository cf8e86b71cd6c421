package org.palpa.cli;

import java.util.List;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.port.Transport;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** The named devices Palpa can open without hardware, and the wiring that builds their transports. */
final class DeviceCatalog {
    static final List<String> NAMES = List.of("sim-algometer", "sim-glove", "sim-glove-16");

    private DeviceCatalog() {
    }

    /**
     * Builds the transport for a named device.
     *
     * @throws IllegalArgumentException listing the known names when {@code name} is not one
     */
    static Transport open(String name, long seed, double speed, long maxFrames) {
        SimulatedDeviceSpec spec = switch (name) {
            case "sim-algometer" -> SimulatedDeviceSpec.algometer();
            case "sim-glove" -> SimulatedDeviceSpec.glove();
            case "sim-glove-16" -> SimulatedDeviceSpec.denseGlove(16, 1000);
            default -> throw new IllegalArgumentException("unknown device '" + name + "' (known: "
                    + String.join(", ", NAMES) + ")");
        };
        return new SimulatedTransport(spec, seed, speed, maxFrames);
    }
}
