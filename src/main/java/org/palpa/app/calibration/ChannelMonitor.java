package org.palpa.app.calibration;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.calibration.Steadiness;
import org.palpa.core.calibration.Tare;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;

/**
 * Watches one channel of a device for a calibration: keeps its latest raw readings in a ring
 * buffer and waits until they are steady. The transport's thread writes the buffer; the thread
 * that calibrates waits and reads it.
 */
public final class ChannelMonitor implements AutoCloseable {
    /** How often a waiting caller is shown the live reading. */
    private static final long POLL_MILLIS = 100;

    private final Transport transport;
    private final DeviceInfo device;
    private final int channel;
    private final double[] ring;
    private int next;
    private int count;
    private long frames;
    private volatile String ended;
    private double[] recording;
    private int recorded;

    /** Connects {@code transport} and starts reading {@code channel}, keeping {@code capacity} readings. */
    public ChannelMonitor(Transport transport, int channel, int capacity) {
        this.transport = transport;
        this.device = transport.connect();
        if (channel < 0 || channel >= device.channelCount()) {
            throw new IllegalArgumentException("device " + device.model() + " has no channel " + channel);
        }
        this.channel = channel;
        this.ring = new double[capacity];
        transport.start(new FrameSink() {
            @Override
            public void frame(Frame frame) {
                record(frame.value(channel));
            }

            @Override
            public void event(DeviceEvent event) {
                // Device events do not change a calibration reading.
            }

            @Override
            public void ended(String reason) {
                ended = reason;
            }
        });
    }

    private synchronized void record(double value) {
        ring[next] = value;
        next = (next + 1) % ring.length;
        count = Math.min(count + 1, ring.length);
        frames++;
        if (recording != null && recorded < recording.length) {
            recording[recorded++] = value;
        }
    }

    /** Starts keeping every reading, up to {@code samples} of them, until {@link #stopRecording()}. */
    public synchronized void startRecording(int samples) {
        recording = new double[samples];
        recorded = 0;
    }

    /** The readings kept since {@link #startRecording(int)}, oldest first. */
    public synchronized double[] stopRecording() {
        double[] kept = recording == null ? new double[0] : java.util.Arrays.copyOf(recording, recorded);
        recording = null;
        return kept;
    }

    /** What the device said about itself. */
    public DeviceInfo device() {
        return device;
    }

    /** The channel being watched. */
    public int channel() {
        return channel;
    }

    /** Forgets the readings so far, so that the next verdict only sees readings taken after a change of load. */
    public synchronized void clear() {
        count = 0;
    }

    /** The verdict on the latest readings now. */
    public synchronized Steadiness.Verdict judge(Steadiness criterion) {
        return criterion.judge(ring, next, count);
    }

    /** Tares on the latest readings now: their mean if steady, or the reason it is refused. */
    public synchronized Tare tare(Steadiness criterion) {
        return Tare.of(criterion, ring, next, count);
    }

    /** The latest reading, or NaN before the first. */
    public synchronized double latest() {
        return frames == 0 ? Double.NaN : ring[Math.floorMod(next - 1, ring.length)];
    }

    /**
     * Waits until the readings are steady or {@code timeoutMillis} pass, showing each verdict to
     * {@code progress} about ten times a second. Returns the last verdict.
     */
    public Steadiness.Verdict awaitSteady(Steadiness criterion, long timeoutMillis,
                                          Consumer<Steadiness.Verdict> progress) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            Steadiness.Verdict v = judge(criterion);
            if (v instanceof Steadiness.Verdict.Steady || System.nanoTime() > deadline || ended != null) {
                return v;
            }
            progress.accept(v);
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Why the device stopped, or null while it streams. */
    public String ended() {
        return ended;
    }

    @Override
    public void close() {
        transport.close();
    }
}
