package org.palpa.cli.live;

import org.palpa.cli.Terminals;
import org.palpa.cli.device.DeviceCatalog;
import org.palpa.cli.options.Durations;
import org.palpa.cli.options.RecordOptions;
import org.palpa.cli.options.TargetOptions;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.hold.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa demo}: a live session on the built-in simulated algometer, needing no hardware. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs a live session on the built-in simulated algometer: 40 N ± 10%% held for 20 s, for 60 s of signal.",
                "Use --device sim-glove for the five-finger glove, and --speed 10 to run ten times faster.",
                "With a display it opens the live window (until you close it); --terminal keeps the terminal feedback."})
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    TargetOptions targetOptions;

    @Option(names = "--device", defaultValue = "sim-algometer", description = "Simulated device (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--duration", converter = Durations.class, defaultValue = "60s",
            description = "Signal time to run (default: ${DEFAULT-VALUE}).")
    long durationMillis;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", converter = org.palpa.cli.options.Speeds.class,
            description = "1 for real time, 10 for ten times faster, max for as fast as possible (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--plain", description = "Print a line a second instead of rewriting one line in place.")
    boolean plain;

    @Mixin
    RecordOptions recordOptions;

    @Mixin
    org.palpa.cli.options.RawOption rawOption;

    @Option(names = "--terminal", description = "Show terminal feedback even when a display is available.")
    boolean terminal;

    @Override
    public Integer call() throws Exception {
        rawOption.check(targetOptions.plan(), false);
        recordOptions.check();
        Target target = targetOptions.target();
        if (!terminal) {
            String problem = GuiCommand.displayProblem();
            if (problem == null) {
                return GuiCommand.demo(target, targetOptions, device, seed, speed, recordOptions);
            }
            if (!problem.equals("DISPLAY is not set")) {
                System.out.println("palpa demo: no window (" + problem + "); showing terminal feedback.");
            }
        }
        SessionSettings settings = new SessionSettings(target, null, targetOptions.filterSpec(),
                targetOptions.probeArea(), durationMillis / 1000.0, null, 8192).withTargets(targetOptions.plan());
        return LiveCommand.run(new PrintStream(System.out, true), DeviceCatalog.open(device, seed, speed, 0), null,
                settings, null, plain || !Terminals.interactive(), new SessionRecording.Plan(recordOptions, "demo " + device));
    }
}
