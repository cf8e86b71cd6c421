package org.palpa.cli.live;

import org.palpa.cli.options.CalibrationOptions;
import org.palpa.cli.device.DeviceCatalog;
import org.palpa.cli.options.Durations;
import org.palpa.cli.device.GuiDevices;
import org.palpa.cli.options.RecordOptions;
import org.palpa.cli.device.SerialOptions;
import org.palpa.cli.sessions.SessionText;
import org.palpa.cli.sessions.WindowReplay;
import org.palpa.cli.options.TargetOptions;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.palpa.adapter.ui.GuiSetup;
import org.palpa.adapter.ui.LiveWindow;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.PalpaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa gui}: the live feedback window. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Opens the live feedback window, with a chart, a large readout and a hold timer.",
                "The window shows the target band, the state by colour, word and shape, the ramp rate and a glove view.",
                "It gives sound cues and has session controls; without --device it opens unconnected.",
                "A connected device is recorded into the session store (--no-record to opt out).",
                "With --session ID it plays a recorded session back.",
                "It needs a display; use `palpa live` for feedback in the terminal."})
public final class GuiCommand implements Callable<Integer> {
    @Mixin
    TargetOptions targetOptions;

    @Option(names = "--device", paramLabel = "NAME",
            description = "Device to connect at once: ${COMPLETION-CANDIDATES}; default: none, pick one in the window.",
            completionCandidates = LiveCommand.DeviceNames.class)
    String device;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of a simulated device (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", converter = org.palpa.cli.options.Speeds.class,
            description = "Speed of a simulated device, 1 for real time (default: ${DEFAULT-VALUE}); a replay's speed is chosen in the window.")
    double speed;

    @Option(names = "--replay", paramLabel = "FILE.csv",
            description = "Play back a recorded CSV trace (time in s, one column per channel) with the same feedback.")
    Path replay;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "N",
            description = "With --replay: unit of the values in the CSV: N, kgf or lbf (default: ${DEFAULT-VALUE}).")
    String replayUnit;

    @Option(names = "--session", paramLabel = "ID",
            description = "Play back a session recorded in the store (see palpa sessions list), with a timeline and speeds.")
    String session;

    @Mixin
    RecordOptions recordOptions;

    @Mixin
    org.palpa.cli.options.FeedbackOptions feedbackOptions;

    @Mixin
    public SerialOptions serial;

    @Mixin
    public CalibrationOptions calibration;

    @Mixin
    org.palpa.cli.options.RawOption rawOption;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Pins, addresses and rates of a Raspberry Pi device (gpio-hx711, gpio-ads1115); see docs/hardware/raspberry-pi.md.")
    Path piConfig;

    @Option(names = "--glove", description = "Start on the glove view.")
    boolean glove;

    @Option(names = "--theme", paramLabel = "NAME",
            description = "Theme for this window: light, dark or high-contrast (default: the one last chosen in the window).")
    String theme;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--calibrated-max", paramLabel = "NEWTONS", defaultValue = "Infinity",
            description = "Force above which a reading shows BEYOND CALIBRATION (default: no limit).")
    double calibratedMaxNewtons;

    @Option(names = "--close-after", paramLabel = "DURATION", converter = Durations.class, defaultValue = "0",
            description = "Close the window by itself after this long and print how it kept up (for demonstrations and soak runs).")
    long closeAfterMillis;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "With --close-after: save a PNG of the window just before it closes.")
    Path screenshot;

    @Option(names = "--plan", paramLabel = "PLAN",
            description = "Run a treatment plan (a shipped id or a file) with a plan panel beside the live view; see docs/plans.md.")
    String plan;

    @Mixin
    org.palpa.cli.options.LabStreamOptions labOptions;

    @Option(names = "--max-hold", paramLabel = "DURATION", converter = Durations.class, defaultValue = "0",
            description = "Without --plan: cue RELEASE when a contact lasts longer than this, such as 30s (default: off).")
    long maxHoldMillis;

    @Override
    public Integer call() throws Exception {
        org.palpa.core.plan.TreatmentPlan treatment = plan == null ? null : org.palpa.adapter.json.PlanReader.load(plan);
        if (device != null && !DeviceCatalog.NAMES.contains(device)) {
            throw new IllegalArgumentException("unknown device '" + device + "' (known: "
                    + String.join(", ", DeviceCatalog.NAMES) + ")");
        }
        if (theme != null && !LiveWindow.THEMES.contains(theme)) {
            throw new IllegalArgumentException("unknown theme '" + theme + "' (known: " + String.join(", ", LiveWindow.THEMES) + ")");
        }
        org.palpa.core.feedback.FeedbackSchedule schedule = feedbackOptions.schedule();
        SessionRecording.check(recordOptions);
        if (screenshot != null && closeAfterMillis <= 0) {
            throw new IllegalArgumentException("--screenshot needs --close-after, such as --close-after 20s");
        }
        if (replay != null && session != null) {
            throw new IllegalArgumentException("--replay and --session both name a recording; give one");
        }
        rawOption.check(targetOptions.plan(), calibration.given());
        // Any device can be picked in the window, so profiles are matched by the model each device reports.
        SessionSettings configured = new SessionSettings(targetOptions.target(), null, targetOptions.filterSpec(),
                targetOptions.probeArea(), 0, rawOption.raw ? null
                : calibration.calibrations(calibration.load(null, true), System.err), 8192)
                .withTargets(targetOptions.plan());
        if (session == null && replay == null) {
            SessionUnits.check(serial.chosen() ? null : device, configured);
        }
        SessionSettings settings = session == null ? configured : recordedJudging(SessionText.id(session), configured);
        SessionSettings sessionSettings = org.palpa.cli.plan.PlanWindow.settings(treatment, settings);
        WindowReplay replays = replay != null ? WindowReplay.ofTrace(replay, replayUnit)
                : session != null ? WindowReplay.ofSession(recordOptions.store, SessionText.id(session), settings,
                        targetOptions.given().isEmpty()) : null;
        GuiDevices devices = new GuiDevices(serial, piConfig, seed, speed);
        String first = replays != null && device == null && !serial.chosen() ? replays.name() : devices.first(device);
        org.palpa.app.stream.WindowLab lab;
        try {
            lab = WindowLabs.open(labOptions, "palpa gui", System.out);
        } catch (RuntimeException e) {
            closeQuietly(replays);
            throw e;
        }
        if (!displayAvailable()) {
            lab.discard();
            closeQuietly(replays);
            throw noDisplay();
        }
        if (lab.markerSource() != null) {
            System.out.println("palpa gui: taking markers on " + lab.markerSource() + ".");
        }
        Windowed windowed;
        try {
            // a replay of a stored session only reads the store, unless a device to record is named too
            boolean onlyReads = session != null && device == null && !serial.chosen();
            windowed = withRecording(onlyReads ? null : recordOptions, "gui", (journal, records) -> {
                org.palpa.cli.plan.PlanWindow planned = org.palpa.cli.plan.PlanWindow.of(treatment, journal);
                return LiveWindow.run(
                    new GuiSetup(replays == null ? devices.names() : withFirst(replays.name(), devices.names()),
                            planned.devices(devices.factory()), sessionSettings, planned.journal(), GuiSetup.DEFAULT_SITES,
                            calibratedMaxNewtons, replays, records, schedule).withLab(lab),
                    new LiveWindow.Options(first, glove, dark, closeAfterMillis, screenshot, theme), planned.side() != null
                            ? planned.side() : maxHoldMillis > 0
                            ? feeds -> new org.palpa.adapter.ui.ReleaseCuePanel(feeds, maxHoldMillis) : null);
            });
            System.out.println("palpa gui: window closed; " + windowed.report());
        } finally {
            lab.close();
            closeQuietly(replays);
        }
        return windowed.exitStatus();
    }

    /** How a window session ended: what the window measured, and 0 or {@code Main.NOT_RECORDED} for the recording. */
    record Windowed(LiveWindow.Report report, int exitStatus) {
    }

    /** A stored session is judged as it was recorded, unless judging options were given (then they are named). */
    private SessionSettings recordedJudging(long id, SessionSettings withCalibration) {
        try (var store = recordOptions.store.openReadOnly()) {
            var meta = store.find(id).orElseThrow(() -> new PalpaException("no session " + id + " in "
                    + store.describe() + " (see palpa sessions list)")).meta();
            SessionSettings judged = org.palpa.cli.options.ReplayJudging.settings(meta, targetOptions, 0, System.out);
            return new SessionSettings(judged.target(), null, judged.filter(), judged.probeArea(), 0,
                    withCalibration.calibrations(), 8192, judged.targets());
        }
    }

    /** What runs the window with a journal, and whether it records as soon as a device connects. */
    @FunctionalInterface
    private interface WindowRun {
        LiveWindow.Report run(org.palpa.app.port.SessionJournal journal, boolean records) throws InterruptedException;
    }

    /**
     * Runs the window with recording as {@code options} say, and finishes the recording when the
     * window closes or the process is stopped (Ctrl+C, SIGTERM); a kill leaves it interrupted.
     */
    private static Windowed withRecording(RecordOptions options, String command, WindowRun run)
            throws InterruptedException {
        WindowRecording recording = WindowRecording.open(options, command, System.out, System.err);
        Thread hook = new Thread(() -> {
            try {
                recording.close("stopped by a signal (Ctrl+C or SIGTERM)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "palpa-gui-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        LiveWindow.Report report;
        try {
            report = run.run(recording.journal(), recording.records());
        } finally {
            recording.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and finds the recording closed
            }
        }
        return new Windowed(report, recording.exitStatus());
    }

    private static java.util.List<String> withFirst(String first, java.util.List<String> rest) {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static void closeQuietly(GuiSetup.Replay replay) {
        if (replay instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // only read from; nothing is lost
            }
        }
    }

    /** {@code palpa demo} on a display: the window, connected to {@code device}, open until closed. */
    static int demo(org.palpa.core.hold.Target target, TargetOptions options, String device, long seed, double speed,
                    RecordOptions recordOptions) throws InterruptedException {
        SessionSettings settings = new SessionSettings(target, null, options.filterSpec(), options.probeArea(), 0, null,
                8192).withTargets(options.plan());
        SessionUnits.check(device, settings);
        System.out.println("palpa demo: opening the live window on " + device + "; close it to end "
                + "(palpa demo --terminal for terminal feedback).");
        Windowed windowed = open(settings, seed, speed, Double.POSITIVE_INFINITY,
                new LiveWindow.Options(device, false, false, 0, null), recordOptions);
        System.out.println("palpa demo: window closed; " + windowed.report());
        return windowed.exitStatus();
    }

    /** Whether a window can open here; false on a server, over plain SSH, or with a display that cannot be reached. */
    static boolean displayAvailable() {
        return displayProblem() == null;
    }

    /** Why no window can open here, in words for the user, or null if one can. */
    public static String displayProblem() {
        String display = System.getenv("DISPLAY");
        if (GraphicsEnvironment.isHeadless()) {
            return display == null || display.isBlank() ? "DISPLAY is not set" : "Java runs headless";
        }
        try {
            // connects to the display server, so that a stale DISPLAY fails here and not in the window
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return null;
        } catch (java.awt.AWTError | java.awt.HeadlessException | LinkageError e) {
            // LinkageError: after a first failure the JVM reports the broken AWT class as not initialisable
            return "cannot reach the display" + (display == null ? "" : " '" + display + "'");
        }
    }

    private static PalpaException noDisplay() {
        return new PalpaException("the window cannot open: no graphical display is available (" + displayProblem()
                + "). Use `palpa live` for feedback in the terminal, or run on a desktop or under xvfb-run.");
    }

    /** Opens the window on the catalogue's devices and blocks until it is closed. */
    static Windowed open(SessionSettings settings, long seed, double speed, double calibratedMaxNewtons,
                                  LiveWindow.Options options, RecordOptions recordOptions) throws InterruptedException {
        if (!displayAvailable()) {
            throw noDisplay();
        }
        return withRecording(recordOptions, "demo", (journal, records) -> LiveWindow.run(new GuiSetup(DeviceCatalog.NAMES,
                name -> DeviceCatalog.open(name, seed, speed, 0), settings, journal, GuiSetup.DEFAULT_SITES,
                calibratedMaxNewtons, null, records), options));
    }
}
