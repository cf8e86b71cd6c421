package org.palpa.cli.ppt;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.palpa.adapter.json.PptJson;
import org.palpa.adapter.sim.SimulatedPptTransport;
import org.palpa.adapter.terminal.PptTerminal;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.ppt.PptListener;
import org.palpa.app.ppt.PptRun;
import org.palpa.app.ppt.PressPaths;
import org.palpa.app.port.Transport;
import org.palpa.cli.Terminals;
import org.palpa.cli.device.DeviceCatalog;
import org.palpa.cli.device.SerialOptions;
import org.palpa.cli.options.Durations;
import org.palpa.cli.options.StoreOptions;
import org.palpa.core.hold.Target;
import org.palpa.core.ppt.PptProtocol;
import org.palpa.core.ppt.PptResult;
import org.palpa.core.ppt.PptSite;
import org.palpa.core.ppt.RealChange;
import org.palpa.core.ppt.SemSource;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.signal.FilterSpec;
import org.palpa.core.sim.SimulatedPatient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa ppt}: the pressure-pain-threshold protocol at one site, in the terminal or the window. */
@Command(name = "ppt", mixinStandardHelpOptions = true,
        subcommands = {PptHistoryCommand.class, PptCompareCommand.class},
        description = {"Measures the pressure pain threshold at one site by the DFNS protocol (Rolke et al. 2006).",
                "It ramps at 50 kPa/s on a 1 cm² probe for three trials and gives their mean.",
                "The patient presses the device's button or Enter at the first pain. See docs/ppt.md."})
public final class PptCommand implements Callable<Integer> {
    @Option(names = "--device", paramLabel = "NAME", defaultValue = "sim-algometer",
            description = "Device to read (default: ${DEFAULT-VALUE}); with --sim-ppt the simulated patient is on it.")
    String device;

    @Mixin
    SerialOptions serial;

    @Option(names = "--site", paramLabel = "SITE", description = "Body-map site, such as upper-trapezius (required).")
    String site;

    @Option(names = "--side", paramLabel = "SIDE", description = "left, right or midline.")
    String side;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "3", description = "Trials at the site (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--rate", paramLabel = "RATE", defaultValue = "50kPa/s", description = "Ramp rate (default: ${DEFAULT-VALUE}).")
    String rate;

    @Option(names = "--rate-tolerance", paramLabel = "RATE", defaultValue = "10kPa/s",
            description = "A trial whose ramp strays further is invalid (default: ${DEFAULT-VALUE}).")
    String rateTolerance;

    @Option(names = "--rest", paramLabel = "DURATION", converter = Durations.class, defaultValue = "30s",
            description = "Rest between trials (default: ${DEFAULT-VALUE}).")
    long restMillis;

    @Option(names = "--ceiling", paramLabel = "PRESSURE", defaultValue = "1000kPa",
            description = "Safety ceiling: a trial with no press stops here (default: ${DEFAULT-VALUE}).")
    String ceiling;

    @Option(names = "--probe-area", paramLabel = "CM2", defaultValue = "1.0", description = "Probe area in cm² (default: ${DEFAULT-VALUE}).")
    double probeAreaCm2;

    @Option(names = "--filter", paramLabel = "CHAIN", defaultValue = FilterSpec.DEFAULT,
            description = "Smoothing chain (default: ${DEFAULT-VALUE}); its group delay is corrected for.")
    String filter;

    @Option(names = "--client", paramLabel = "CODE", defaultValue = "unassigned", description = "The client's code (default: ${DEFAULT-VALUE}).")
    String client;

    @Option(names = "--therapist", paramLabel = "NAME", description = "Who measures (default: the login name).")
    String therapist;

    @Option(names = "--no-record", description = "Do not record the session.")
    boolean noRecord;

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "Print the result as palpa.ppt/1 JSON instead of the table.")
    boolean json;

    @Option(names = "--plain", description = "Print a status line a second instead of rewriting one line.")
    boolean plain;

    @Option(names = "--window", description = "Show the protocol in a window (rate meter, trial counter, rest timer).")
    boolean window;

    @Option(names = "--close-after", paramLabel = "DURATION", converter = Durations.class, defaultValue = "0",
            description = "With --window: close it this long after the protocol ends (0 waits for the user).")
    long closeAfterMillis;

    @Option(names = "--screenshot", paramLabel = "PNG", description = "With --window: save the window as a PNG when it closes.")
    java.nio.file.Path screenshot;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file of a gpio-* device (pins, stop button).")
    java.nio.file.Path config;

    private Integer piDebounceMillis;

    @Option(names = "--sim-ppt", paramLabel = "PRESSURE", description = "Simulate a patient with this true threshold on sim-algometer.")
    String simPpt;

    @Option(names = "--sim-no-button", description = "The simulated patient presses the key instead of the device's button.")
    boolean simNoButton;

    @Option(names = "--sim-unplug-trial", paramLabel = "N", defaultValue = "0", description = "Pull the simulated cable out during trial N.")
    int simUnplugTrial;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", description = "Speed of the simulation (default: ${DEFAULT-VALUE}).")
    double speed;

    @Override
    public Integer call() throws Exception {
        if (site == null) {
            throw new IllegalArgumentException("--site is required: the body-map site to measure, such as upper-trapezius");
        }
        PptSite where = PptSite.parse(site, side);
        if (!(probeAreaCm2 > 0) || Double.isInfinite(probeAreaCm2)) {
            throw new IllegalArgumentException("--probe-area must be above 0 cm², was " + probeAreaCm2);
        }
        if (!(speed > 0)) {
            throw new IllegalArgumentException("--speed must be above 0, was " + speed);
        }
        PptProtocol protocol = new PptProtocol(new ProbeArea(probeAreaCm2), PptQuantities.kpaPerSecond("--rate", rate),
                PptQuantities.kpaPerSecond("--rate-tolerance", rateTolerance), trials, restMillis,
                PptQuantities.kpa("--ceiling", ceiling), PptProtocol.DEFAULT_CONTACT_KPA);
        FilterSpec filterSpec = FilterSpec.parse(filter);
        AtomicReference<PptRun> running = new AtomicReference<>();
        Transport transport = transport(protocol, running);
        Target target = new Target(protocol.contactKpa(), protocol.ceilingKpa(), Unit.KILOPASCAL, 1000, protocol.rateBand());
        SessionSettings settings = new SessionSettings(target, null, filterSpec, protocol.probeArea(), 0, null, 8192);
        LivePipeline pipeline = new LivePipeline(transport, settings);
        PrintStream out = new PrintStream(System.out, true);
        PrintStream feedback = json ? System.err : out;
        org.palpa.adapter.ui.ppt.PptWindow shown = window
                ? PptWindowLauncher.open(where, protocol, running, closeAfterMillis, screenshot) : null;
        PptListener listener = shown != null ? shown
                : json && !Terminals.interactive() ? new QuietListener() : new PptTerminal(feedback, !plain && Terminals.interactive());
        PptRecording recording = PptRecording.attach(noRecord ? null : store, pipeline, System.err);
        PptRun run = PptRun.attach(pipeline, protocol, where, listener, recording::note);
        running.set(run);
        DeviceInfo info = pipeline.start();
        if (info.channels().get(0).unit() == Unit.COUNTS) {
            pipeline.close();
            throw new IllegalArgumentException("device " + info.model() + " reports raw counts; a threshold needs a "
                    + "calibrated device (calibrate it with palpa calibrate and use palpa live --calibration)");
        }
        double filterMillis = filterSpec.build(info.nominalRateHz()).groupDelayMillis();
        PressPaths paths = paths(filterMillis);
        recording.begin(info, settings, client, therapist, "pressure pain threshold at " + where + ", " + protocol,
                "ppt " + (serial.chosen() ? "serial" : device));
        feedback.printf(Locale.ROOT, "Palpa PPT at %s: %s.%n  press: %s%s%n", where, protocol,
                paths.button() != null ? paths.button().describe() + "; or " : "", paths.key().describe());
        if (paths.button() == null) {
            feedback.println("  this device has no button: the patient presses Enter (the space bar in the window)");
        }
        KeyReader.start(run, window || simPpt != null && !simNoButton);
        run.begin(paths, 0, simPpt != null ? speed : 1);
        Thread hook = new Thread(() -> pipeline.stop("stopped by user"), "palpa-ppt-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PptResult result;
        try {
            result = run.await(365, TimeUnit.DAYS);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already stopping
            }
        }
        long sessionId = recording.end(pipeline.await(10, TimeUnit.SECONDS), feedback);
        SemSource sem = PptHistory.sem(store, where, System.err);
        if (json) {
            PptJson.write(PptJson.document(info, protocol, result, sessionId, sem, run.endReason()), out);
        } else {
            PptReportText.print(out, result, sem);
        }
        if (transport instanceof SimulatedPptTransport sim) {
            PptReportText.simulation(json ? System.err : out, sim.truths());
        }
        if (shown != null) {
            shown.awaitClosed();
        }
        return 0;
    }

    private Transport transport(PptProtocol protocol, AtomicReference<PptRun> running) {
        if (serial.chosen()) {
            return serial.transport();
        }
        if (simPpt != null) {
            if (!device.equals("sim-algometer")) {
                throw new IllegalArgumentException("--sim-ppt plays a patient on sim-algometer, not on " + device);
            }
            double trueKpa = PptQuantities.kpa("--sim-ppt", simPpt);
            if (!(trueKpa > 0)) {
                throw new IllegalArgumentException("--sim-ppt must be above 0 kPa, was '" + simPpt + "'");
            }
            SimulatedPatient patient = new SimulatedPatient(trueKpa, protocol.rateKpaPerSecond(), protocol.ceilingKpa(),
                    protocol.restMillis(), seed, simUnplugTrial);
            Runnable key = simNoButton ? () -> running.get().keyPressed() : null;
            return new SimulatedPptTransport(patient, protocol.probeArea().squareCentimetres(), speed, seed, key);
        }
        if (DeviceCatalog.isPiDevice(device)) {
            if (config == null) {
                throw new IllegalArgumentException("device " + device + " needs --config FILE (see docs/hardware/raspberry-pi.md)");
            }
            var button = org.palpa.adapter.gpio.PiConfigReader.read(config).stopButton();
            piDebounceMillis = button == null ? null : button.debounceMillis();
            return org.palpa.adapter.gpio.PiDevices.openKeepingStream(device, config).transport();
        }
        return DeviceCatalog.open(device, seed, speed, 0);
    }

    private PressPaths paths(double filterMillis) {
        if (serial.chosen()) {
            return PptPaths.serial(serial.isPalpaFirmware(), filterMillis);
        }
        if (DeviceCatalog.isPiDevice(device)) {
            return PptPaths.pi(piDebounceMillis, filterMillis);
        }
        return simPpt != null ? PptPaths.simulated(!simNoButton, filterMillis) : PptPaths.keyboardOnly(filterMillis);
    }

    /** Nothing to show: JSON goes to a file or a pipe. */
    private static final class QuietListener implements PptListener {
        @Override
        public void status(org.palpa.app.ppt.PptStatus status) {
        }

        @Override
        public void trial(org.palpa.core.ppt.TrialOutcome outcome) {
        }

        @Override
        public void finished(PptResult result, String reason) {
        }
    }

    static SemSource defaultSem(PptSite where) {
        return RealChange.defaultFor(where);
    }
}
