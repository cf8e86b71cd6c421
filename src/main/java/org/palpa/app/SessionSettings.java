package org.palpa.app;

import java.util.List;
import java.util.function.Function;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.pipeline.FrameProcessor;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.signal.FilterSpec;

/**
 * What a live session needs besides its device.
 *
 * @param target            the band and duration every channel is judged against
 * @param trackerSettings   contact thresholds, or null for {@link TrackerSettings#forTarget}
 * @param filter            the smoothing chain
 * @param probeArea         the contact area for pressures
 * @param maxStreamSeconds  stop after this much signal time; 0 or less runs until stopped
 * @param calibrations      picks the calibration of each channel once the device is known
 * @param inputCapacity     frames that may wait between the transport and the pipeline
 */
public record SessionSettings(Target target, TrackerSettings trackerSettings, FilterSpec filter, ProbeArea probeArea,
                              double maxStreamSeconds,
                              Function<DeviceInfo, List<ChannelCalibration>> calibrations,
                              int inputCapacity) {
    public SessionSettings {
        if (target == null || filter == null || probeArea == null) {
            throw new IllegalArgumentException("session needs a target, a filter and a probe area");
        }
        trackerSettings = trackerSettings == null ? TrackerSettings.forTarget(target) : trackerSettings;
        calibrations = calibrations == null ? FrameProcessor::nativeCalibrations : calibrations;
        if (inputCapacity < 1) {
            throw new IllegalArgumentException("input capacity must be at least 1");
        }
    }

    /** Settings with the default smoothing, the standard algometer tip, native calibration and room for 4 s at 1 kHz. */
    public static SessionSettings of(Target target, double maxStreamSeconds) {
        return new SessionSettings(target, null, FilterSpec.parse(FilterSpec.DEFAULT), ProbeArea.ALGOMETER_TIP,
                maxStreamSeconds, null, 4096);
    }

    public SessionSettings withFilter(FilterSpec spec) {
        return new SessionSettings(target, trackerSettings, spec, probeArea, maxStreamSeconds, calibrations, inputCapacity);
    }

    public SessionSettings withProbeArea(ProbeArea area) {
        return new SessionSettings(target, trackerSettings, filter, area, maxStreamSeconds, calibrations, inputCapacity);
    }
}
