package org.palpa.app.classroom;

import org.palpa.app.live.LivePipeline;
import org.palpa.app.recording.Recorder;
import org.palpa.core.sample.DeviceInfo;

/**
 * Told when each session of a station begins and ends, on the station's own thread, so that
 * something beside the tile and the recorder (the stream to the lab) can follow it. Both calls
 * must return quickly.
 */
public interface StationListener {
    /** Listens to nothing. */
    StationListener NONE = new StationListener() {
        @Override
        public void sessionStarted(Station station, LivePipeline pipeline, DeviceInfo device, Recorder recorder) {
        }

        @Override
        public void sessionEnded(Station station) {
        }
    };

    /**
     * A session of {@code station} is live on {@code device}; {@code recorder} records it, or is
     * null when it is not recorded.
     */
    void sessionStarted(Station station, LivePipeline pipeline, DeviceInfo device, Recorder recorder);

    /** That session's stream ended; its recording is about to be finished. */
    void sessionEnded(Station station);
}
