package org.palpa.app.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.palpa.app.port.RecordableSession;
import org.palpa.app.port.SessionJournal;
import org.palpa.app.port.SessionWriter;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.PalpaException;
import org.palpa.core.session.SessionMark;

/**
 * The session journal of the live window, kept in a session store by a {@link Recorder}: start
 * creates a session, pause and resume are recorded as events, stop finishes the session as
 * complete while the device stays connected, and the therapist's marks become pain scores and
 * annotations. Every command runs in order on a thread of its own, so the window never waits on
 * the disk or the network; {@link #status()} says what happened.
 */
public final class StoreJournal implements SessionJournal {
    /** Describes a session about to be recorded: who, where, and what it runs on. */
    @FunctionalInterface
    public interface MetaFactory {
        SessionMeta meta(RecordableSession session);
    }

    private final SessionWriter store;
    private final MetaFactory metaFactory;
    private final Consumer<String> log;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "palpa-journal");
        t.setDaemon(true);
        return t;
    });
    private final List<RecordingResult> results = new ArrayList<>();
    private Recorder recorder;
    private long sessionId = -1;
    private long marksNotKept;
    private volatile Status status = new Status("", false);
    private volatile boolean notRecorded;

    /**
     * @param store       where sessions are written
     * @param metaFactory describes each new session
     * @param log         told, in one line each, when recording fails
     */
    public StoreJournal(SessionWriter store, MetaFactory metaFactory, Consumer<String> log) {
        this.store = store;
        this.metaFactory = metaFactory;
        this.log = log;
    }

    @Override
    public void start(RecordableSession session, String site) {
        submit(() -> begin(session, site));
    }

    @Override
    public void pause() {
        submit(() -> {
            if (recorder != null) {
                recorder.pause();
                status = new Status("session " + sessionId + ", frames not kept", false);
            }
        });
    }

    @Override
    public void resume() {
        submit(() -> {
            if (recorder != null) {
                recorder.resume();
                status = new Status("session " + sessionId, false);
            }
        });
    }

    @Override
    public void stop() {
        submit(() -> finishCurrent("stopped in the window"));
    }

    @Override
    public void mark(SessionMark mark) {
        submit(() -> {
            if (recorder == null) {
                marksNotKept++;
                if (!status.problem()) {
                    status = new Status("not recording: " + marksNotKept + " mark(s) not kept; press Record", false);
                }
            } else if (!recorder.note(event(mark))) {
                problem("mark not kept: too many notes waiting for the disk");
            }
        });
    }

    @Override
    public Status status() {
        return status;
    }

    /** The recorded form of a window mark. */
    static RecordedEvent event(SessionMark mark) {
        return switch (mark) {
            case SessionMark.PainScore p -> RecordedEvent.pain(p.timestampNanos(), p.score(), "key " + p.score());
            case SessionMark.EventMarker e -> new RecordedEvent(e.timestampNanos(), RecordedEvent.Kind.ANNOTATION, null,
                    e.note().isEmpty() ? "event" : e.note());
            case SessionMark.PlanRecord p -> p.event();
            case SessionMark.LabMarker m -> new RecordedEvent(m.timestampNanos(), RecordedEvent.Kind.MARKER, null, m.text());
            case SessionMark.SiteChosen s -> new RecordedEvent(s.timestampNanos(), RecordedEvent.Kind.ANNOTATION, null,
                    "body site: " + s.site());
            case SessionMark.FeedbackChange f -> new RecordedEvent(f.timestampNanos(), RecordedEvent.Kind.FEEDBACK,
                    f.shown() ? 1.0 : 0.0, "hold " + f.holdNumber() + ": feedback " + (f.shown() ? "shown" : "hidden")
                    + " (" + f.schedule() + ")");
        };
    }

    /**
     * Whether every recording that was started was kept in full: false once a session could not
     * be created or a session ended with part of it not recorded.
     */
    public boolean allRecorded() {
        synchronized (results) {
            return !notRecorded && results.stream().allMatch(RecordingResult::complete);
        }
    }

    private volatile java.util.function.LongConsumer onBegin;

    /** Calls {@code listener} with each new session's id once its record exists, on the journal's thread. */
    public void onBegin(java.util.function.LongConsumer listener) {
        this.onBegin = listener;
    }

    private void begin(RecordableSession session, String site) {
        finishCurrent("a new recording started");
        Recorder r = Recorder.attach(session.subscribe("recorder", Recorder.SUBSCRIPTION_FRAMES, true), store,
                this::problem);
        try {
            sessionId = r.begin(metaFactory.meta(session));
        } catch (PalpaException | IllegalArgumentException e) {
            r.cancel();
            notRecorded = true;
            problem("not recording: " + e.getMessage() + "; live feedback goes on");
            return;
        }
        recorder = r;
        status = new Status("session " + sessionId, false);
        java.util.function.LongConsumer begun = onBegin;
        if (begun != null) {
            begun.accept(sessionId);
        }
        if (site != null && !site.isBlank()) {
            r.note(new RecordedEvent(session.latestTimestampNanos(), RecordedEvent.Kind.ANNOTATION, null,
                    "body site: " + site.strip()));
        }
    }

    private void finishCurrent(String reason) {
        if (recorder == null) {
            return;
        }
        recorder.stop(reason);
        RecordingResult result;
        try {
            result = recorder.finish(null, 30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        recorder = null;
        synchronized (results) {
            results.add(result);
        }
        String saved = "session " + result.sessionId() + " saved: " + result.framesWritten() + " frames"
                + (result.lostFrames() > 0 ? ", " + result.lostFrames() + " lost" : "");
        if (!result.complete()) {
            // said when the journal closes, with where the session is, among the others recorded
            status = new Status(result.partLine(null), true);
        } else {
            status = new Status(saved, false);
        }
    }

    private void problem(String text) {
        status = new Status(text, true);
        log.accept(text);
    }

    private void submit(Runnable command) {
        try {
            worker.execute(command);
        } catch (RejectedExecutionException e) {
            problem("the journal is closed; nothing more is recorded");
        }
    }

    /**
     * Finishes the session being recorded, if any, and stops the journal's thread; waits at most
     * {@code timeout}. Returns every session recorded, in order.
     */
    public List<RecordingResult> close(long timeout, TimeUnit unit) throws InterruptedException {
        return close("the window was closed", timeout, unit);
    }

    /** Like {@link #close(long, TimeUnit)}, with the reason the session being recorded ends. */
    public List<RecordingResult> close(String reason, long timeout, TimeUnit unit) throws InterruptedException {
        submit(() -> finishCurrent(reason));
        worker.shutdown();
        if (!worker.awaitTermination(timeout, unit)) {
            log.accept("the recording did not finish in time; the session keeps what was committed and is marked "
                    + "interrupted on the next start");
        }
        synchronized (results) {
            return List.copyOf(results);
        }
    }
}
