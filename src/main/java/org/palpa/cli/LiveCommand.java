package org.palpa.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.palpa.adapter.terminal.HoldTable;
import org.palpa.adapter.terminal.TerminalFeedback;
import org.palpa.app.LivePipeline;
import org.palpa.app.SessionSettings;
import org.palpa.app.SessionSummary;
import org.palpa.app.Subscription;
import org.palpa.app.port.Transport;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.DeviceInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code palpa live}: live feedback in the terminal, then a table of the holds. */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Reads a device and shows live feedback in the terminal: value, band state and hold timer.",
                "At the end (the --duration, the end of the stream, or Ctrl+C) it prints a table of the holds."})
final class LiveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    SerialOptions serial;

    @Option(names = "--device", paramLabel = "NAME", defaultValue = "sim-algometer",
            description = "Device to read: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = DeviceNames.class)
    String device;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of a simulated device (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "Speed of a simulated device: 1 for real time, 10 for ten times faster, max for as fast as possible (default: ${DEFAULT-VALUE}).")
    String speed;

    @Option(names = "--duration", paramLabel = "DURATION", converter = Durations.class, defaultValue = "0",
            description = "Stop after this much signal time, such as 60s; 0 runs until Ctrl+C (default: ${DEFAULT-VALUE}).")
    long durationMillis;

    @Option(names = "--channel", paramLabel = "LABEL", description = "Channel shown in detail (default: the first).")
    String channel;

    @Option(names = "--plain", description = "Print a line a second instead of rewriting one line in place.")
    boolean plain;

    static final class DeviceNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DeviceCatalog.NAMES.iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        Target target = targetOptions.target();
        SessionSettings settings = new SessionSettings(target, null, targetOptions.filterSpec(),
                targetOptions.probeArea(), durationMillis / 1000.0, null, 8192);
        Transport transport;
        if (serial.chosen()) {
            transport = serial.transport();
        } else {
            try {
                transport = DeviceCatalog.open(device, seed, parseSpeed(), 0);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--device': " + e.getMessage());
            }
        }
        return run(new PrintStream(System.out, true), transport, settings, channel, plain || !Terminals.interactive());
    }

    private double parseSpeed() {
        if (speed.equalsIgnoreCase("max")) {
            return 0;
        }
        try {
            double s = Double.parseDouble(speed);
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new NumberFormatException();
            }
            return s;
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--speed': '" + speed + "' is not a positive number or max");
        }
    }

    /** Runs a session on {@code transport} and prints its feedback and hold table to {@code out}. */
    static int run(PrintStream out, Transport transport, SessionSettings settings, String channelLabel, boolean plain)
            throws InterruptedException {
        LivePipeline pipeline = new LivePipeline(transport, settings);
        Subscription terminal = pipeline.subscribe("terminal", 512, false);
        DeviceInfo info = pipeline.start();
        int main = 0;
        if (channelLabel != null) {
            main = info.channelNames().indexOf(channelLabel);
            if (main < 0) {
                pipeline.close();
                throw new IllegalArgumentException("device " + info.model() + " has no channel '" + channelLabel
                        + "' (channels: " + String.join(", ", info.channelNames()) + ")");
            }
        }
        out.printf(Locale.ROOT, "Palpa live: %s (%d channel%s at %.0f Hz), target %s; filter %s. Ctrl+C to stop.%n",
                info.model(), info.channelCount(), info.channelCount() == 1 ? "" : "s", info.nominalRateHz(),
                settings.target(), settings.filter());
        CountDownLatch printed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            pipeline.stop("stopped by user");
            try {
                printed.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "palpa-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            SessionSummary summary = new TerminalFeedback(out, info, settings.target(), main, !plain).follow(terminal);
            out.printf(Locale.ROOT, "Session ended: %s. %.1f s of signal, %d frames, %d lost, %d dropped; "
                            + "smoothing delay %.0f ms.%n", summary.endReason(), summary.streamSeconds(), summary.frames(),
                    summary.lostFrames(), summary.droppedFrames(), summary.filterDelayMillis());
            HoldTable.print(out, info, summary.holds(), summary.firstTimestampNanos());
            if (transport instanceof org.palpa.adapter.serial.SerialTransport serial) {
                out.println(serial.stats().snapshot().describe());
            }
            out.flush();
            return 0;
        } finally {
            printed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running; it finishes by itself
            }
        }
    }
}
