package org.palpa.cli.live;

import org.palpa.app.recording.RecordingResult;
import org.palpa.cli.Terminals;
import org.palpa.cli.options.RecordOptions;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.core.record.SessionMeta;
import org.palpa.app.recording.Recorder;
import org.palpa.core.PalpaException;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.sample.DeviceInfo;

/**
 * Wires recording into a live session: opens the store, subscribes a {@link Recorder}, and
 * reports the session id at the end. Any failure to record is printed as one line and the live
 * feedback goes on without recording.
 */
public final class SessionRecording {
    private final RecordOptions options;
    private final String source;
    private final PrintStream err;
    private JdbcSessionStore store;
    private Recorder recorder;
    private long sessionId = -1;
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
        SessionRecording r = new SessionRecording(plan == null ? null : plan.options(), plan == null ? "" : plan.source(), err);
        if (r.options == null || r.options.noRecord) {
            return r;
        }
        try {
            r.store = r.options.store.open();
            if (r.store.interruptedOnOpen() > 0) {
                err.println("palpa: " + r.store.interruptedOnOpen() + " earlier session(s) had been cut off and are now "
                        + "marked interrupted; they keep what was recorded");
            }
            r.recorder = Recorder.subscribe(pipeline, r.store, problem -> err.println("\npalpa: " + problem));
        } catch (PalpaException | IllegalArgumentException e) {
            err.println("palpa: not recording: " + e.getMessage() + "; live feedback goes on");
            r.closeStore();
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
            if (typedNotes && Terminals.interactive()) {
                LiveNotes.start(System.in, recorder, err);
                err.println("Recording session " + sessionId + ". Type a pain score 0-10 or a note, then Enter, to record it.");
            }
        } catch (PalpaException | IllegalArgumentException e) {
            err.println("palpa: not recording: " + e.getMessage() + "; live feedback goes on");
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
        for (int c = 0; c < calibrations.size() && c < device.channelCount(); c++) {
            CalibrationRef ref = calibrations.get(c);
            if (!ref.equals(CalibrationRef.NATIVE)) {
                String label = device.channels().get(c).label();
                ids.append(ids.isEmpty() ? "" : ",").append(label).append('=').append(ref.profileId());
                hashes.append(hashes.isEmpty() ? "" : ",").append(label).append('=').append(ref.contentHash());
            }
        }
        return new SessionMeta(options.client, options.clientName, options.therapistOrUser(), options.site,
                options.notes, System.currentTimeMillis(), source, device, ids.isEmpty() ? null : ids.toString(),
                hashes.isEmpty() ? null : hashes.toString(), null, settings.target(),
                settings.filter().toString(), settings.probeArea().squareCentimetres(), settings.targets());
    }

    /** Waits for the recording to be written and says where it is. */
    public void end(SessionSummary summary, PrintStream out) throws InterruptedException {
        if (recorder == null || sessionId < 0) {
            closeStore();
            return;
        }
        RecordingResult result = recorder.finish(summary, 30, TimeUnit.SECONDS);
        if (result.problem() != null) {
            err.println("palpa: session " + sessionId + " is incomplete: " + result.problem());
        }
        out.printf("Recorded session %d (%d frames%s) in %s. See: palpa sessions show %d%n", sessionId,
                result.framesWritten(), result.lostFrames() > 0 ? ", " + result.lostFrames() + " lost" : "",
                store.describe(), sessionId);
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
