package org.palpa.cli.calibration;

import org.palpa.cli.device.DeviceCatalog;
import org.palpa.cli.options.Durations;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.palpa.app.calibration.ChannelMonitor;
import org.palpa.app.port.LoadBench;
import org.palpa.app.port.Transport;
import org.palpa.core.calibration.Steadiness;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;
import picocli.CommandLine.Option;

/** The device, bench and steadiness options shared by {@code calibrate} and {@code calibration check}, and the wiring they share. */
public final class CalibrationSetup {
    @Option(names = "--device", paramLabel = "NAME", defaultValue = "sim-glove-raw",
            description = "Device that reports raw counts: sim-glove-raw or sim-algometer-raw (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--seed", defaultValue = "1",
            description = "Seed of a simulated device; its serial number is SIM-<seed in hex> (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--batch", description = "Ask nothing: the simulated bench places every load by itself.")
    boolean batch;

    @Option(names = "--bench-speed", paramLabel = "X", defaultValue = "1",
            description = "Speed of the simulated bench, 1 for real time (default: ${DEFAULT-VALUE}).")
    double benchSpeed;

    @Option(names = "--window", paramLabel = "SECONDS", defaultValue = "0.5",
            description = "Length of the window a reading must be steady over (default: ${DEFAULT-VALUE} s).")
    double windowSeconds;

    @Option(names = "--max-sd", paramLabel = "COUNTS", defaultValue = "5",
            description = "Largest standard deviation of a steady reading, in counts (default: ${DEFAULT-VALUE}).")
    double maxSdCounts;

    @Option(names = "--max-drift", paramLabel = "COUNTS", defaultValue = "3",
            description = "Largest change between the halves of the window, in counts (default: ${DEFAULT-VALUE}).")
    double maxDriftCounts;

    @Option(names = "--step-timeout", paramLabel = "DURATION", defaultValue = "30s", converter = Durations.class,
            description = "How long a step waits for a steady reading before asking again (default: ${DEFAULT-VALUE}).")
    long stepTimeoutMillis;

    /** What the device says about itself, without streaming. */
    DeviceInfo probe() {
        DeviceInfo info = DeviceCatalog.open(device, seed, 1, 0).connect();
        if (info.channels().stream().noneMatch(c -> c.unit() == Unit.COUNTS)) {
            throw new IllegalArgumentException("device " + device + " reports " + info.channels().get(0).unit()
                    + ", not raw counts; calibrate a device that reports counts (sim-glove-raw, sim-algometer-raw)");
        }
        return info;
    }

    /** The index of the channel labelled {@code label}, or the first channel when null. */
    static int channelIndex(DeviceInfo info, String label) {
        if (label == null) {
            return 0;
        }
        int i = info.channelNames().indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("device " + info.model() + " has no channel '" + label + "' (channels: "
                    + String.join(", ", info.channelNames()) + ")");
        }
        return i;
    }

    /**
     * The transport to calibrate {@code channel} through: the simulated bench of a simulated
     * device, which also places the loads, or the device itself, whose loads a person places.
     */
    Transport transport(int channel) {
        if (DeviceCatalog.hasBench(device)) {
            return DeviceCatalog.bench(device, seed, channel, benchSpeed);
        }
        if (batch) {
            throw new IllegalArgumentException("--batch needs a bench that places the loads; " + device + " has none");
        }
        return DeviceCatalog.open(device, seed, 1, 0);
    }

    Steadiness steadiness(DeviceInfo info) {
        int samples = Math.max(8, (int) Math.round(windowSeconds * info.nominalRateHz()));
        return new Steadiness(samples, maxSdCounts, maxDriftCounts);
    }

    /** Builds the wizard around {@code monitor}; a {@code transport} that is a {@link LoadBench} places the loads. */
    CalibrationWizard wizard(PrintStream out, ChannelMonitor monitor, Transport transport) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        LoadBench bench = transport instanceof LoadBench b ? b : null;
        out.println(bench != null ? "A simulated bench places each load when you press Enter."
                : "Place each load by hand when asked, then press Enter.");
        return new CalibrationWizard(in, out, monitor, bench, benchSpeed, batch, steadiness(monitor.device()),
                stepTimeoutMillis);
    }

    /** A monitor on {@code transport} with room for a few windows. */
    ChannelMonitor monitor(Transport transport, int channel, DeviceInfo info) {
        return new ChannelMonitor(transport, channel, 4 * steadiness(info).samples());
    }
}
