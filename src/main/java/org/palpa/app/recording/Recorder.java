package org.palpa.app.recording;

import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.PipelineEvent;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.live.Subscription;
import org.palpa.app.port.SessionWriter;
import org.palpa.core.record.ChunkBuilder;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.pipeline.ProcessedFrame;

/**
 * Records a live session into a {@link SessionWriter} without ever making acquisition wait on the disk.
 *
 * <p>A drain thread empties the recorder's pipeline subscription, packs frames into chunks of at
 * most one second of signal and hands a chunk over at least every {@value #HANDOVER_MILLIS} ms.
 * A writer thread commits what was handed over. Buffering is bounded: at most
 * {@value #PENDING_LIMIT} chunks (about {@value #PENDING_LIMIT} seconds of samples) wait for the
 * disk, and the subscription holds {@value #SUBSCRIPTION_FRAMES} more frames. When a stalled disk
 * fills both, a real-time device's further frames overflow the subscription; they are counted and
 * written as a {@link RecordedEvent.Kind#LOSS} event once the disk is back. A source that can wait
 * (a replay, a fast simulation) is made to wait instead. Nothing is dropped silently.
 * <p>A recording may be paused: the pause's frames and holds are not kept, and the pause and the
 * resumption (saying what was left out) are events in the chain. It ends with the pipeline, or
 * earlier with {@link #stop}, while the device stays connected.
 */
public final class Recorder {
    /** Longest time, in wall-clock milliseconds, a frame waits in the drain thread before it is handed over. */
    public static final int HANDOVER_MILLIS = 500;
    /** Chunks, events and holds that may wait for the disk before chunks are dropped. */
    public static final int PENDING_LIMIT = 120;
    /** Events and holds that may wait for the disk; beyond that they are counted and named in the next loss event. */
    public static final int BACKLOG_LIMIT = 100_000;
    /** Frames the recorder's pipeline subscription holds. */
    public static final int SUBSCRIPTION_FRAMES = 16_384;

    private final Subscription subscription;
    private final SessionWriter store;
    private final Consumer<String> problems;
    private final WriterHandoff handoff = new WriterHandoff(this::drainNotices);
    private final BlockingQueue<RecordedEvent> notes = new ArrayBlockingQueue<>(1024);
    private RecordWriter writer;
    private Thread drainThread;
    private Thread writerThread;
    private long sessionId = -1;
    private double rateHz = 1;
    private ChunkBuilder builder;
    private long chunkStartedWallNanos;
    private long seenOverflow;
    private volatile long lastTimestampNanos;
    private volatile String endReason = "stopped";
    private boolean ended;
    private volatile String stopRequest;
    private volatile boolean pauseRequested;
    private boolean paused;
    private long pausedFrames;
    private long pausedHolds;
    private long pausedAtNanos;

    private Recorder(Subscription subscription, SessionWriter store, Consumer<String> problems) {
        this.subscription = subscription;
        this.store = store;
        this.problems = problems;
    }

    /**
     * Subscribes a recorder to {@code pipeline}; call before the pipeline starts. The subscription
     * is lossless, so a source that can wait (a replay, a fast simulation) waits for the recorder;
     * a real device never does.
     *
     * @param problems told, on the recorder's threads, when recording stops working
     */
    public static Recorder subscribe(LivePipeline pipeline, SessionWriter store, Consumer<String> problems) {
        return attach(pipeline.subscribe("recorder", SUBSCRIPTION_FRAMES, true), store, problems);
    }

    /** A recorder on a lossless subscription of {@value #SUBSCRIPTION_FRAMES} frames; it records from then on. */
    public static Recorder attach(Subscription subscription, SessionWriter store, Consumer<String> problems) {
        return new Recorder(subscription, store, problems);
    }

    /** Stops keeping frames and holds until {@link #resume}; a pause event goes into the chain. Returns at once. */
    public void pause() {
        pauseRequested = true;
    }

    /** Keeps frames again after {@link #pause}; a resume event says what the pause left out. Returns at once. */
    public void resume() {
        pauseRequested = false;
    }

    /** Ends the recording now while the pipeline goes on, with {@code reason}; then {@link #finish}. */
    public void stop(String reason) {
        stopRequest = reason;
    }

    /**
     * Creates the session in the store and starts recording; call once the pipeline has started.
     *
     * @return the new session's id
     * @throws org.palpa.app.port.StoreException when the session cannot be created
     */
    public long begin(SessionMeta meta) {
        String genesis = IntegrityChain.genesis(meta);
        sessionId = store.create(meta, genesis);
        int framesPerChunk = (int) Math.max(1, Math.ceil(meta.device().nominalRateHz()));
        builder = new ChunkBuilder(meta.device().channelCount(), framesPerChunk);
        rateHz = meta.device().nominalRateHz();
        writer = new RecordWriter(store, sessionId, genesis, handoff.queue(), problems, rateHz);
        writerThread = new Thread(writer, "palpa-record-writer");
        handoff.writer(writer, writerThread);
        writerThread.setDaemon(true);
        writerThread.start();
        drainThread = new Thread(this::drain, "palpa-record-drain");
        drainThread.setDaemon(true);
        drainThread.start();
        return sessionId;
    }

    /** Gives up before {@link #begin}: the pipeline stops delivering to the recorder and never waits for it. */
    public void cancel() {
        subscription.cancel();
    }

    /** Adds a pain score, an annotation or a marker; false if too many notes are waiting. */
    public boolean note(RecordedEvent event) {
        return notes.offer(event);
    }

    /** Adds a pain score (0-10) at the time of the latest frame; returns false if too many notes are waiting. */
    public boolean painNow(double score, String detail) {
        return note(RecordedEvent.pain(lastTimestampNanos, score, detail));
    }

    /** Adds an event of {@code kind} (an annotation, an outside marker) at the time of the latest frame. */
    public boolean noteNow(RecordedEvent.Kind kind, String text) {
        return note(new RecordedEvent(lastTimestampNanos, kind, null, text));
    }

    private void drain() {
        try {
            while (!ended) {
                String stop = stopRequest;
                if (stop != null) {
                    endReason = stop;
                    break;
                }
                followPause();
                PipelineEvent.Processed p = subscription.pollFrame(20, TimeUnit.MILLISECONDS);
                while (p != null) {
                    frame(p.frame());
                    p = subscription.pollFrame();
                }
                drainNotices();
                RecordedEvent note;
                while ((note = notes.poll()) != null) {
                    handoff.enqueue(new Pending.Event(note, 0));
                }
                checkOverflow();
                if (builder.frames() > 0 && System.nanoTime() - chunkStartedWallNanos >= HANDOVER_MILLIS * 1_000_000L) {
                    handOver();
                }
                handoff.retryBacklog();
            }
            for (PipelineEvent.Processed p = subscription.pollFrame(); p != null; p = subscription.pollFrame()) {
                frame(p.frame());
            }
            checkOverflow();
            handOver();
            handoff.flushLoss();
            String reason = endReason;
            handoff.putAtEnd(new Pending.Event(new RecordedEvent(lastTimestampNanos, RecordedEvent.Kind.SESSION_END, null, reason), 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            problems.accept("recording stopped: internal error (" + e + "); live feedback goes on, "
                    + "the session keeps what was committed");
        } finally {
            subscription.cancel(); // the pipeline must never wait for a recorder that has stopped
            writer.inputDone();
        }
    }

    private void followPause() throws InterruptedException {
        if (pauseRequested == paused) {
            return;
        }
        if (pauseRequested) {
            handOver();
            paused = true;
            pausedAtNanos = lastTimestampNanos;
            pausedFrames = 0;
            pausedHolds = 0;
            handoff.enqueue(new Pending.Event(new RecordedEvent(lastTimestampNanos, RecordedEvent.Kind.RECORDING_PAUSED, null,
                    "recording paused"), 0));
        } else {
            paused = false;
            String detail = String.format(Locale.ROOT, "recording resumed after %.3f s; %d frames and %d holds of the "
                    + "pause were not kept", (lastTimestampNanos - pausedAtNanos) / 1e9, pausedFrames, pausedHolds);
            handoff.enqueue(new Pending.Event(new RecordedEvent(lastTimestampNanos, RecordedEvent.Kind.RECORDING_RESUMED, null,
                    detail), 0));
        }
    }

    private void frame(ProcessedFrame f) throws InterruptedException {
        if (paused) {
            lastTimestampNanos = f.timestampNanos();
            pausedFrames++;
            return;
        }
        if (builder.frames() == 0) {
            chunkStartedWallNanos = System.nanoTime();
        }
        builder.add(f.timestampNanos(), f.sequence(), f.raw(), f.forceNewtons());
        lastTimestampNanos = f.timestampNanos();
        if (builder.isFull()) {
            handOver();
        }
    }

    /**
     * Takes holds, device events and the end from the subscription. Runs even while the drain
     * thread waits for the disk, because the pipeline waits for a lossless subscriber's notices.
     */
    private void drainNotices() {
        PipelineEvent n;
        while ((n = subscription.pollNotice()) != null) {
            switch (n) {
                case PipelineEvent.HoldFinished h -> {
                    if (paused) {
                        pausedHolds++;
                    } else {
                        handoff.enqueue(new Pending.Hold(h.hold()));
                    }
                }
                case PipelineEvent.Device d -> handoff.enqueue(new Pending.Event(RecordedEvent.of(d.event()), 0));
                case PipelineEvent.Ended e -> {
                    endReason = e.summary().endReason();
                    ended = true;
                }
                case PipelineEvent.Processed p -> throw new IllegalStateException("frames never arrive as notices");
            }
        }
    }

    private void handOver() throws InterruptedException {
        if (builder.frames() == 0) {
            return;
        }
        handoff.chunk(new Pending.Chunk(builder.take()), lastTimestampNanos);
    }

    private void checkOverflow() {
        long overflow = subscription.overflowCount();
        if (overflow > seenOverflow && paused) {
            pausedFrames += overflow - seenOverflow; // not kept in any case
            seenOverflow = overflow;
        } else if (overflow > seenOverflow) {
            handoff.loss(overflow - seenOverflow, lastTimestampNanos, lastTimestampNanos);
            seenOverflow = overflow;
        }
    }

    /**
     * Waits for everything to be written, then marks the session complete (or leaves a clear
     * problem when writing failed). Call after the pipeline has ended.
     */
    public RecordingResult finish(SessionSummary summary, long timeout, TimeUnit unit) throws InterruptedException {
        if (drainThread == null) {
            throw new IllegalStateException("the recorder was never begun");
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        drainThread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        writerThread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        String problem = writer.failure();
        if (writerThread.isAlive() || drainThread.isAlive()) {
            problem = "the recorder did not finish writing in time; the session keeps what was committed";
        } else if (problem == null) {
            try {
                store.finish(sessionId, SessionStatus.COMPLETE, System.currentTimeMillis(),
                        summary == null ? endReason : summary.endReason());
            } catch (org.palpa.core.PalpaException e) {
                problem = e.getMessage();
            }
        }
        return new RecordingResult(sessionId, writer.framesWritten(), handoff.lostFrames() + writer.discardedFrames(), writer.head(), problem,
                writer.framesWritten() / Math.max(1e-9, rateHz));
    }
}
