package org.palpa.cli.device;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.palpa.adapter.serial.PortDescription;
import org.palpa.adapter.serial.SerialTransport;
import org.palpa.app.port.Transport;

/**
 * The devices the window offers: the simulated ones, every serial port the system lists (as
 * {@code serial:PATH}, spoken to with {@code --protocol}, auto-detected by default), the port
 * given with {@code --port} even when it is not listed (a pseudo-terminal), and the Raspberry Pi
 * devices, which open only with {@code --config}.
 */
public final class GuiDevices {
    static final String SERIAL_PREFIX = "serial:";

    private final SerialOptions serial;
    private final Path piConfig;
    private final long seed;
    private final double speed;

    public GuiDevices(SerialOptions serial, Path piConfig, long seed, double speed) {
        this.serial = serial;
        this.piConfig = piConfig;
        this.seed = seed;
        this.speed = speed;
    }

    /** The names in the window's device list, the chosen serial port first. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (serial.chosen()) {
            names.add(SERIAL_PREFIX + serial.port);
        }
        names.addAll(DeviceCatalog.NAMES);
        List<PortDescription> ports;
        try {
            ports = SerialTransport.listPorts();
        } catch (RuntimeException | LinkageError e) {
            ports = List.of(); // no serial library for this platform: the simulated devices still work
        }
        for (PortDescription p : ports) {
            String name = SERIAL_PREFIX + p.path();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The device to connect at start: the --port, else the --device, else none. */
    public String first(String device) {
        return serial.chosen() ? SERIAL_PREFIX + serial.port : device;
    }

    /** Opens a device by its name in the list; failures are shown in the window. */
    public Function<String, Transport> factory() {
        return name -> {
            if (name.startsWith(SERIAL_PREFIX)) {
                return serial.transportFor(name.substring(SERIAL_PREFIX.length()));
            }
            if (DeviceCatalog.isPiDevice(name)) {
                if (piConfig == null) {
                    throw new IllegalArgumentException("device " + name + " needs its pins: start with palpa gui --device "
                            + name + " --config FILE (see docs/hardware/raspberry-pi.md)");
                }
                return DeviceCatalog.openPi(name, piConfig).transport();
            }
            return DeviceCatalog.open(name, seed, speed, 0);
        };
    }
}
