package org.palpa.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.ProbeArea;

/**
 * The work of {@link FrameProcessor} done a stretch of one channel at a time instead of a frame
 * at a time, for traces that are already recorded. Each channel has its own calibration, filter
 * and tracker and shares nothing with the others, so different channels may be run on different
 * threads at once; the stretches of one channel must come in order, and from one thread at a time
 * (or with a happens-before edge between them, as an executor's tasks have).
 *
 * <p>The holds come out as a frame-by-frame run reports them: by the frame at which each ended,
 * then by channel, and those still open at the end last, by channel.
 */
public final class ColumnProcessor {
    private final ChannelChain[] chains;
    private final double targetUnitsPerNewton;
    private final long filterDelayNanos;
    /** The frame each channel is at, so a finished hold knows when it was reported. */
    private final long[] row;
    private final List<List<Reported>> reported = new ArrayList<>();

    private record Reported(long frame, int channel, HoldResult hold) implements Comparable<Reported> {
        @Override
        public int compareTo(Reported o) {
            int byFrame = Long.compare(frame, o.frame);
            return byFrame != 0 ? byFrame : Integer.compare(channel, o.channel);
        }
    }

    /** As {@link FrameProcessor#FrameProcessor(DeviceInfo, List, org.palpa.core.signal.FilterSpec, TargetPlan, Function, ProbeArea, java.util.function.Consumer)}, without the hold receiver. */
    public ColumnProcessor(DeviceInfo device, List<ChannelCalibration> calibrations,
                           org.palpa.core.signal.FilterSpec filterSpec, TargetPlan plan,
                           Function<Target, TrackerSettings> settingsOfTarget, ProbeArea area) {
        int channels = device.channelCount();
        this.row = new long[channels];
        for (int c = 0; c < channels; c++) {
            reported.add(new ArrayList<>());
        }
        this.chains = ChannelChain.of(device, calibrations, filterSpec, plan, settingsOfTarget,
                c -> hold -> reported.get(c).add(new Reported(row[c], c, hold)));
        this.targetUnitsPerNewton = FrameProcessor.unitsPerNewton(device, calibrations, plan.unit(), area);
        this.filterDelayNanos = Math.round(chains[0].filter.groupDelayMillis() * 1e6);
    }

    /**
     * Runs the next {@code count} samples of {@code channel}.
     *
     * @param firstFrame the index in the whole trace of the frame that {@code values[0]} belongs to
     */
    public void run(int channel, long[] timestampNanos, double[] values, int count, long firstFrame) {
        ChannelChain chain = chains[channel];
        var tracker = chain.tracker;
        if (tracker == null) {
            return; // only smoothed, for a display that an analysis does not have
        }
        for (int i = 0; i < count; i++) {
            double smoothed = chain.filter.filter(chain.calibration.toNewtons(values[i]) * targetUnitsPerNewton);
            row[channel] = firstFrame + i;
            tracker.update(timestampNanos[i] - filterDelayNanos, smoothed);
        }
    }

    /** Closes any open holds, as at the end of a session; call once every channel has had all its samples. */
    public void finish() {
        for (int c = 0; c < chains.length; c++) {
            if (chains[c].tracker != null) {
                row[c] = Long.MAX_VALUE;
                chains[c].tracker.finish();
            }
        }
    }

    /** The holds found so far, in the order a frame-by-frame run would have reported them. */
    public List<HoldResult> holds() {
        List<Reported> all = new ArrayList<>();
        reported.forEach(all::addAll);
        all.sort(null);
        List<HoldResult> holds = new ArrayList<>(all.size());
        for (Reported r : all) {
            holds.add(r.hold());
        }
        return holds;
    }

    public int channelCount() {
        return chains.length;
    }

    /** The delay the filter chain adds, in milliseconds. */
    public double filterDelayMillis() {
        return filterDelayNanos / 1e6;
    }
}
