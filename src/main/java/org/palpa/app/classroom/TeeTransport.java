package org.palpa.app.classroom;

import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;

/**
 * A station's device with a tap: every frame and event goes to the station's own pipeline and,
 * while someone watches the station's full view, also to that view's pipeline. The view only
 * listens: closing it never closes the device, and a slow view cannot slow the station, because a
 * live pipeline's sink never blocks a real-time device.
 */
final class TeeTransport implements Transport {
    private final Transport device;
    private volatile DeviceInfo info;
    private volatile FrameSink tap;

    TeeTransport(Transport device) {
        this.device = device;
    }

    @Override
    public DeviceInfo connect() {
        info = device.connect();
        return info;
    }

    @Override
    public void start(FrameSink sink) {
        device.start(new FrameSink() {
            @Override
            public void frame(Frame frame) {
                sink.frame(frame);
                FrameSink t = tap;
                if (t != null) {
                    t.frame(frame);
                }
            }

            @Override
            public void event(DeviceEvent event) {
                sink.event(event);
                FrameSink t = tap;
                if (t != null) {
                    t.event(event);
                }
            }

            @Override
            public void ended(String reason) {
                FrameSink t = tap;
                tap = null;
                if (t != null) {
                    t.ended(reason);
                }
                sink.ended(reason);
            }
        });
    }

    @Override
    public boolean waitsForConsumer() {
        return device.waitsForConsumer();
    }

    @Override
    public void close() {
        FrameSink t = tap;
        tap = null;
        if (t != null) {
            t.ended("the station stopped");
        }
        device.close();
    }

    /** A transport that listens to this device from now on, for a full live view; null before it connected. */
    Transport tap() {
        DeviceInfo known = info;
        if (known == null) {
            return null;
        }
        return new Transport() {
            private FrameSink mine;

            @Override
            public DeviceInfo connect() {
                return known;
            }

            @Override
            public void start(FrameSink sink) {
                mine = sink;
                tap = sink;
            }

            @Override
            public boolean waitsForConsumer() {
                return false;
            }

            @Override
            public void close() {
                FrameSink m = mine;
                if (m != null && tap == m) {
                    tap = null;
                    m.ended("the view was closed");
                }
            }
        };
    }
}
