package org.palpa.app.live;

import java.util.List;
import java.util.function.Function;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.pipeline.FrameProcessor;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.signal.FilterSpec;

/**
 * What a live session needs besides its device.
 *
 * @param target            the band and duration shown where a session has room for one target;
 *                          with a uniform plan, the target of every channel
 * @param trackerSettings   contact thresholds, or null for {@link TrackerSettings#forTarget}
 * @param filter            the smoothing chain
 * @param probeArea         the contact area for pressures
 * @param maxStreamSeconds  stop after this much signal time; 0 or less runs until stopped
 * @param calibrations      picks the calibration of each channel once the device is known
 * @param inputCapacity     frames that may wait between the transport and the pipeline
 * @param targets           the target of each channel and which channels are tracked; null for
 *                          {@code target} on every channel. Its primary target must be {@code target}.
 */
public record SessionSettings(Target target, TrackerSettings trackerSettings, FilterSpec filter, ProbeArea probeArea,
                              double maxStreamSeconds,
                              Function<DeviceInfo, List<ChannelCalibration>> calibrations,
                              int inputCapacity, TargetPlan targets) {
    public SessionSettings {
        if (target == null || filter == null || probeArea == null) {
            throw new IllegalArgumentException("session needs a target, a filter and a probe area");
        }
        targets = targets == null ? TargetPlan.uniform(target) : targets;
        if (!targets.primary().equals(target)) {
            throw new IllegalArgumentException("the session's target must be its plan's primary target");
        }
        trackerSettings = trackerSettings == null ? TrackerSettings.forTarget(target) : trackerSettings;
        calibrations = calibrations == null ? FrameProcessor::nativeCalibrations : calibrations;
        if (inputCapacity < 1) {
            throw new IllegalArgumentException("input capacity must be at least 1");
        }
    }

    /** Settings with one target for every channel. */
    public SessionSettings(Target target, TrackerSettings trackerSettings, FilterSpec filter, ProbeArea probeArea,
                           double maxStreamSeconds, Function<DeviceInfo, List<ChannelCalibration>> calibrations,
                           int inputCapacity) {
        this(target, trackerSettings, filter, probeArea, maxStreamSeconds, calibrations, inputCapacity, null);
    }

    /** These settings with a target per channel; the plan's primary target becomes {@link #target()}. */
    public SessionSettings withTargets(TargetPlan plan) {
        return new SessionSettings(plan.primary(), trackerSettings.equals(TrackerSettings.forTarget(target)) ? null
                : trackerSettings, filter, probeArea, maxStreamSeconds, calibrations, inputCapacity, plan);
    }

    /**
     * The contact thresholds for a channel judged against {@code channelTarget}: thresholds that
     * were derived from the session's target scale with the channel's own target, while thresholds
     * given explicitly apply to every channel.
     */
    public TrackerSettings trackerSettingsFor(Target channelTarget) {
        return trackerSettings.equals(TrackerSettings.forTarget(target))
                ? TrackerSettings.forTarget(channelTarget) : trackerSettings;
    }

    /** Settings with the default smoothing, the standard algometer tip, native calibration and room for 4 s at 1 kHz. */
    public static SessionSettings of(Target target, double maxStreamSeconds) {
        return new SessionSettings(target, null, FilterSpec.parse(FilterSpec.DEFAULT), ProbeArea.ALGOMETER_TIP,
                maxStreamSeconds, null, 4096);
    }

    public SessionSettings withFilter(FilterSpec spec) {
        return new SessionSettings(target, trackerSettings, spec, probeArea, maxStreamSeconds, calibrations, inputCapacity, targets);
    }

    public SessionSettings withProbeArea(ProbeArea area) {
        return new SessionSettings(target, trackerSettings, filter, area, maxStreamSeconds, calibrations, inputCapacity,
                targets);
    }
}
