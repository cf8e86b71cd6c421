package org.palpa.app.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.hold.HoldResult;
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
        List<HoldResult> holds = new ArrayList<>();
        FrameProcessor processor = processor(device, settings, holds);
        source.forEach(processor::process);
        processor.finish();
        return new Result(device, holds, processor.frames(), processor.filterDelayMillis());
    }

    /**
     * As {@link #run}, but the source is read on a second thread while the caller processes, so that
     * reading and parsing a file overlaps with filtering and tracking. At most a few batches of frames
     * are in flight, so memory does not grow with the trace. An exception from the source is thrown
     * here, on the caller's thread.
     */
    public static Result runPipelined(DeviceInfo device, FrameSource source, SessionSettings settings) {
        List<HoldResult> holds = new ArrayList<>();
        FrameProcessor processor = processor(device, settings, holds);
        try (FrameHandoff handoff = new FrameHandoff(source)) {
            handoff.drainTo(processor::process);
        }
        processor.finish();
        return new Result(device, holds, processor.frames(), processor.filterDelayMillis());
    }

    private static FrameProcessor processor(DeviceInfo device, SessionSettings settings, List<HoldResult> holds) {
        return new FrameProcessor(device, settings.calibrations().apply(device), settings.filter(),
                settings.targets(), settings::trackerSettingsFor, settings.probeArea(), holds::add);
    }
}
