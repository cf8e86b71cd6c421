package org.palpa.app.port;

import java.util.List;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.Subscription;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.sample.DeviceInfo;

/**
 * A running session that a {@link SessionJournal} can record from any moment on: what it runs on
 * and with which settings, and a way to listen to its frames, holds and events from now on.
 */
public interface RecordableSession {
    /** The device as it identified itself. */
    DeviceInfo device();

    /** The target, filter and probe area the session runs with. */
    SessionSettings settings();

    /** Which calibration each channel uses. */
    List<CalibrationRef> calibrationRefs();

    /** The device timestamp of the newest frame, or 0 before the first. */
    long latestTimestampNanos();

    /**
     * Listens to the session from now on; a lossless listener makes a source that can wait
     * (a replay, a fast simulation) wait for it, never a real device.
     */
    Subscription subscribe(String name, int capacity, boolean lossless);
}
