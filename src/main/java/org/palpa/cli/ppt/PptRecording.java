package org.palpa.cli.ppt;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.recording.Recorder;
import org.palpa.app.recording.RecordingResult;
import org.palpa.cli.options.StoreOptions;
import org.palpa.core.PalpaException;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.sample.DeviceInfo;

/**
 * Records a PPT session like any live session (samples, events, integrity chain) with each trial
 * and the result as events. A failure to record is one line, and the protocol goes on.
 */
final class PptRecording {
    private final PrintStream err;
    private JdbcSessionStore store;
    private Recorder recorder;
    private long sessionId = -1;

    private PptRecording(PrintStream err) {
        this.err = err;
    }

    /** Opens the store and subscribes a recorder; {@code options} null means do not record. */
    static PptRecording attach(StoreOptions options, LivePipeline pipeline, PrintStream err) {
        PptRecording r = new PptRecording(err);
        if (options == null) {
            return r;
        }
        try {
            r.store = options.open();
            r.recorder = Recorder.subscribe(pipeline, r.store, problem -> err.println("\npalpa: " + problem));
        } catch (PalpaException | IllegalArgumentException e) {
            err.println("palpa: not recording: " + e.getMessage() + "; the protocol goes on");
            r.close();
        }
        return r;
    }

    void begin(DeviceInfo device, SessionSettings settings, String client, String therapist, String notes, String source) {
        if (recorder == null) {
            return;
        }
        try {
            SessionMeta meta = new SessionMeta(client, null, therapist != null ? therapist
                    : System.getProperty("user.name", "unknown"), "", notes, System.currentTimeMillis(), source, device,
                    null, null, null, settings.target(), settings.filter().toString(),
                    settings.probeArea().squareCentimetres(), settings.targets());
            sessionId = recorder.begin(meta);
        } catch (PalpaException | IllegalArgumentException e) {
            err.println("palpa: not recording: " + e.getMessage() + "; the protocol goes on");
            recorder.cancel();
            recorder = null;
            close();
        }
    }

    /** Keeps a trial or the result with the session. */
    void note(RecordedEvent event) {
        if (recorder != null && sessionId >= 0 && !recorder.note(event)) {
            err.println("palpa: too many notes waiting; " + event.detail() + " was not recorded");
        }
    }

    /** Waits for the recording to be written, says where it is, and returns the session id (-1 for none). */
    long end(SessionSummary summary, PrintStream out) throws InterruptedException {
        if (recorder == null || sessionId < 0 || summary == null) {
            close();
            return -1;
        }
        RecordingResult result = recorder.finish(summary, 30, TimeUnit.SECONDS);
        if (result.problem() != null) {
            err.println("palpa: session " + sessionId + " is incomplete: " + result.problem());
        }
        out.printf("Recorded session %d (%d frames) in %s. See: palpa sessions show %d%n", sessionId,
                result.framesWritten(), store.describe(), sessionId);
        close();
        return sessionId;
    }

    private void close() {
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
