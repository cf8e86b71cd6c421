package org.palpa.app.port;

import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.DeviceInfo;

/**
 * A stream out to the lab (OSC, the Lab Streaming Layer): force and events as they happen, for
 * instruments that record EMG, EEG, video or motion beside Palpa. Times are Unix nanoseconds on
 * the host clock. Calls come from one thread; an outlet must never block for long, and counts
 * what it could not send rather than throwing.
 */
public interface LabOutlet extends AutoCloseable {
    /** The session starts on {@code device}; values will be in {@code unitSymbol}. */
    void start(DeviceInfo device, String unitSymbol);

    /** A processed frame; its smoothed values are in the session's unit. */
    void frame(long unixNanos, ProcessedFrame frame);

    /** A channel's band state changed. */
    void state(long unixNanos, int channel, String channelLabel, BandState state);

    /** A hold finished. */
    void hold(long unixNanos, String channelLabel, HoldResult hold);

    /** Something happened: a device event, a pain mark, a marker, a plan step ({@code kind} in lower case). */
    void event(long unixNanos, String kind, String detail);

    /** The session ended. */
    void end(String reason);

    /** One line for the end of the session: where it went and what was sent or not. */
    String summary();

    @Override
    void close();
}
