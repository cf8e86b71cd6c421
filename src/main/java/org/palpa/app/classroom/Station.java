package org.palpa.app.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.live.Subscription;
import org.palpa.app.port.SessionWriter;
import org.palpa.app.port.TraineeRegister;
import org.palpa.app.port.Transport;
import org.palpa.app.recording.Recorder;
import org.palpa.app.recording.RecordingResult;
import org.palpa.core.PalpaException;
import org.palpa.core.sample.DeviceInfo;

/**
 * One student's station: a thread of its own that opens the device, runs a live pipeline, records
 * it, and keeps the {@link StationBoard} that its tile shows. When the device cannot be opened or
 * its stream ends by a fault, the station says so and tries again after {@link #RETRY_MILLIS},
 * touching nothing of the other stations. A serial device that is unplugged stays in its session:
 * the transport finds it again and the session shows a gap.
 */
public final class Station {
    /** Wait between attempts to open a device that failed. */
    public static final long RETRY_MILLIS = 2000;

    private final StationBoard board = new StationBoard();
    private final StationPractice practice = new StationPractice();
    private final PlanProgress progress = new PlanProgress();
    private final SessionWriter store;
    private final StationEnrolment enrolment;
    private final Consumer<String> log;
    private final List<RecordingResult> recorded = new ArrayList<>();
    private final Object lock = new Object();
    private volatile StationPlan plan;
    private volatile TeeTransport link;
    private volatile LivePipeline pipeline;
    private boolean wanted;
    private boolean restart;
    private boolean closing;
    private Thread thread;
    private String lastFailure;
    private volatile StationListener listener = StationListener.NONE;

    /**
     * @param store       where sessions are written, or null not to record
     * @param metaFactory describes each session for the store
     * @param log         told, in one line each, what happens to the station (lost, back, failed)
     */
    public Station(StationPlan plan, SessionWriter store, StationMeta metaFactory, Consumer<String> log) {
        this(plan, store, null, "", metaFactory, log);
    }

    /**
     * A station whose sessions are also assigned to its student and {@code className} in {@code trainees}
     * (null for none), so that {@code palpa sessions list --student} and {@code --class} find them.
     */
    public Station(StationPlan plan, SessionWriter store, TraineeRegister trainees, String className,
                   StationMeta metaFactory, Consumer<String> log) {
        this.plan = plan;
        this.store = store;
        this.enrolment = new StationEnrolment(trainees, className, metaFactory, log);
        this.log = log;
    }

    public StationPlan plan() {
        return plan;
    }

    public StationBoard board() {
        return board;
    }

    /** Tells {@code l} of each session from now on, such as the stream to the lab. */
    public void listen(StationListener l) {
        listener = l == null ? StationListener.NONE : l;
    }

    /** Where the station stands in its treatment plan, if it follows one. */
    public PlanProgress planProgress() {
        return progress;
    }

    /** Follows {@code treatment} (null for none): a new session starts with its first step, even at a stopped station. */
    public void follow(org.palpa.core.plan.TreatmentPlan treatment) {
        plan = plan.withTreatment(treatment);
        restart("the instructor gave a new plan");
        start();
    }

    /** Starts a session (the thread on first use); does nothing while one runs. */
    public void start() {
        synchronized (lock) {
            if (closing) {
                return;
            }
            wanted = true;
            if (thread == null) {
                thread = new Thread(this::run, "palpa-station-" + plan.name());
                thread.setDaemon(true);
                thread.start();
            }
            lock.notifyAll();
        }
    }

    /** Ends the running session, if any; it is saved. Returns at once. */
    public void stop() {
        synchronized (lock) {
            wanted = false;
            lock.notifyAll();
        }
        stopPipeline("stopped by the instructor");
    }

    /** Uses {@code settings} from now on, in place of any plan: a running session ends and a new one starts with them. */
    public void retarget(SessionSettings settings) {
        plan = plan.withSettings(settings).withTreatment(null);
        restart("the instructor changed the target");
    }

    /** The station's practice schedule and whether its student sees feedback now. */
    public StationPractice practice() {
        return practice;
    }

    /** Uses the practice schedule {@code s}: a running session ends and a new one starts with it. */
    public void feedback(org.palpa.core.feedback.FeedbackSchedule s) {
        practice.schedule(s);
        restart("the instructor changed the feedback schedule");
    }

    /** A transport that listens to this station's device, for its full live view; null while not connected. */
    public Transport watch() {
        TeeTransport l = link;
        return l == null || board.phase() == StationPhase.STOPPED ? null : l.tap();
    }

    /** Stops for good and waits up to {@code timeout} for the last session to be saved; returns every session recorded. */
    public List<RecordingResult> close(long timeout, TimeUnit unit) throws InterruptedException {
        Thread t;
        synchronized (lock) {
            closing = true;
            wanted = false;
            lock.notifyAll();
            t = thread;
        }
        stopPipeline("the class ended");
        if (t != null) {
            t.join(unit.toMillis(timeout));
        }
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    /** Ends the running session for {@code reason}; a new one starts if the station is wanted. */
    private void restart(String reason) {
        synchronized (lock) {
            restart = wanted;
        }
        stopPipeline(reason);
    }

    private void stopPipeline(String reason) {
        LivePipeline p = pipeline;
        if (p != null) {
            p.stop(reason);
        }
    }

    private void run() {
        try {
            while (awaitWanted()) {
                boolean healthy;
                try {
                    healthy = runSession();
                } catch (RuntimeException e) {
                    // a fault in one station's device code must not end its thread: say so and try again
                    healthy = false;
                    pipeline = null;
                    link = null;
                    board.phase(StationPhase.RETRYING, "station error: " + e);
                    log.accept(plan.name() + ": station error: " + e + "; trying again in " + RETRY_MILLIS / 1000 + " s");
                }
                synchronized (lock) {
                    if (restart) {
                        restart = false;
                        continue;
                    }
                    if (!wanted || closing) {
                        continue;
                    }
                    if (healthy) {
                        // the stream ended by itself (a simulation's end, a device that closed): start a new session
                        board.phase(StationPhase.RETRYING, board.message());
                    }
                    lock.wait(RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        board.phase(StationPhase.STOPPED, "");
    }

    private boolean awaitWanted() throws InterruptedException {
        synchronized (lock) {
            while (!wanted && !closing) {
                if (board.phase() != StationPhase.STOPPED) {
                    board.phase(StationPhase.STOPPED, "");
                }
                lock.wait();
            }
            return !closing;
        }
    }

    /** Runs one session to its end; false if the device could not be opened. */
    private boolean runSession() throws InterruptedException {
        StationPlan p = plan;
        board.phase(StationPhase.CONNECTING, "opening " + p.device());
        TeeTransport tee;
        LivePipeline pipe;
        Subscription view;
        Recorder recorder;
        DeviceInfo device;
        StationTreatment treatment;
        try {
            tee = new TeeTransport(p.opener().get());
            pipe = new LivePipeline(tee, p.settings());
            view = pipe.subscribe("classroom-tile", 8192, false);
            treatment = StationTreatment.subscribe(p, pipe, progress, log);
            recorder = store == null ? null : Recorder.subscribe(pipe, store, problem -> log.accept(p.name() + ": " + problem));
            practice.attach(pipe, recorder);
            try {
                device = pipe.start();
            } catch (RuntimeException e) {
                if (recorder != null) {
                    recorder.cancel();
                }
                throw e;
            }
        } catch (PalpaException | IllegalArgumentException e) {
            if (!java.util.Objects.equals(lastFailure, e.getMessage())) {
                lastFailure = e.getMessage();
                log.accept(p.name() + ": " + e.getMessage() + "; trying again every " + RETRY_MILLIS / 1000 + " s");
            }
            board.phase(StationPhase.RETRYING, e.getMessage());
            return false;
        }
        link = tee;
        pipeline = pipe;
        lastFailure = null;
        synchronized (lock) {
            if (!wanted || closing || restart) {
                pipe.stop(closing ? "the class ended" : "stopped by the instructor");
            }
        }
        recorder = enrolment.begin(recorder, p, device, pipe);
        if (treatment != null) {
            treatment.start(device, pipe, recorder);
        }
        board.phase(StationPhase.LIVE, "");
        listener.sessionStarted(this, pipe, device, recorder);
        int channel = StationFeed.judgedChannel(device, p.settings());
        practice.start(channel);
        SessionSummary summary = new StationFeed(board, p.name(), log, device, p.settings(), channel)
                .following(treatment == null ? null : progress).follow(view, channel);
        practice.detach();
        listener.sessionEnded(this);
        pipeline = null;
        link = null;
        boolean planDone = treatment != null && treatment.end(summary);
        synchronized (lock) {
            wanted &= !planDone; // a finished plan stops the station until it is started again
        }
        if (recorder != null) {
            RecordingResult r = recorder.finish(summary, 30, TimeUnit.SECONDS);
            board.recorded(r.framesWritten(), r.lostFrames());
            synchronized (recorded) {
                recorded.add(r);
            }
            if (r.problem() != null) {
                log.accept(p.name() + ": session " + r.sessionId() + " is incomplete: " + r.problem());
            }
        }
        if (summary != null) {
            board.ended(summary.frames());
            board.losses(summary.lostFrames(), summary.droppedFrames(), view.overflowCount());
            board.phase(planDone ? StationPhase.STOPPED : StationPhase.RETRYING, planDone
                    ? "plan finished: " + progress.stepsMet() + " of " + progress.planSteps() + " steps met" : "the stream ended: " + summary.endReason());
        }
        return true;
    }
}
