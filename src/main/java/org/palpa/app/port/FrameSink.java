package org.palpa.app.port;

import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.Frame;

/** Where a {@link Transport} delivers what it reads, on the transport's own thread. */
public interface FrameSink {

    /**
     * Takes the next frame. Returns at once for a real-time transport; may block a transport that
     * {@linkplain Transport#waitsForConsumer() waits for its consumer}.
     */
    void frame(Frame frame);

    /** Takes an event such as a stop button, a gap or a reconnect. */
    void event(DeviceEvent event);

    /** Says the stream has ended and no more frames will come; {@code reason} is for the user. */
    void ended(String reason);
}
