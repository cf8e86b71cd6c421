package org.palpa.app.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.pipeline.FrameProcessor;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;

/**
 * Runs a live session: the transport's thread hands frames through a bounded queue to one
 * processing thread, which calibrates, smooths and tracks them and publishes the results to
 * every {@link Subscription}.
 *
 * <p>Frames a real-time device delivers while the queue is full are counted as dropped and
 * reported as a gap; a source that can wait is made to wait instead.
 */
public final class LivePipeline implements AutoCloseable {
    private sealed interface Inbound {
        record FrameIn(Frame frame) implements Inbound { }
        record EventIn(DeviceEvent event) implements Inbound { }
        record EndIn(String reason) implements Inbound { }
    }

    private final Transport transport;
    private final SessionSettings settings;
    private final BlockingQueue<Inbound> input;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private final CountDownLatch done = new CountDownLatch(1);
    private final List<HoldResult> holds = new ArrayList<>();
    private volatile SessionSummary summary;
    private final java.util.Queue<Target> retargets = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Targets that take over at a frame time, as a replayed plan session's steps did ({@link Transport#recordedSteps}). */
    private final List<org.palpa.core.plan.PlanEvents.StepTarget> steps;
    private volatile String stopReason;
    private DeviceInfo device;
    private volatile List<CalibrationRef> calibrationRefs = List.of();
    private Thread worker;

    public LivePipeline(Transport transport, SessionSettings settings) {
        this.transport = transport;
        this.settings = settings;
        this.input = new ArrayBlockingQueue<>(settings.inputCapacity());
        this.steps = inSessionUnit(transport.recordedSteps());
    }

    /**
     * Adds a listener. Made before {@link #start()}, it sees every frame; made later (to record
     * from now on), it sees the frames from then on, and the end even if that came first.
     *
     * @param capacity frames the listener may fall behind by before frames are counted as overflow
     * @param lossless whether a source that can wait should be made to wait for this listener
     */
    public Subscription subscribe(String name, int capacity, boolean lossless) {
        Subscription s = new Subscription(name, capacity, lossless);
        subscriptions.add(s);
        SessionSummary ended = summary;
        if (ended != null) {
            // the end was published before (or while) this listener joined; a second end notice is harmless
            s.deliverEnd(new PipelineEvent.Ended(ended));
        }
        return s;
    }

    /** Connects the device and starts processing; returns what the device said about itself. */
    public DeviceInfo start() {
        device = transport.connect();
        FrameProcessor processor;
        try {
            processor = new FrameProcessor(device, settings.calibrations().apply(device),
                    settings.filter(), settings.targets(), settings::trackerSettingsFor, settings.probeArea(),
                    this::holdFinished);
        } catch (IllegalArgumentException e) {
            transport.close(); // the device lacks a channel the targets name: nothing will be processed
            throw e;
        }
        calibrationRefs = processor.calibrationRefs();
        worker = new Thread(() -> run(processor), "palpa-pipeline");
        worker.setDaemon(true);
        worker.start();
        transport.start(new Sink());
        return device;
    }

    private final class Sink implements FrameSink {
        @Override
        public void frame(Frame frame) {
            Inbound in = new Inbound.FrameIn(frame);
            if (transport.waitsForConsumer()) {
                try {
                    while (done.getCount() > 0 && !input.offer(in, 100, TimeUnit.MILLISECONDS)) {
                        // keep waiting while the pipeline is alive
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (!input.offer(in)) {
                dropped.incrementAndGet();
            }
        }

        @Override
        public void event(DeviceEvent event) {
            if (!input.offer(new Inbound.EventIn(event))) {
                dropped.incrementAndGet();
            }
        }

        @Override
        public void ended(String reason) {
            try {
                while (done.getCount() > 0 && !input.offer(new Inbound.EndIn(reason), 100, TimeUnit.MILLISECONDS)) {
                    // the pipeline drains the queue, so room comes
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run(FrameProcessor processor) {
        String reason = "stopped";
        long firstNanos = Long.MIN_VALUE;
        long lastNanos = 0;
        int nextStep = 0;
        long maxNanos = settings.maxStreamSeconds() > 0 ? Math.round(settings.maxStreamSeconds() * 1e9) : Long.MAX_VALUE;
        long reportedDrops = 0;
        boolean canWait = transport.waitsForConsumer();
        try {
            while (true) {
                Inbound in = input.poll(100, TimeUnit.MILLISECONDS);
                if (in == null) {
                    if (stopReason != null) {
                        reason = stopReason;
                        break;
                    }
                    continue;
                }
                if (in instanceof Inbound.EndIn end) {
                    reason = stopReason != null ? stopReason : end.reason();
                    break;
                }
                if (in instanceof Inbound.EventIn ev) {
                    publish(new PipelineEvent.Device(ev.event()), canWait);
                    continue;
                }
                Frame f = ((Inbound.FrameIn) in).frame();
                if (firstNanos == Long.MIN_VALUE) {
                    firstNanos = f.timestampNanos();
                }
                if (f.timestampNanos() - firstNanos >= maxNanos) {
                    reason = String.format(java.util.Locale.ROOT, "reached %.0f s", settings.maxStreamSeconds());
                    break;
                }
                long drops = dropped.get();
                if (drops != reportedDrops) {
                    publish(new PipelineEvent.Device(new DeviceEvent(f.timestampNanos(), DeviceEvent.Kind.GAP,
                            (drops - reportedDrops) + " frames dropped: the pipeline fell behind the device")), canWait);
                    reportedDrops = drops;
                }
                lastNanos = f.timestampNanos();
                for (Target t = retargets.poll(); t != null; t = retargets.poll()) {
                    processor.retarget(t);
                }
                while (nextStep < steps.size() && steps.get(nextStep).timestampNanos() <= f.timestampNanos()) {
                    processor.retarget(steps.get(nextStep++).target());
                }
                processor.process(f);
                publish(new PipelineEvent.Processed(processor.snapshot()), canWait);
            }
            transport.close();
            processor.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = "interrupted";
            transport.close();
        } catch (RuntimeException e) {
            reason = "pipeline error: " + e.getMessage();
            transport.close();
        } finally {
            double seconds = firstNanos == Long.MIN_VALUE ? 0 : (lastNanos - firstNanos) / 1e9;
            DeviceInfo info = device;
            summary = new SessionSummary(info, settings.target(), List.copyOf(holds), processor.frames(),
                    processor.lostFrames(), dropped.get(), firstNanos == Long.MIN_VALUE ? 0 : firstNanos, seconds, processor.filterDelayMillis(), reason,
                    processor.calibrationRefs());
            try {
                publish(new PipelineEvent.Ended(summary), canWait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.countDown();
        }
    }

    private void holdFinished(HoldResult hold) {
        holds.add(hold);
        try {
            publish(new PipelineEvent.HoldFinished(hold), transport.waitsForConsumer());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void publish(PipelineEvent event, boolean canWait) throws InterruptedException {
        for (Subscription s : subscriptions) {
            s.deliver(event, canWait);
        }
    }

    /**
     * Judges the tracked channels against {@code target}'s band and hold from the next frame on
     * (from the next contact, when one is under way), as a treatment plan's next step does; the
     * channels' ramp-rate bands are kept. Returns at once; the pipeline's thread makes the change.
     */
    public void retarget(Target target) {
        if (target.unit() != settings.target().unit()) {
            throw new IllegalArgumentException("the session judges in " + settings.target().unit().symbol()
                    + ", not in " + target.unit().symbol());
        }
        retargets.add(target);
    }

    /**
     * A replay's step targets, each judging the tracked channels from the first frame at or after its
     * time, as the recorded plan session was judged; all in the session's unit.
     */
    private List<org.palpa.core.plan.PlanEvents.StepTarget> inSessionUnit(List<org.palpa.core.plan.PlanEvents.StepTarget> steps) {
        for (org.palpa.core.plan.PlanEvents.StepTarget step : steps) {
            if (step.target().unit() != settings.target().unit()) {
                throw new IllegalArgumentException("the session judges in " + settings.target().unit().symbol()
                        + ", not in " + step.target().unit().symbol());
            }
        }
        return List.copyOf(steps);
    }

    /** Asks the session to end; the summary says {@code reason}. Returns at once. */
    public void stop(String reason) {
        stopReason = reason;
        transport.close();
    }

    /** Waits for the session to end and returns its summary, or null if it has not ended in time. */
    public SessionSummary await(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit) ? summary : null;
    }

    /** Which calibration each channel uses (profile id and content hash), known once {@link #start()} returned. */
    public List<CalibrationRef> calibrationRefs() {
        return calibrationRefs;
    }

    /** Frames the pipeline had no room for so far. */
    public long droppedFrames() {
        return dropped.get();
    }

    @Override
    public void close() {
        stop("closed");
        for (Subscription s : subscriptions) {
            s.cancel();
        }
    }
}
