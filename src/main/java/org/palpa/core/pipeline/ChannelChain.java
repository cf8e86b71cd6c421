package org.palpa.core.pipeline;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.HoldTracker;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.signal.FilterChain;
import org.palpa.core.signal.FilterSpec;

/**
 * One channel's part of the pipeline: its calibration, its smoothing and, when the channel is
 * judged against a target, its hold tracker. Channels never share state, so a frame can be worked
 * channel by channel ({@link FrameProcessor}) or a stretch of one channel at a time
 * ({@link ColumnProcessor}) with the same result.
 */
final class ChannelChain {
    final ChannelCalibration calibration;
    final FilterChain filter;
    /** The channel's hold tracker, which holds its target; null when the channel is only smoothed. */
    final HoldTracker tracker;

    private ChannelChain(ChannelCalibration calibration, FilterChain filter, HoldTracker tracker) {
        this.calibration = calibration;
        this.filter = filter;
        this.tracker = tracker;
    }

    /**
     * The chains of every channel of {@code device}, each filter built at the device's nominal rate.
     *
     * @param onHold the receiver of each channel's finished holds, by channel index
     * @throws IllegalArgumentException when the calibrations do not fit the device or the plan
     *                                  names a channel the device lacks
     */
    static ChannelChain[] of(DeviceInfo device, List<ChannelCalibration> calibrations, FilterSpec filterSpec,
                             TargetPlan plan, Function<Target, TrackerSettings> settingsOfTarget,
                             IntFunction<Consumer<HoldResult>> onHold) {
        int channels = device.channelCount();
        if (calibrations.size() != channels) {
            throw new IllegalArgumentException("device " + device.model() + " has " + channels
                    + " channels but " + calibrations.size() + " calibrations were given");
        }
        plan.mismatch(device).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        ChannelChain[] chains = new ChannelChain[channels];
        for (int c = 0; c < channels; c++) {
            Target t = plan.targetFor(device.channels().get(c).label()).orElse(null);
            HoldTracker tracker = t == null ? null : new HoldTracker(c, t, settingsOfTarget.apply(t), onHold.apply(c));
            chains[c] = new ChannelChain(calibrations.get(c), filterSpec.build(device.nominalRateHz()), tracker);
        }
        return chains;
    }
}
