package org.palpa.app.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.pipeline.ColumnProcessor;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.pipeline.FrameProcessor;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;

/**
 * Finds the holds in a recorded trace with the same processing as a live session, on the
 * caller's thread and as fast as the frames come.
 */
public final class TraceAnalysis {
    private TraceAnalysis() {
    }

    /** Where the frames of a trace come from: calls {@code sink} once per frame, in time order. */
    @FunctionalInterface
    public interface FrameSource {
        void forEach(Consumer<Frame> sink);
    }

    /**
     * The result of an analysis.
     *
     * @param device            the trace's channels and rate
     * @param holds             the holds found, in order of ending
     * @param frames            frames read
     * @param filterDelayMillis the delay of the smoothing, already taken out of the hold times
     */
    public record Result(DeviceInfo device, List<HoldResult> holds, long frames, double filterDelayMillis) {
        public Result {
            holds = List.copyOf(holds);
        }
    }

    /** Runs every frame of {@code source} through calibration, smoothing and hold tracking, on the caller's thread. */
    public static Result run(DeviceInfo device, FrameSource source, SessionSettings settings) {
        return run(device, source, settings, List.of());
    }

    /**
     * As {@link #run(DeviceInfo, FrameSource, SessionSettings)}, judging the tracked channels
     * against each of {@code steps} from its time on, as a plan session was judged while it was
     * recorded (a contact under way keeps the target it began with; the channels' ramp-rate bands
     * are kept).
     */
    public static Result run(DeviceInfo device, FrameSource source, SessionSettings settings,
                             List<PlanEvents.StepTarget> steps) {
        List<HoldResult> holds = new ArrayList<>();
        FrameProcessor processor = processor(device, settings, holds);
        int[] next = {0};
        source.forEach(frame -> {
            while (next[0] < steps.size() && steps.get(next[0]).timestampNanos() <= frame.timestampNanos()) {
                processor.retarget(steps.get(next[0]++).target());
            }
            processor.process(frame);
        });
        processor.finish();
        return new Result(device, holds, processor.frames(), processor.filterDelayMillis());
    }

    /**
     * As {@link #run}, for a source that gives blocks of rows: each channel's stretch of a block is
     * run as its own task on {@code pool}, a channel's tasks one after another and different
     * channels side by side, while the source may read ahead on the same pool. At most
     * {@link #BLOCKS_IN_FLIGHT} blocks are held at once, so memory does not grow with the trace.
     * With a pool that runs tasks on the calling thread ({@code Runnable::run}) it all happens in
     * order on the caller's thread. A failure of the source or of a task is thrown here.
     */
    public static Result runBlocks(BlockSource source, SessionSettings settings, Executor pool) {
        DeviceInfo device = source.device();
        ColumnProcessor processor = new ColumnProcessor(device, settings.calibrations().apply(device),
                settings.filter(), settings.targets(), settings::trackerSettingsFor, settings.probeArea());
        int channels = processor.channelCount();
        CompletableFuture<?>[] last = new CompletableFuture<?>[channels];
        Arrays.fill(last, CompletableFuture.completedFuture(null));
        ArrayDeque<CompletableFuture<?>> inFlight = new ArrayDeque<>();
        long frames = 0;
        for (TraceBlock block = source.next(); block != null; block = source.next()) {
            TraceBlock b = block;
            long first = frames;
            for (int c = 0; c < channels; c++) {
                int channel = c;
                last[c] = last[c].thenRunAsync(() -> processor.run(channel, b.timestampNanos(), b.columns()[channel],
                        b.rows(), first), pool);
            }
            inFlight.add(CompletableFuture.allOf(last.clone()).thenRun(() -> source.recycle(b)));
            if (inFlight.size() > BLOCKS_IN_FLIGHT) {
                join(inFlight.poll());
            }
            frames += block.rows();
        }
        join(CompletableFuture.allOf(last));
        processor.finish();
        return new Result(device, processor.holds(), frames, processor.filterDelayMillis());
    }

    /** Blocks of rows being worked on at once by {@link #runBlocks}. */
    public static final int BLOCKS_IN_FLIGHT = 6;

    private static void join(CompletableFuture<?> f) {
        try {
            f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static FrameProcessor processor(DeviceInfo device, SessionSettings settings, List<HoldResult> holds) {
        return new FrameProcessor(device, settings.calibrations().apply(device), settings.filter(),
                settings.targets(), settings::trackerSettingsFor, settings.probeArea(), holds::add);
    }
}
