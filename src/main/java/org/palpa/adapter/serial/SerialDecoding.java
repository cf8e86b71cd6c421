package org.palpa.adapter.serial;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.palpa.app.port.FrameSink;
import org.palpa.core.protocol.Decoded;
import org.palpa.core.protocol.DeviceClock;
import org.palpa.core.protocol.StreamDecoder;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decoding thread of a {@link SerialTransport}: takes chunks from the reader, decodes them,
 * puts sample times on the host clock, and hands frames and events to the sink. It also keeps the
 * watchdog and turns link events into {@link DeviceEvent}s, in order with the data.
 */
final class SerialDecoding implements Consumer<Decoded> {
    private static final Logger LOG = LoggerFactory.getLogger(SerialDecoding.class);

    private final Handshake.Result connected;
    private final SerialSettings settings;
    private final ChunkBuffer buffer;
    private final SerialStats stats;
    private final FrameSink sink;
    private final BooleanSupplier closed;
    private final StreamDecoder decoder;
    private final DeviceInfo device;
    private final RateLimitedLog corruptLog = new RateLimitedLog(LOG, 1000);
    private DeviceClock clock = new DeviceClock();
    private long arrivalNanos;
    private long lastNanos = Long.MIN_VALUE;
    private long lastSequence = -1;
    private long sequenceOffset;
    private long otherFrames;
    private boolean rebase;
    private long hostSequence;
    private long lastDataNanos = System.nanoTime();
    private long bytesSinceData;
    private boolean silent;
    private boolean disconnected;

    SerialDecoding(Handshake.Result connected, SerialSettings settings, ChunkBuffer buffer, SerialStats stats,
                   FrameSink sink, BooleanSupplier closed) {
        this.connected = connected;
        this.settings = settings;
        this.buffer = buffer;
        this.stats = stats;
        this.sink = sink;
        this.closed = closed;
        this.decoder = connected.decoder();
        this.device = connected.device();
    }

    void run() {
        String reason = "port " + settings.port() + " closed";
        try {
            for (Handshake.Pending p : connected.pending()) {
                arrivalNanos = p.arrivalNanos();
                accept(p.decoded());
            }
            while (!closed.getAsBoolean()) {
                ChunkBuffer.Chunk c = buffer.take(100);
                if (c == null) {
                    watchdog();
                    continue;
                }
                switch (c.kind) {
                    case BYTES -> {
                        arrivalNanos = c.arrivalNanos;
                        bytesSinceData += c.length;
                        decoder.feed(c.data, 0, c.length, this);
                    }
                    case DISCONNECTED -> {
                        disconnected = true;
                        event(c.arrivalNanos, DeviceEvent.Kind.DISCONNECTED, c.detail);
                    }
                    case RECONNECTED -> reconnected(c);
                }
                buffer.release(c);
                stats.decoder(decoder.stats().snapshot(), clock.driftPpm());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = "interrupted";
        } catch (RuntimeException e) {
            LOG.error("serial decoding stopped", e);
            reason = "serial decoding failed: " + e;
        }
        stats.decoder(decoder.stats().snapshot(), clock.driftPpm());
        sink.ended(reason);
    }

    private void reconnected(ChunkBuffer.Chunk c) {
        disconnected = false;
        decoder.reset();
        clock = new DeviceClock();
        rebase = true;
        event(c.arrivalNanos, DeviceEvent.Kind.GAP, "no data while " + settings.port() + " was disconnected");
        event(c.arrivalNanos, DeviceEvent.Kind.RECONNECTED, c.detail);
        lastDataNanos = c.arrivalNanos;
    }

    private void watchdog() {
        long now = System.nanoTime();
        if (!silent && !disconnected && now - lastDataNanos > settings.watchdogMillis() * 1_000_000L) {
            silent = true;
            stats.watchdogWarnings.incrementAndGet();
            String what = bytesSinceData == 0
                    ? String.format(Locale.ROOT, "no data from %s for %.1f s", settings.port(), (now - lastDataNanos) / 1e9)
                    : String.format(Locale.ROOT, "no readable data from %s for %.1f s although %d bytes came: check"
                    + " --baud and --protocol", settings.port(), (now - lastDataNanos) / 1e9, bytesSinceData);
            LOG.warn(what);
            event(now, DeviceEvent.Kind.GAP, what);
        }
    }

    @Override
    public void accept(Decoded d) {
        if (!(d instanceof Decoded.Sample) && !(d instanceof Decoded.Corrupt)) {
            // events, ACKs and HELLOs use up device sequence numbers too; frames are numbered without them
            otherFrames++;
        }
        switch (d) {
            case Decoded.Sample s -> sample(s);
            case Decoded.Event e -> event(time(e.deviceMicros()), e.kind(), describe(e));
            case Decoded.Fault f -> event(time(Decoded.NONE), DeviceEvent.Kind.DEVICE_ERROR,
                    "device error " + f.code() + ": " + f.message());
            case Decoded.Hello h -> hello(h);
            case Decoded.Ack a -> LOG.debug("device acknowledged command {} with status {}", a.command(), a.status());
            case Decoded.Corrupt c -> corruptLog.warn(settings.port() + ": " + c.problem().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " at byte " + c.byteOffset() + ": " + c.detail());
        }
    }

    private void sample(Decoded.Sample s) {
        if (s.values().length != device.channelCount()) {
            stats.mismatchedFrames.incrementAndGet();
            corruptLog.warn(settings.port() + ": a frame with " + s.values().length + " values; the device has "
                    + device.channelCount() + " channels");
            return;
        }
        long t = time(s.deviceMicros());
        long seq;
        if (s.sequence() == Decoded.NONE) {
            seq = hostSequence++;
        } else {
            if (rebase) {
                sequenceOffset = lastSequence + 1 - (s.sequence() - otherFrames);
                rebase = false;
            }
            seq = s.sequence() - otherFrames + sequenceOffset;
        }
        lastSequence = seq;
        lastDataNanos = arrivalNanos;
        bytesSinceData = 0;
        silent = false;
        sink.frame(new Frame(t, seq, s.values()));
    }

    private void hello(Decoded.Hello h) {
        if (h.device().channelCount() != device.channelCount()) {
            event(time(Decoded.NONE), DeviceEvent.Kind.DEVICE_ERROR, "the device restarted as "
                    + h.device().model() + " with " + h.device().channelCount() + " channels instead of "
                    + device.channelCount() + "; its frames are ignored until Palpa is restarted");
        } else {
            LOG.info("{} introduced itself: {} firmware {}", settings.port(), h.device().model(), h.device().firmwareVersion());
        }
    }

    private String describe(Decoded.Event e) {
        String where = e.channel() >= 0 && e.channel() < device.channelCount()
                ? " on " + device.channels().get(e.channel()).label() : "";
        return (e.detail().isEmpty() ? e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') : e.detail()) + where;
    }

    /** The host time of an item: the fitted device time when there is one, else its arrival; never backwards. */
    private long time(long deviceMicros) {
        long t = deviceMicros == Decoded.NONE ? arrivalNanos : clock.toHostNanos(deviceMicros, arrivalNanos);
        if (t <= lastNanos) {
            t = lastNanos + 1;
        }
        lastNanos = t;
        return t;
    }

    private void event(long nanos, DeviceEvent.Kind kind, String detail) {
        long t = Math.max(nanos, lastNanos + 1);
        lastNanos = t;
        sink.event(new DeviceEvent(t, kind, detail));
    }
}
