package org.palpa.cli.live;

import org.palpa.app.recording.RecordingResult;
import org.palpa.cli.options.RecordOptions;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.recording.InMemoryJournal;
import org.palpa.app.port.SessionJournal;
import org.palpa.app.recording.Recorder;
import org.palpa.app.recording.StoreJournal;
import org.palpa.core.PalpaException;

/**
 * Wires the live window's recording to the session store: the same options as {@code palpa live}
 * ({@code --no-record}, {@code --data-dir}, {@code --store}, {@code --client}, ...). When the
 * store cannot be opened, the command is refused before the window opens (exit status 2).
 */
public final class WindowRecording implements AutoCloseable {
    private final JdbcSessionStore store;
    private final SessionJournal journal;
    private final PrintStream out;
    private final PrintStream err;
    private boolean closed;
    private int exitStatus;

    private WindowRecording(JdbcSessionStore store, SessionJournal journal, PrintStream out, PrintStream err) {
        this.store = store;
        this.journal = journal;
        this.out = out;
        this.err = err;
    }

    /**
     * Opens the store that {@code options} name, unless they say {@code --no-record} or are null (a
     * window that only replays a stored session); sessions' source is {@code gui MODEL}.
     */
    static WindowRecording open(RecordOptions options, PrintStream out, PrintStream err) {
        return open(options, "gui", out, err);
    }

    /** Like {@link #open(RecordOptions, PrintStream, PrintStream)}, with sessions' source {@code COMMAND MODEL}. */
    static WindowRecording open(RecordOptions options, String command, PrintStream out, PrintStream err) {
        if (options == null) {
            return new WindowRecording(null, new InMemoryJournal("not recorded: a replay of a stored session only reads "
                    + "the store (name a --device to record one)"), out, err);
        }
        if (options.noRecord) {
            return new WindowRecording(null, new InMemoryJournal("not recorded (--no-record)"), out, err);
        }
        options.check();
        JdbcSessionStore store;
        try {
            store = options.store.open();
        } catch (PalpaException | IllegalArgumentException e) {
            // asked to record and cannot: bad input, refused before any window or device opens
            throw new IllegalArgumentException("cannot record the session: " + e.getMessage()
                    + "; choose another --data-dir or --store, or pass --no-record");
        }
        if (store.interruptedOnOpen() > 0) {
            err.println("palpa: " + store.interruptedOnOpen() + " earlier session(s) had been cut off and are now "
                    + "marked interrupted; they keep what was recorded");
        }
        StoreJournal journal = new StoreJournal(store,
                s -> SessionRecording.meta(options, command + " " + s.device().model(), s.device(), s.settings(),
                        s.calibrationRefs()),
                line -> err.println("palpa: " + line));
        org.palpa.core.record.Trainee trainee = options.trainee();
        if (trainee != null) {
            journal.onBegin(id -> store.trainees().assign(id, trainee));
        }
        return new WindowRecording(store, journal, out, err);
    }

    /** The journal the window sends its recording commands and marks to. */
    SessionJournal journal() {
        return journal;
    }

    /**
     * After {@link #close}: 0 when every session asked to be recorded was recorded in full (or
     * none was asked for), otherwise {@link org.palpa.cli.Main#NOT_RECORDED}, as for {@code palpa live}.
     */
    synchronized int exitStatus() {
        return exitStatus;
    }

    /** Whether sessions go to a store, so that the window records as soon as a device connects. */
    boolean records() {
        return store != null;
    }

    /**
     * Finishes the session being recorded (complete), closes the store and says what was recorded.
     * Safe to call twice, such as from the window and from a shutdown hook.
     */
    @Override
    public void close() throws InterruptedException {
        close("the window was closed");
    }

    /** Closes with {@code reason} as the end of the session being recorded, such as a stop signal. */
    synchronized void close(String reason) throws InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        if (journal instanceof StoreJournal j) {
            List<RecordingResult> results = j.close(reason, 30, TimeUnit.SECONDS);
            for (RecordingResult r : results) {
                if (r.complete()) {
                    out.printf("Recorded session %d (%d frames%s) in %s. See: palpa sessions show %d%n", r.sessionId(),
                            r.framesWritten(), r.lostFrames() > 0 ? ", " + r.lostFrames() + " lost" : "", store.describe(),
                            r.sessionId());
                } else {
                    err.println("palpa: " + r.partLine(store.describe()));
                }
            }
            exitStatus = j.allRecorded() ? 0 : org.palpa.cli.Main.NOT_RECORDED;
        }
        if (store != null) {
            try {
                store.close();
            } catch (PalpaException e) {
                err.println("palpa: " + e.getMessage());
            }
        }
    }
}
