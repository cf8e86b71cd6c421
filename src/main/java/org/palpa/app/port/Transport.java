package org.palpa.app.port;

import org.palpa.core.sample.DeviceInfo;

/**
 * A source of frames: a simulated device, a serial port, GPIO pins, or a recorded session.
 *
 * <p>The live pipeline calls {@link #connect()}, then {@link #start(FrameSink)}, and finally
 * {@link #close()}. A transport reads on a thread of its own and hands each frame to the sink.
 */
public interface Transport extends AutoCloseable {

    /**
     * Opens the device and learns what it is. Blocks until the device has identified itself.
     *
     * @throws TransportException naming the device and the reason when it cannot be opened
     */
    DeviceInfo connect();

    /** Starts delivering frames and events to {@code sink} from the transport's own thread; returns at once. */
    void start(FrameSink sink);

    /**
     * Whether this source can wait for a slow consumer, as a replay or a faster-than-real-time
     * simulation can. A real device cannot: its samples are lost if nobody takes them in time.
     */
    boolean waitsForConsumer();

    /**
     * For a replay of a recorded plan session: the step targets its holds were judged by, each from
     * its time on, which the pipeline then judges by as well. Empty (the default) for a device.
     */
    default java.util.List<org.palpa.core.plan.PlanEvents.StepTarget> recordedSteps() {
        return java.util.List.of();
    }

    /** Stops delivery and releases the device. Safe to call more than once and from any thread. */
    @Override
    void close();
}
