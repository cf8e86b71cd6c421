package org.palpa.app.replay;

import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.core.sample.DeviceInfo;

/** A recorded trace (a CSV file, a test's frames) as a replay source; it has no device events. */
public final class TraceSource implements ReplaySource {
    private final String name;
    private final DeviceInfo device;
    private final TraceAnalysis.FrameSource frames;
    private final AutoCloseable resource;

    /**
     * @param name     what the trace is, such as its file name
     * @param device   what the trace says about its device
     * @param frames   the recorded frames, in time order
     * @param resource closed when the replay ends (the open file), or null
     */
    public TraceSource(String name, DeviceInfo device, TraceAnalysis.FrameSource frames, AutoCloseable resource) {
        this.name = name;
        this.device = device;
        this.frames = frames;
        this.resource = resource;
    }

    @Override
    public DeviceInfo open() {
        return device;
    }

    @Override
    public void play(Playback playback) {
        frames.forEach(playback::frame);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                // the file was only read; nothing is lost by a failed close
            }
        }
    }
}
