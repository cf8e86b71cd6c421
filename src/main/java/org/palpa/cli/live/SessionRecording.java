package org.palpa.cli.live;

import org.palpa.app.recording.RecordingResult;
import org.palpa.cli.Main;
import org.palpa.cli.Terminals;
import org.palpa.cli.options.RecordOptions;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.app.recording.Recorder;
import org.palpa.core.PalpaException;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.sample.DeviceInfo;

/**
 * Wires recording into a live session: opens the store, subscribes a {@link Recorder}, and
 * reports the session id at the end. Recording options that cannot make a record (a client code
 * that is a name, a store that cannot be opened or written) are refused before the device starts.
 * A failure once the session runs lets the live feedback go on; the last lines then say that the
 * session was not recorded, or only in part, and the command exits with {@link Main#NOT_RECORDED}.
 */
public final class SessionRecording {
    private final RecordOptions options;
    private final String source;
    private final PrintStream err;
    private JdbcSessionStore store;
    private Recorder recorder;
    private long sessionId = -1;
    private volatile Runnable feedbackRequest;
    private java.util.function.BiConsumer<String, String> noteListener = (kind, detail) -> { };
    private String notRecorded;
    private boolean typedNotes = true;

    private SessionRecording(RecordOptions options, String source, PrintStream err) {
        this.options = options;
        this.source = source;
        this.err = err;
    }

    /** What {@link LiveCommand#run} needs to record; null options or {@code --no-record} mean no recording. */
    public record Plan(RecordOptions options, String source) {
    }

    /** Opens the store and subscribes the recorder; call before the pipeline starts. */
    public static SessionRecording attach(Plan plan, LivePipeline pipeline, PrintStream err) {
        check(plan == null ? null : plan.options());
        SessionRecording r = new SessionRecording(plan == null ? null : plan.options(), plan == null ? "" : plan.source(), err);
        if (r.options == null || r.options.noRecord) {
            return r;
        }
        r.options.check();
        try {
            r.store = r.options.store.open();
            if (r.store.interruptedOnOpen() > 0) {
                err.println("palpa: " + r.store.interruptedOnOpen() + " earlier session(s) had been cut off and are now "
                        + "marked interrupted; they keep what was recorded");
            }
            r.recorder = Recorder.subscribe(pipeline, r.store, problem -> err.println("\npalpa: " + problem));
        } catch (PalpaException | IllegalArgumentException e) {
            r.closeStore();
            throw new IllegalArgumentException("cannot record the session: " + e.getMessage()
                    + "; choose another --data-dir or --store, or pass --no-record");
        }
        return r;
    }

    /** Leaves the terminal's typed input to the caller (a plan reads its own commands); call before {@link #begin}. */
    public SessionRecording withoutTypedNotes() {
        typedNotes = false;
        return this;
    }

    /** Adds an event to the recording, if one is being made; false if it could not be queued. */
    public boolean note(org.palpa.core.record.RecordedEvent event) {
        return recorder != null && sessionId >= 0 && recorder.note(event);
    }

    /** The id of the session being recorded, or -1. */
    public long sessionId() {
        return sessionId;
    }

    /** Creates the session record once the device is known, without calibration profiles. */
    void begin(DeviceInfo device, SessionSettings settings) {
        begin(device, settings, java.util.List.of());
    }

    /**
     * Creates the session record once the device is known. The profiles the channels use are
     * recorded as {@code label=id} and {@code label=hash} lists; channels in the device's own unit
     * are left out, and a session with no profile records none.
     */
    public void begin(DeviceInfo device, SessionSettings settings, java.util.List<CalibrationRef> calibrations) {
        if (recorder == null) {
            return;
        }
        try {
            SessionMeta meta = meta(options, source, device, settings, calibrations);
            sessionId = recorder.begin(meta);
            org.palpa.core.record.Trainee trainee = options.trainee();
            if (trainee != null) {
                store.trainees().assign(sessionId, trainee);
            }
            if (typedNotes && Terminals.interactive()) {
                LiveNotes.start(System.in, recorder, err, noteListener, () -> {
                    Runnable r = feedbackRequest;
                    if (r != null) {
                        r.run();
                    }
                });
                err.println("Recording session " + sessionId + ". Type a pain score 0-10 or a note, then Enter, to record it.");
            } else {
                err.println("Recording session " + sessionId + ". Pain scores and notes typed now are ignored: standard "
                        + "input is not a terminal (add them later with palpa sessions note).");
            }
        } catch (PalpaException | IllegalArgumentException e) {
            err.println("palpa: NOT RECORDING: " + e.getMessage() + "; live feedback goes on");
            notRecorded = e.getMessage();
            recorder.cancel();
            recorder = null;
            closeStore();
        }
    }

    /**
     * Describes a session for the store. The profiles the channels use are recorded as
     * {@code label=id} and {@code label=hash} lists; channels in the device's own unit are left
     * out, and a session with no profile records none.
     */
    static SessionMeta meta(RecordOptions options, String source, DeviceInfo device, SessionSettings settings,
                            java.util.List<CalibrationRef> calibrations) {
        StringBuilder ids = new StringBuilder();
        StringBuilder hashes = new StringBuilder();
        StringBuilder qualities = new StringBuilder();
        for (int c = 0; c < calibrations.size() && c < device.channelCount(); c++) {
            CalibrationRef ref = calibrations.get(c);
            if (!ref.equals(CalibrationRef.NATIVE)) {
                String label = device.channels().get(c).label();
                ids.append(ids.isEmpty() ? "" : ",").append(label).append('=').append(ref.profileId());
                hashes.append(hashes.isEmpty() ? "" : ",").append(label).append('=').append(ref.contentHash());
                if (!ref.quality().isEmpty()) {
                    qualities.append(qualities.isEmpty() ? "" : "; ").append(label).append(": ").append(ref.quality());
                }
            }
        }
        return new SessionMeta(options.client, options.clientName, options.therapistOrUser(), options.site,
                options.notes, System.currentTimeMillis(), source, device, ids.isEmpty() ? null : ids.toString(),
                hashes.isEmpty() ? null : hashes.toString(), qualities.isEmpty() ? null : qualities.toString(), settings.target(),
                settings.filter().toString(), settings.probeArea().squareCentimetres(), settings.targets());
    }

    /**
     * Follows {@code gate}'s decisions: each is recorded as a feedback event, and a line {@code f}
     * typed in the terminal asks the gate for feedback.
     */
    public org.palpa.app.live.FeedbackGate.Decision record(org.palpa.app.live.FeedbackGate.Decision d) {
        if (recorder != null && sessionId >= 0) {
            recorder.note(new org.palpa.core.record.RecordedEvent(d.timestampNanos(),
                    org.palpa.core.record.RecordedEvent.Kind.FEEDBACK, d.shown() ? 1.0 : 0.0,
                    "hold " + d.holdNumber() + ": feedback " + (d.shown() ? "shown" : "hidden") + " (" + d.schedule() + ")"));
        }
        return d;
    }

    /** Lets a line {@code f} in the terminal ask for feedback. */
    void onFeedbackRequest(Runnable request) {
        this.feedbackRequest = request;
    }

    /** Checks --student and --class before anything opens; throws a one-line error for a bad value. */
    static void check(RecordOptions options) {
        if (options != null) {
            options.trainee();
        }
    }

    /** Records a marker from another instrument at the time of the latest frame; false if it was not kept. */
    public boolean marker(String text) {
        return recorder != null && recorder.noteNow(RecordedEvent.Kind.MARKER, text);
    }

    /** Also tells {@code listener} (kind, detail) of each note the therapist types; set before {@link #begin}. */
    void onNote(java.util.function.BiConsumer<String, String> listener) {
        this.noteListener = listener;
    }

    /**
     * Waits for the recording to be written and says where it is, or, as the last lines, that the
     * session was not recorded or only in part.
     *
     * @return 0 when the session was recorded in full or recording was not asked for, otherwise
     *         {@link Main#NOT_RECORDED}
     */
    public int end(SessionSummary summary, PrintStream out) throws InterruptedException {
        if (notRecorded != null) {
            closeStore();
            err.println("palpa: this session was NOT recorded: " + notRecorded);
            return Main.NOT_RECORDED;
        }
        if (recorder == null || sessionId < 0) {
            closeStore();
            return 0;
        }
        RecordingResult result = recorder.finish(summary, 30, TimeUnit.SECONDS);
        String where = store.describe();
        closeStore();
        if (!result.complete()) {
            err.println("palpa: " + result.partLine(where));
            return Main.NOT_RECORDED;
        }
        out.printf("Recorded session %d (%d frames%s) in %s. See: palpa sessions show %d%n", sessionId,
                result.framesWritten(), result.lostFrames() > 0 ? ", " + result.lostFrames() + " lost" : "",
                where, sessionId);
        return 0;
    }

    /** Gives up before the session began (the device did not start): closes the store, records nothing. */
    public void abandon() {
        if (recorder != null) {
            recorder.cancel();
            recorder = null;
        }
        closeStore();
    }

    private void closeStore() {
        if (store != null) {
            try {
                store.close();
            } catch (PalpaException e) {
                err.println("palpa: " + e.getMessage());
            }
            store = null;
        }
    }
}
