package org.palpa.app.plan;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.palpa.app.live.PipelineEvent;
import org.palpa.app.live.Subscription;
import org.palpa.core.bodymap.BodyZone;
import org.palpa.core.hold.Target;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.plan.PlanOutput;
import org.palpa.core.plan.PlanRunner;
import org.palpa.core.plan.PlanStatus;
import org.palpa.core.plan.PlanStep;
import org.palpa.core.plan.TreatmentPlan;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.sim.TherapistGoal;

/**
 * Runs a {@link PlanRunner} on a live session: a thread drains a lossless subscription into the
 * runner, the therapist's commands (pain, skip, redo, pause, referral) come from any thread and
 * are stamped with the latest frame's time, and every output is recorded and shown. A patient's
 * stop button counts as pain 10, "too much".
 */
public final class PlanSession implements TherapistGoal {
    private final PlanRunner runner;
    private final Subscription subscription;
    private final Consumer<RecordedEvent> record;
    private final Consumer<PlanOutput> feedback;
    private final ProbeArea area;
    private final Unit unit;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Runnable onFinished;
    private long lastNanos;
    private boolean startedRunner;
    private volatile Goal goal;
    private final List<String> labels;
    private volatile Consumer<Target> judge = t -> { };
    private PlanStep step;

    /**
     * @param plan         a checked plan
     * @param subscription a lossless subscription of the session's pipeline
     * @param channels     the device's channel labels
     * @param unit         the unit of the session's smoothed values
     * @param area         the probe area between force and pressure
     * @param record       keeps each output as an event of the session
     * @param feedback     shows each output (cues, ceilings) to the therapist
     * @param onFinished   called once when every step is over, as to stop the pipeline
     */
    public PlanSession(TreatmentPlan plan, Subscription subscription, List<String> channels, Unit unit, ProbeArea area,
                       Consumer<RecordedEvent> record, Consumer<PlanOutput> feedback, Runnable onFinished) {
        this.subscription = subscription;
        this.record = record;
        this.feedback = feedback;
        this.area = area;
        this.unit = unit;
        this.onFinished = onFinished;
        this.runner = new PlanRunner(plan, unit, area, channels, this::output);
        this.labels = channels.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).toList();
        PlanStep first = plan.steps().get(0);
        // a simulated therapist may ramp before the first frame reaches the runner: aim for the first band at once
        goal = goalFor(first, area.convert(first.band().in(unit, area).centre(), unit, Unit.NEWTON));
    }

    /**
     * Has {@code retarget} told each step's band and hold as the target, when the step starts and
     * when a pain ceiling lowers its band, so that the session's own holds (its hold table, the
     * live band) are judged against the step they belong to and not against the first step's.
     * Give the session's pipeline, {@code pipeline::retarget}. Call before {@link #start()}.
     */
    public PlanSession judgingHoldsWith(Consumer<Target> retarget) {
        this.judge = retarget;
        return this;
    }

    /** Starts draining the subscription on a thread of its own; the plan starts with the first frame. */
    public PlanSession start() {
        Thread t = new Thread(this::drain, "palpa-plan");
        t.setDaemon(true);
        t.start();
        return this;
    }

    private void drain() {
        try {
            while (true) {
                PipelineEvent.Processed p = subscription.pollFrame(20, TimeUnit.MILLISECONDS);
                if (p != null) {
                    frame(p);
                }
                for (PipelineEvent n = subscription.pollNotice(); n != null; n = subscription.pollNotice()) {
                    if (n instanceof PipelineEvent.Device d && d.event().kind() == DeviceEvent.Kind.STOP_BUTTON) {
                        pain(10, "too much (patient's button)");
                    } else if (n instanceof PipelineEvent.Ended) {
                        for (p = subscription.pollFrame(); p != null; p = subscription.pollFrame()) {
                            frame(p);
                        }
                        synchronized (this) {
                            runner.stop(lastNanos);
                        }
                        finished.countDown();
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    private synchronized void frame(PipelineEvent.Processed p) {
        lastNanos = p.frame().timestampNanos();
        if (!startedRunner) {
            startedRunner = true;
            runner.start(lastNanos);
        }
        runner.frame(lastNanos, p.frame().smoothed());
        updateGoal();
    }

    private void output(PlanOutput o) {
        if (o instanceof PlanOutput.StepStarted started) {
            step = started.step();
            judge.accept(targetOf(step, started.band()));
        } else if (o instanceof PlanOutput.CeilingReached ceiling && step != null) {
            judge.accept(targetOf(step, ceiling.loweredBand()));
        }
        record.accept(PlanEvents.recorded(o));
        feedback.accept(o);
        if (o instanceof PlanOutput.PlanFinished) {
            onFinished.run();
        }
    }

    /** A step's band and hold as a target in the session's unit. */
    private Target targetOf(PlanStep s, org.palpa.core.plan.PlanBand band) {
        org.palpa.core.plan.PlanBand b = band.in(unit, area);
        return new Target(b.min(), b.max(), unit, s.holdMillis(), null);
    }

    private void updateGoal() {
        PlanStatus s = runner.status();
        if (s.band() == null || s.phase() == PlanRunner.Phase.FINISHED) {
            return;
        }
        goal = goalFor(s.step(), area.convert(s.band().centre(), unit, Unit.NEWTON));
    }

    private Goal goalFor(PlanStep step, double newtons) {
        int channel = step.channel() == null ? 0 : Math.max(0, labels.indexOf(step.channel().toLowerCase(java.util.Locale.ROOT)));
        return new Goal(newtons, channel, step.holdMillis() / 1000.0, step.restMillis() / 1000.0);
    }

    /** A pain score 0 to 10 at the latest frame's time. */
    public synchronized void pain(int score, String source) {
        runner.pain(lastNanos, score, source);
    }

    public synchronized void skip() {
        runner.skip(lastNanos);
    }

    public synchronized void redo() {
        runner.redo(lastNanos);
    }

    /** Pauses, or resumes when paused. */
    public synchronized void pause() {
        runner.pause(lastNanos);
    }

    /** Where the current point's pain referred. */
    public synchronized void referral(List<BodyZone> zones) {
        runner.referral(lastNanos, zones);
    }

    /** The device time of the latest frame, for notes typed alongside the plan. */
    public synchronized long latestTimestampNanos() {
        return lastNanos;
    }

    public synchronized PlanStatus status() {
        return runner.status();
    }

    /** Waits until the session's end has been seen, up to {@code timeout}. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    /** What the simulated therapist aims for: the current repetition's band centre, in newtons. */
    @Override
    public Goal current() {
        return goal;
    }
}
