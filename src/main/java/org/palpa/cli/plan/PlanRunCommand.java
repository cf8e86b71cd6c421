package org.palpa.cli.plan;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.palpa.adapter.json.PlanReader;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.plan.PlanSession;
import org.palpa.app.port.BandIndicator;
import org.palpa.app.port.Transport;
import org.palpa.cli.Terminals;
import org.palpa.cli.device.ChosenDevice;
import org.palpa.cli.device.DeviceCatalog;
import org.palpa.cli.device.SerialOptions;
import org.palpa.cli.live.LabLink;
import org.palpa.cli.live.SessionRecording;
import org.palpa.cli.options.LabStreamOptions;
import org.palpa.cli.options.CalibrationOptions;
import org.palpa.cli.options.RecordOptions;
import org.palpa.core.hold.Target;
import org.palpa.core.plan.PlanBand;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.plan.PlanOutput;
import org.palpa.core.plan.StepSummary;
import org.palpa.core.plan.TreatmentPlan;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.signal.FilterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code palpa plan run}: guides a treatment plan in the terminal on any device and records it. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a treatment plan step by step in the terminal: site, repetition n of N, band state, hold timer, rest and next site.",
                "Type a pain score 0-10 and Enter (at or above the step's ceiling: EASE OFF), s to skip, r to redo, p to pause or resume.",
                "Type ref ZONE[,ZONE] for where the pain referred (zones lists them); other text is kept as a note."})
public final class PlanRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN", description = "A shipped plan (palpa plan list) or a plan file.")
    String plan;

    @Option(names = "--device", paramLabel = "NAME", defaultValue = "sim-algometer",
            description = "Device to read (default: ${DEFAULT-VALUE}); see palpa live --help.")
    String device;

    @Mixin
    SerialOptions serial;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file of a gpio-* device.")
    Path config;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of a simulated device (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "Speed of a simulated device: 1 for real time, 10 for ten times faster (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--probe-area", paramLabel = "CM2", defaultValue = "1.0",
            description = "Contact area in cm² between force and pressure (default: ${DEFAULT-VALUE}).")
    double probeAreaCm2;

    @Option(names = "--plain", description = "Print a status line a second instead of rewriting one line in place.")
    boolean plain;

    @Mixin
    CalibrationOptions calibration;

    @Mixin
    RecordOptions recordOptions;

    @Mixin
    LabStreamOptions lab;

    @Mixin
    org.palpa.cli.options.FeedbackOptions feedbackOptions;

    @Override
    public Integer call() throws Exception {
        TreatmentPlan p = PlanReader.load(plan);
        org.palpa.core.feedback.FeedbackSchedule schedule;
        try {
            schedule = feedbackOptions.schedule();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--speed': " + speed
                    + " is not a positive number");
        }
        if (!(probeAreaCm2 > 0)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--probe-area': must be positive");
        }
        if (p.client() != null && !spec.commandLine().getParseResult().hasMatchedOption("--client")) {
            recordOptions.client = p.client();
        }
        ProbeArea area = new ProbeArea(probeAreaCm2);
        PlanBand first = p.steps().get(0).band();
        Target target = new Target(first.min(), first.max(), first.unit(), p.steps().get(0).holdMillis(), null);
        boolean raw = !serial.chosen() && device.endsWith(org.palpa.core.sim.SensorBank.RAW_SUFFIX);
        var profiles = calibration.load(serial.chosen() || DeviceCatalog.isPiDevice(device) ? null : device, raw);
        SessionSettings settings = new SessionSettings(target, null, FilterSpec.parse(FilterSpec.DEFAULT), area, 0,
                calibration.calibrations(profiles, System.err), 8192);
        ChosenDevice chosen;
        try {
            chosen = ChosenDevice.open(serial, device, config, seed, speed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--device': " + e.getMessage());
        }
        Transport transport = chosen.transport();
        BandIndicator indicator = chosen.indicator();
        boolean inPlace = !plain && Terminals.interactive();
        return run(p, transport, indicator, settings, new PrintStream(System.out, true), inPlace,
                new SessionRecording.Plan(recordOptions, "plan " + p.id() + " " + (serial.chosen() ? "serial" : device)),
                lab, schedule);
    }

    /** Runs {@code plan} on {@code transport}, records it as {@code recording} says, and prints the adherence table. */
    public static int run(TreatmentPlan plan, Transport transport, BandIndicator indicator, SessionSettings settings,
                          PrintStream out, boolean inPlace, SessionRecording.Plan recording) throws InterruptedException {
        return run(plan, transport, indicator, settings, out, inPlace, recording, null);
    }

    /** As above, streaming to the lab (plan steps and cues too) and taking markers as {@code labOptions} say. */
    public static int run(TreatmentPlan plan, Transport transport, BandIndicator indicator, SessionSettings settings,
                          PrintStream out, boolean inPlace, SessionRecording.Plan recording,
                          LabStreamOptions labOptions) throws InterruptedException {
        return run(plan, transport, indicator, settings, out, inPlace, recording, labOptions,
                new org.palpa.core.feedback.FeedbackSchedule.Constant());
    }

    /**
     * As above, with a practice schedule: feedback (the value, band state, hold timer, cues and
     * buzzer) shows only on the holds {@code schedule} chooses, each decision is recorded as a
     * feedback event, and {@code f} typed asks for the next hold's feedback (on-request).
     */
    public static int run(TreatmentPlan plan, Transport transport, BandIndicator indicator, SessionSettings settings,
                          PrintStream out, boolean inPlace, SessionRecording.Plan recording, LabStreamOptions labOptions,
                          org.palpa.core.feedback.FeedbackSchedule schedule) throws InterruptedException {
        LivePipeline pipeline = new LivePipeline(transport, settings);
        var subscription = pipeline.subscribe("plan", 8192, true);
        SessionRecording recorder = SessionRecording.attach(recording, pipeline, System.err).withoutTypedNotes();
        LabLink link;
        try {
            link = LabLink.attach(labOptions, pipeline, recorder, System.err);
        } catch (RuntimeException e) {
            recorder.abandon();
            pipeline.close();
            throw e;
        }
        org.palpa.app.live.FeedbackGate gate = schedule instanceof org.palpa.core.feedback.FeedbackSchedule.Constant ? null
                : org.palpa.app.live.FeedbackGate.subscribe(pipeline, schedule, recorder::record);
        EaseOffIndicator buzzer = indicator == null ? null : new EaseOffIndicator(indicator, () -> gate != null && !gate.showing());
        var buzzerFeed = buzzer == null ? null : org.palpa.app.live.BandIndicatorFeed.attach(pipeline, buzzer);
        String unit = settings.target().unit().symbol();
        PlanTerminal terminal = new PlanTerminal(out, inPlace, unit);
        java.util.List<RecordedEvent> kept = new java.util.concurrent.CopyOnWriteArrayList<>();
        DeviceInfo info = pipeline.start();
        PlanSession session = new PlanSession(plan, subscription, info.channelNames(), settings.target().unit(),
                settings.probeArea(), e -> {
                    kept.add(e);
                    recorder.note(e);
                    link.event(e.kind().name().toLowerCase(Locale.ROOT), e.detail() == null ? "" : e.detail());
                }, o -> {
                    terminal.show(o);
                    if (buzzer != null && o instanceof PlanOutput.CeilingReached) {
                        buzzer.easeOff(); // the Pi buzzer sounds its over-pressure pattern
                    }
                }, () -> pipeline.stop("plan finished")).judgingHoldsWith(pipeline::retarget);
        if (transport instanceof SimulatedTransport sim) {
            sim.following(session);
        }
        recorder.begin(info, settings, pipeline.calibrationRefs());
        if (gate != null) {
            gate.start(followedChannel(plan, info));
            terminal.withFeedbackGate(gate, session::latestTimestampNanos);
        }
        if (buzzerFeed != null) {
            buzzerFeed.start();
        }
        out.printf(Locale.ROOT, "Palpa plan %s: '%s', %d steps on %s (%d channel%s). Type 0-10 for pain, s skip, "
                        + "r redo, p pause, ref ZONE for a referral; Ctrl+C stops.%n", plan.id(), plan.name(),
                plan.steps().size(), info.model(), info.channelCount(), info.channelCount() == 1 ? "" : "s");
        if (gate != null) {
            out.println("Feedback schedule: " + schedule.text() + " (holds counted on " + info.channelNames()
                    .get(followedChannel(plan, info)) + ")" + (schedule instanceof org.palpa.core.feedback.FeedbackSchedule.OnRequest
                    ? "; type f and Enter for feedback on the next hold" : ""));
        }
        link.start(info, unit, out);
        session.start();
        if (Terminals.interactive()) {
            PlanTerminal.readCommands(System.in, session, text -> recorder.note(new RecordedEvent(
                    session.latestTimestampNanos(), RecordedEvent.Kind.ANNOTATION, null, text)),
                    gate == null ? null : gate::request, System.err);
        }
        Thread hook = new Thread(() -> pipeline.stop("stopped by user"), "palpa-plan-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            long lastPrint = 0;
            while (!session.awaitEnd(200, TimeUnit.MILLISECONDS)) {
                long now = System.nanoTime();
                if (inPlace || now - lastPrint >= 1_000_000_000L) {
                    terminal.status(session.status());
                    lastPrint = now;
                }
            }
            SessionSummary summary = pipeline.await(10, TimeUnit.SECONDS);
            out.println();
            java.util.List<StepSummary> steps = PlanEvents.summaries(kept);
            AdherenceTable.print(out, steps, unit);
            link.end(out);
            int status = 0;
            if (summary != null) {
                out.printf(Locale.ROOT, "Session ended: %s. %.1f s of signal, %d frames, %d lost, %d dropped.%n",
                        summary.endReason(), summary.streamSeconds(), summary.frames(), summary.lostFrames(),
                        summary.droppedFrames());
                status = recorder.end(summary, out);
            }
            if (recorder.sessionId() >= 0) {
                out.printf("The report with the adherence table and the body chart: palpa sessions report %d%n",
                        recorder.sessionId());
            }
            return status;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
        }
    }

    /** The channel of the plan's first step, whose holds a practice schedule counts; the first channel if it names none. */
    static int followedChannel(TreatmentPlan plan, DeviceInfo info) {
        String label = plan.steps().get(0).channel();
        if (label == null) {
            return 0;
        }
        for (int c = 0; c < info.channelCount(); c++) {
            if (info.channelNames().get(c).equalsIgnoreCase(label)) {
                return c;
            }
        }
        return 0;
    }
}
