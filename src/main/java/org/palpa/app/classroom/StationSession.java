package org.palpa.app.classroom;

import java.util.List;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.Subscription;
import org.palpa.app.port.RecordableSession;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.sample.DeviceInfo;

/** One running session of a station, as the session journal sees it. */
final class StationSession implements RecordableSession {
    private final LivePipeline pipeline;
    private final DeviceInfo device;
    private final SessionSettings settings;
    private volatile long latestTimestampNanos;

    StationSession(LivePipeline pipeline, DeviceInfo device, SessionSettings settings) {
        this.pipeline = pipeline;
        this.device = device;
        this.settings = settings;
    }

    void saw(long timestampNanos) {
        latestTimestampNanos = timestampNanos;
    }

    @Override
    public DeviceInfo device() {
        return device;
    }

    @Override
    public SessionSettings settings() {
        return settings;
    }

    @Override
    public List<CalibrationRef> calibrationRefs() {
        return pipeline.calibrationRefs();
    }

    @Override
    public long latestTimestampNanos() {
        return latestTimestampNanos;
    }

    @Override
    public Subscription subscribe(String name, int capacity, boolean lossless) {
        return pipeline.subscribe(name, capacity, lossless);
    }
}
