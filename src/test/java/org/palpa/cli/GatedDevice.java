package org.palpa.cli;

import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.Unit;

/** A fake 100 Hz algometer whose frames the test sends in phases, from the test's thread. */
public final class GatedDevice implements Transport {
    private volatile FrameSink sink;
    private long next;

    @Override
    public DeviceInfo connect() {
        return new DeviceInfo("gated-algometer", "G1", "1", List.of(new Channel(0, "probe", Unit.NEWTON)), 100);
    }

    @Override
    public void start(FrameSink sink) {
        this.sink = sink;
    }

    /** Sends {@code count} frames, 10 ms apart, the value of each from its sequence number. */
    public void send(int count, LongToDoubleFunction newtons) {
        for (int i = 0; i < count; i++, next++) {
            sink.frame(new Frame(next * 10_000_000L, next, new double[] {newtons.applyAsDouble(next)}));
        }
    }

    /** The sequence number of the next frame. */
    long next() {
        return next;
    }

    public void end() {
        sink.ended("device switched off");
    }

    @Override
    public boolean waitsForConsumer() {
        return true;
    }

    @Override
    public void close() {
    }
}
