package org.palpa.cli.live;

import org.palpa.cli.Terminals;
import org.palpa.cli.options.CalibrationOptions;
import org.palpa.cli.options.CalibrationProfiles;
import org.palpa.cli.device.ChosenDevice;
import org.palpa.cli.device.DeviceCatalog;
import org.palpa.cli.options.Durations;
import org.palpa.cli.options.LabStreamOptions;
import org.palpa.cli.options.RecordOptions;
import org.palpa.cli.options.FeedbackOptions;
import org.palpa.cli.device.SerialOptions;
import org.palpa.cli.options.TargetOptions;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.palpa.adapter.terminal.HoldTable;
import org.palpa.adapter.terminal.TerminalFeedback;
import org.palpa.app.live.BandIndicatorFeed;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.live.Subscription;
import org.palpa.app.port.BandIndicator;
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
public final class LiveCommand implements Callable<Integer> {
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

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", converter = org.palpa.cli.options.Speeds.class,
            description = "Speed of a simulated device: 1 for real time, 10 for ten times faster, max for as fast as possible (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--duration", paramLabel = "DURATION", converter = Durations.class, defaultValue = "0",
            description = "Stop after this much signal time, such as 60s; 0 runs until Ctrl+C (default: ${DEFAULT-VALUE}).")
    long durationMillis;

    @Option(names = "--channel", paramLabel = "LABEL", description = "Channel shown in detail (default: the first).")
    String channel;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file of a gpio-* device: pins, addresses, gains, rates (see docs/hardware/raspberry-pi.md).")
    java.nio.file.Path config;

    @Option(names = "--plain", description = "Print a line a second instead of rewriting one line in place.")
    boolean plain;

    @Option(names = "--max-hold", paramLabel = "DURATION", converter = Durations.class, defaultValue = "0",
            description = "Cue RELEASE when a contact lasts longer than this, such as 30s; 0 never (default: ${DEFAULT-VALUE}).")
    long maxHoldMillis;

    @Mixin
    CalibrationOptions calibration;

    @Mixin
    RecordOptions recordOptions;

    @Mixin
    LabStreamOptions lab;

    @Mixin
    org.palpa.cli.options.RawOption rawOption;

    @Mixin
    FeedbackOptions feedbackOptions;


    static final class DeviceNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DeviceCatalog.NAMES.iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        rawOption.check(targetOptions.plan(), calibration.given());
        recordOptions.check();
        CalibrationProfiles profiles = rawOption.raw ? null : profiles();
        if (profiles != null && !profiles.isEmpty() && !spec.commandLine().getParseResult().hasMatchedOption("--probe-area")) {
            profiles.commonProbeArea().ifPresentOrElse(a -> targetOptions.probeAreaCm2 = a.squareCentimetres(),
                    () -> System.err.println("warning: the calibration profiles give different probe areas; using "
                            + targetOptions.probeAreaCm2 + " cm² (set --probe-area)"));
        }
        Target target = targetOptions.target();
        org.palpa.core.feedback.FeedbackSchedule schedule = feedbackOptions.schedule();
        SessionRecording.check(recordOptions);
        SessionSettings settings = new SessionSettings(target, null, targetOptions.filterSpec(),
                targetOptions.probeArea(), durationMillis / 1000.0,
                calibration.calibrations(profiles, System.err), 8192)
                .withTargets(targetOptions.plan());
        ChosenDevice chosen;
        try {
            chosen = ChosenDevice.open(serial, device, config, seed, speed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--device': " + e.getMessage());
        }
        Transport transport = chosen.transport();
        BandIndicator indicator = chosen.indicator();
        return run(new PrintStream(System.out, true), transport, indicator, settings, channel,
                plain || !Terminals.interactive(), new SessionRecording.Plan(recordOptions, "live " + (serial.chosen() ? "serial" : device)),
                new Extras(lab, schedule, maxHoldMillis));
    }

    /** The profiles named by --calibration, or the default folder's for a device that reports counts; null for none. */
    private CalibrationProfiles profiles() throws java.io.IOException {
        boolean modelKnownNow = !serial.chosen() && !DeviceCatalog.isPiDevice(device);
        return calibration.load(modelKnownNow ? device : null,
                !serial.chosen() && device.endsWith(org.palpa.core.sim.SensorBank.RAW_SUFFIX));
    }

    /** Runs a session on {@code transport} without recording it. */
    public static int run(PrintStream out, Transport transport, SessionSettings settings, String channelLabel, boolean plain)
            throws InterruptedException {
        return run(out, transport, null, settings, channelLabel, plain, null);
    }

    /**
     * Runs a session on {@code transport}, feeds {@code indicator} (a buzzer or LED) when not null,
     * records it as {@code recording} says, and prints its feedback and hold table to {@code out}.
     */
    public static int run(PrintStream out, Transport transport, BandIndicator indicator, SessionSettings settings,
                   String channelLabel, boolean plain, SessionRecording.Plan recording) throws InterruptedException {
        return run(out, transport, indicator, settings, channelLabel, plain, recording, Extras.NONE);
    }

    /** As {@link #run(PrintStream, Transport, BandIndicator, SessionSettings, String, boolean, SessionRecording.Plan)}, cueing RELEASE after {@code maxHoldMillis} of contact (0: never). */
    public static int run(PrintStream out, Transport transport, BandIndicator indicator, SessionSettings settings,
                   String channelLabel, boolean plain, SessionRecording.Plan recording, long maxHoldMillis)
            throws InterruptedException {
        return run(out, transport, indicator, settings, channelLabel, plain, recording,
                new Extras(null, new org.palpa.core.feedback.FeedbackSchedule.Constant(), maxHoldMillis));
    }

    /**
     * What a live session may add to the feedback: streams to the lab and markers in ({@code lab},
     * null for none), a practice feedback schedule, and a RELEASE cue after {@code maxHoldMillis}
     * of contact (0: never).
     */
    record Extras(LabStreamOptions lab, org.palpa.core.feedback.FeedbackSchedule schedule, long maxHoldMillis) {
        static final Extras NONE = new Extras(null, new org.palpa.core.feedback.FeedbackSchedule.Constant(), 0);
    }

    /** As above, with the {@code extras} of a session. */
    static int run(PrintStream out, Transport transport, BandIndicator indicator, SessionSettings settings,
                   String channelLabel, boolean plain, SessionRecording.Plan recording, Extras extras)
            throws InterruptedException {
        LabStreamOptions labOptions = extras.lab();
        org.palpa.core.feedback.FeedbackSchedule schedule = extras.schedule();
        LivePipeline pipeline = new LivePipeline(transport, settings);
        Subscription terminal = pipeline.subscribe("terminal", 512, false);
        BandIndicatorFeed feed = indicator == null ? null : BandIndicatorFeed.attach(pipeline, indicator);
        SessionRecording recorder = SessionRecording.attach(recording, pipeline, System.err);
        LabLink lab;
        try {
            lab = LabLink.attach(labOptions, pipeline, recorder, System.err);
        } catch (RuntimeException e) {
            recorder.abandon();
            pipeline.close();
            throw e;
        }
        recorder.onNote(lab::event);
        org.palpa.app.live.FeedbackGate gate = schedule instanceof org.palpa.core.feedback.FeedbackSchedule.Constant ? null
                : org.palpa.app.live.FeedbackGate.subscribe(pipeline, schedule, recorder::record);
        DeviceInfo info;
        try {
            info = pipeline.start();
        } catch (RuntimeException e) {
            recorder.abandon();
            throw e;
        }
        recorder.begin(info, settings, pipeline.calibrationRefs());
        if (feed != null) {
            feed.start();
        }
        int main = firstTracked(info, settings);
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
                settings.targets(), settings.filter());
        lab.start(info, settings.target().unit().symbol(), out);
        java.util.List<org.palpa.core.calibration.CalibrationRef> refs = pipeline.calibrationRefs();
        if (settings.targets().unit() == org.palpa.core.sample.Unit.COUNTS) {
            out.println("raw: values are uncalibrated converter counts, not newtons; calibrate with 'palpa calibrate'");
        }
        for (int c = 0; c < refs.size(); c++) {
            if (!refs.get(c).equals(org.palpa.core.calibration.CalibrationRef.NATIVE)) {
                out.printf(Locale.ROOT, "calibration %s: %s, probe area %.2f cm²%n", info.channels().get(c).label(),
                        refs.get(c), settings.probeArea().squareCentimetres());
            }
        }
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
            Target mainTarget = settings.targets().targetFor(info.channels().get(main).label()).orElse(settings.target());
            TerminalFeedback feedback = new TerminalFeedback(out, info, mainTarget, main, !plain)
                    .withMaxHold(extras.maxHoldMillis());
            if (gate != null) {
                gate.start(main);
                recorder.onFeedbackRequest(gate::request);
                feedback.withFeedbackGate(gate);
                out.println("Feedback schedule: " + schedule.text() + (schedule instanceof org.palpa.core.feedback.FeedbackSchedule.OnRequest
                        ? " (type f and Enter for feedback on the next hold)" : ""));
            }
            SessionSummary summary = feedback.follow(terminal);
            out.printf(Locale.ROOT, "Session ended: %s. %.1f s of signal, %d frames, %d lost, %d dropped; "
                            + "smoothing delay %.0f ms.%n", summary.endReason(), summary.streamSeconds(), summary.frames(),
                    summary.lostFrames(), summary.droppedFrames(), summary.filterDelayMillis());
            HoldTable.print(out, info, summary.holds(), summary.firstTimestampNanos(), settings.targets());
            lab.end(out);
            if (transport instanceof org.palpa.adapter.serial.SerialTransport serial) {
                out.println(serial.stats().snapshot().describe());
            }
            out.flush();
            return recorder.end(summary, out);
        } finally {
            printed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running; it finishes by itself
            }
        }
    }

    /** The first channel that has a target, so the terminal follows a tracked finger by default. */
    private static int firstTracked(DeviceInfo info, SessionSettings settings) {
        for (int c = 0; c < info.channelCount(); c++) {
            if (settings.targets().targetFor(info.channels().get(c).label()).isPresent()) {
                return c;
            }
        }
        return 0;
    }
}
