package org.palpa.cli.classroom;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.palpa.adapter.serial.SerialSettings;
import org.palpa.adapter.serial.SerialTransport;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.classroom.StationEntry;
import org.palpa.app.port.Transport;
import org.palpa.cli.device.DeviceCatalog;
import org.palpa.core.protocol.Protocol;
import org.palpa.core.sim.TherapistGoal;

/**
 * Opens a station's device from what the instructor wrote: a simulated device of the catalogue
 * (each station with its own seed, so students differ), {@code serial:PORT} with the station's
 * protocol and baud rate, or a Raspberry Pi device with its config file. The text is checked at
 * once, so a typo is bad input before any window opens; the device itself opens later, and again
 * after each failure.
 */
final class StationDevices {
    static final String SERIAL = "serial:";

    private final long seed;
    private final double speed;
    private final long watchdogMillis;

    StationDevices(long seed, double speed, long watchdogMillis) {
        this.seed = seed;
        this.speed = speed;
        this.watchdogMillis = watchdogMillis;
    }

    /** What opens {@code entry}'s device; {@code index} gives a simulated device its own seed. */
    Supplier<Transport> opener(StationEntry entry, int index) {
        return opener(entry, index, null);
    }

    /** As above, a simulated device's therapist following {@code goal} (a plan's bands) when it has one. */
    Supplier<Transport> opener(StationEntry entry, int index, TherapistGoal goal) {
        String device = entry.device();
        if (device.startsWith(SERIAL)) {
            String port = device.substring(SERIAL.length());
            if (port.isBlank()) {
                throw new IllegalArgumentException("station " + entry.name() + ": serial: needs a port, as in serial:/dev/ttyUSB0");
            }
            Protocol protocol = protocol(entry);
            SerialSettings settings = new SerialSettings(port, protocol, entry.baud(), watchdogMillis);
            return () -> SerialTransport.of(settings);
        }
        if (entry.protocol() != null || entry.baud() != 0) {
            throw new IllegalArgumentException("station " + entry.name() + ": protocol and baud are for serial: devices");
        }
        if (DeviceCatalog.isPiDevice(device)) {
            if (entry.config() == null) {
                throw new IllegalArgumentException("station " + entry.name() + ": device " + device
                        + " needs its pins: add config=FILE (see docs/hardware/raspberry-pi.md)");
            }
            Path config = Path.of(entry.config());
            return () -> DeviceCatalog.openPi(device, config).transport();
        }
        if (!DeviceCatalog.NAMES.contains(device)) {
            throw new IllegalArgumentException("station " + entry.name() + ": unknown device '" + device + "' (known: "
                    + String.join(", ", DeviceCatalog.NAMES) + ", serial:PORT)");
        }
        long own = seed + index;
        return () -> {
            Transport t = DeviceCatalog.open(device, own, speed, 0);
            if (goal != null && t instanceof SimulatedTransport sim) {
                sim.following(goal);
            }
            return t;
        };
    }

    private static Protocol protocol(StationEntry entry) {
        String p = entry.protocol();
        if (p == null || p.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return Protocol.fromId(p);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("station " + entry.name() + ": " + e.getMessage());
        }
    }
}
