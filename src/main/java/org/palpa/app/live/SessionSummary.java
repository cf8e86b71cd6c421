package org.palpa.app.live;

import java.util.List;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.DeviceInfo;

/**
 * How a live session went: the holds it found and the health of the data path.
 *
 * @param device            the device that was read
 * @param target            the target the holds were judged against
 * @param holds             every finished hold, in order of ending
 * @param frames            frames processed
 * @param lostFrames        frames missing from the device's sequence numbers
 * @param droppedFrames     frames the host had no room for (the pipeline fell behind a real-time device)
 * @param firstTimestampNanos timestamp of the first frame, the origin for times shown to users
 * @param streamSeconds     time covered by the frames, by their timestamps
 * @param filterDelayMillis delay added by smoothing, subtracted from reported hold times
 * @param endReason         why the session ended, for the user
 * @param calibrations      per channel, the calibration profile used (id and content hash)
 */
public record SessionSummary(DeviceInfo device, Target target, List<HoldResult> holds, long frames, long lostFrames,
                             long droppedFrames, long firstTimestampNanos, double streamSeconds, double filterDelayMillis, String endReason,
                             List<CalibrationRef> calibrations) {
    public SessionSummary {
        holds = List.copyOf(holds);
        calibrations = calibrations == null ? List.of() : List.copyOf(calibrations);
    }

    /** A summary of a session on native calibrations, which records no profile. */
    public SessionSummary(DeviceInfo device, Target target, List<HoldResult> holds, long frames, long lostFrames,
                          long droppedFrames, long firstTimestampNanos, double streamSeconds, double filterDelayMillis,
                          String endReason) {
        this(device, target, holds, frames, lostFrames, droppedFrames, firstTimestampNanos, streamSeconds,
                filterDelayMillis, endReason, List.of());
    }
}
