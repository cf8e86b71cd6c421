package org.palpa.app.live;

import java.util.List;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.Unit;

/** A transport that delivers a fixed list of frames from its own thread, as fast as the sink takes them. */
final class FakeTransport implements Transport {
    private final List<Frame> frames;
    private final boolean waits;
    private volatile boolean closed;
    private Thread thread;

    FakeTransport(List<Frame> frames, boolean waitsForConsumer) {
        this.frames = frames;
        this.waits = waitsForConsumer;
    }

    @Override
    public DeviceInfo connect() {
        return new DeviceInfo("fake", "F1", "1", List.of(new Channel(0, "probe", Unit.NEWTON)), 100);
    }

    @Override
    public void start(FrameSink sink) {
        thread = new Thread(() -> {
            for (Frame f : frames) {
                if (closed) {
                    break;
                }
                sink.frame(f);
            }
            sink.ended(closed ? "closed" : "end of fake data");
        });
        thread.start();
    }

    @Override
    public boolean waitsForConsumer() {
        return waits;
    }

    @Override
    public void close() {
        closed = true;
    }
}
