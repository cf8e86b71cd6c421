package org.palpa.app.replay;

import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;

/**
 * Where a replay's frames come from: a CSV trace or a stored session. A source only reads; the
 * {@link ReplayTransport} that plays it does the pacing, the skipping and the ending.
 */
public interface ReplaySource extends AutoCloseable {
    /** What is played to the frames and events of a source, in time order. */
    interface Playback {
        /** The next recorded frame. */
        void frame(Frame frame);

        /** A device event (stop button, gap, reconnect) at its recorded time. */
        void event(DeviceEvent event);

        /** Recording was resumed here after a pause: the stretch of the pause is not waited through. */
        void resumed();
    }

    /** Opens the recording and says what it holds; a missing recording is a transport error. */
    DeviceInfo open();

    /** Device time that a replay's start offset counts from, or {@link Long#MIN_VALUE} for the first frame. */
    default long originNanos() {
        return Long.MIN_VALUE;
    }

    /** Plays every frame and event, in time order, on the calling thread. */
    void play(Playback playback);

    /** What the replay is of, for its messages: {@code session 3} or {@code trace.csv}. */
    String name();

    /** Closes what the source holds open; reading never changes the recording. */
    @Override
    default void close() {
    }
}
