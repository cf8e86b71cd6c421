package org.palpa.app.live;

import java.util.List;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.Unit;

/** A fake one-channel device at 100 Hz that plays a list of newton values on its own thread, then ends. */
final class ScriptedTransport implements Transport {
    private final double[] newtons;
    private final long skipSequence;
    private volatile boolean closed;

    ScriptedTransport(double[] newtons, long skipSequence) {
        this.newtons = newtons;
        this.skipSequence = skipSequence;
    }

    @Override
    public DeviceInfo connect() {
        return new DeviceInfo("fake", "1", "1", List.of(new Channel(0, "probe", Unit.NEWTON)), 100);
    }

    @Override
    public void start(FrameSink sink) {
        Thread t = new Thread(() -> {
            for (int i = 0; i < newtons.length && !closed; i++) {
                if (i != skipSequence) {
                    sink.frame(new Frame(i * 10_000_000L, i, new double[] {newtons[i]}));
                }
            }
            sink.ended("script finished");
        });
        t.setDaemon(true);
        t.start();
    }

    @Override
    public boolean waitsForConsumer() {
        return true;
    }

    @Override
    public void close() {
        closed = true;
    }
}
