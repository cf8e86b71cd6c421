package org.palpa.app.classroom;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.live.Subscription;
import org.palpa.app.plan.PlanSession;
import org.palpa.app.recording.Recorder;
import org.palpa.core.plan.PlanStep;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.sim.TherapistGoal;
import org.palpa.core.sample.DeviceInfo;

/**
 * One session of a station that follows a treatment plan, wired as {@code palpa plan run} wires
 * it: a {@link PlanSession} drains a lossless subscription of the station's pipeline, each of its
 * outputs (steps, cues, pain) is recorded as an event of the station's session and shown on the
 * tile, a simulated device follows the plan's bands, and the plan's end ends the session.
 */
final class StationTreatment {
    private final StationPlan station;
    private final Subscription subscription;
    private final PlanProgress progress;
    private final Consumer<String> log;
    /** The reason the station's session ends with when its plan is over. */
    static final String PLAN_FINISHED = "plan finished";

    private PlanSession session;

    private StationTreatment(StationPlan station, Subscription subscription, PlanProgress progress,
                             Consumer<String> log) {
        this.station = station;
        this.subscription = subscription;
        this.progress = progress;
        this.log = log;
    }

    /** Subscribes to {@code pipe} before it starts, if the station has a plan; null if it has none. */
    static StationTreatment subscribe(StationPlan station, LivePipeline pipe, PlanProgress progress,
                                      Consumer<String> log) {
        if (station.treatment() == null) {
            return null;
        }
        // a simulated device may begin its first ramp before the plan's runner exists: aim for the first step at once
        PlanStep first = station.treatment().steps().get(0);
        ProbeArea area = station.settings().probeArea();
        TherapistGoal.Goal goal = new TherapistGoal.Goal(area.convert(first.band().centre(), first.band().unit(),
                Unit.NEWTON), 0, first.holdMillis() / 1000.0, first.restMillis() / 1000.0);
        station.goal().follow(() -> goal);
        return new StationTreatment(station, pipe.subscribe("classroom-plan", 8192, true), progress, log);
    }

    /** Starts the plan on the started pipeline; its events go to {@code recorder} (null when not recording). */
    void start(DeviceInfo device, LivePipeline pipe, Recorder recorder) {
        var settings = station.settings();
        session = new PlanSession(station.treatment(), subscription, device.channelNames(), settings.target().unit(),
                settings.probeArea(), event -> {
                    if (recorder != null && !recorder.note(event)) {
                        log.accept(station.name() + ": a plan event was not recorded (too many waiting): "
                                + event.kind());
                    }
                }, progress::output, () -> pipe.stop(PLAN_FINISHED)).judgingHoldsWith(pipe::retarget);
        progress.running(session);
        station.goal().follow(session);
        session.start();
    }

    /**
     * After the session's end: waits for the plan to see it and stops following it. Returns whether
     * the plan ran to its end, rather than the session being stopped or its device failing. (A plan
     * stopped early is finished by its runner too, but only after the session has ended for another
     * reason, which its summary keeps.)
     */
    boolean end(SessionSummary summary) throws InterruptedException {
        if (session != null) {
            session.awaitEnd(5, TimeUnit.SECONDS);
        }
        station.goal().follow(null);
        progress.ended();
        boolean finished = summary != null && PLAN_FINISHED.equals(summary.endReason());
        if (finished) {
            log.accept(station.name() + ": plan finished: " + progress.inWords());
        }
        return finished;
    }
}
