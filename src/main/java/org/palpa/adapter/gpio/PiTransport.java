package org.palpa.adapter.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.palpa.app.port.BandIndicator;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.app.port.TransportException;
import org.palpa.core.hardware.BandSignal;
import org.palpa.core.hardware.Debouncer;
import org.palpa.core.hold.BandState;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;

/**
 * What every sensor device on a Pi's pins shares: a reading thread that survives faults, and a
 * panel thread for the patient's stop button and the buzzer.
 *
 * <p>When a read fails (a chip stops answering, data never becomes ready) the device is reported
 * {@link DeviceEvent.Kind#DISCONNECTED}, its pins are released, and it is reopened every
 * {@link #RETRY_MILLIS} until it answers again, then reported {@link DeviceEvent.Kind#RECONNECTED};
 * the session goes on. A press of the stop button is reported as
 * {@link DeviceEvent.Kind#STOP_BUTTON} and ends the stream.
 */
abstract class PiTransport implements Transport, BandIndicator {
    static final long RETRY_MILLIS = 1000;
    private static final long PANEL_POLL_NANOS = 2_000_000;

    protected final PiConfig config;
    protected final LongSupplier clock;
    private final Supplier<Context> contexts;
    private volatile PiIo io;
    private volatile DigitalInput button;
    private volatile DigitalOutput buzzer;
    private volatile boolean closed;
    private volatile String endReason;
    private volatile boolean stopButtonEndsStream = true;
    private volatile BandState shown = BandState.NO_CONTACT;
    private volatile long shownSinceNanos;
    private Thread reader;
    private Thread panel;

    PiTransport(PiConfig config, Supplier<Context> contexts, LongSupplier clock) {
        this.config = config;
        this.contexts = contexts;
        this.clock = clock;
    }

    /** Opens the sensors on {@code io} and proves they answer; throws naming the pin or address. */
    abstract void openSensors(PiIo io);

    /** Reads one frame's values into {@code values}; throws {@link TransportException} on a fault. */
    abstract void readFrame(double[] values);

    /** Forgets the sensors opened by {@link #openSensors}; their pins go with the context. */
    abstract void forgetSensors();

    abstract DeviceInfo deviceInfo();

    /** Says, once per episode, that a channel of the last frame read is beyond its range; null otherwise. */
    String newOverload() {
        return null;
    }

    abstract boolean needsI2c();

    @Override
    public final DeviceInfo connect() {
        io = openAll();
        return deviceInfo();
    }

    private PiIo openAll() {
        boolean gpio = !needsI2c() || config.stopButton() != null || config.buzzer() != null;
        PiIo opened = PiIo.open(contexts, config.providers(), gpio, needsI2c(),
                config.ads1115() == null ? 1 : config.ads1115().bus());
        try {
            openSensors(opened);
            if (config.stopButton() != null) {
                PiConfig.StopButton b = config.stopButton();
                button = opened.input(b.pin(), "stop button", b.activeLow() ? PullResistance.PULL_UP : PullResistance.PULL_DOWN);
            }
            if (config.buzzer() != null) {
                buzzer = opened.output(config.buzzer().pin(), "buzzer", off());
            }
            return opened;
        } catch (RuntimeException e) {
            forgetSensors();
            button = null;
            buzzer = null;
            opened.close();
            throw e;
        }
    }

    @Override
    public final synchronized void start(FrameSink sink) {
        if (reader != null) {
            throw new IllegalStateException(deviceInfo().model() + " already started");
        }
        reader = new Thread(() -> read(sink), "palpa-" + deviceInfo().model());
        reader.setDaemon(true);
        reader.setPriority(Thread.MAX_PRIORITY);
        reader.start();
        if (config.stopButton() != null || config.buzzer() != null) {
            panel = new Thread(() -> panel(sink), "palpa-pi-panel");
            panel.setDaemon(true);
            panel.start();
        }
    }

    private void read(FrameSink sink) {
        double[] values = new double[deviceInfo().channelCount()];
        long sequence = 0;
        while (!closed) {
            try {
                readFrame(values);
                long now = clock.getAsLong();
                String overload = newOverload();
                if (overload != null) {
                    sink.event(new DeviceEvent(now, DeviceEvent.Kind.OVERLOAD, overload));
                }
                sink.frame(new Frame(now, sequence++, values));
            } catch (RuntimeException e) {
                if (closed) {
                    break;
                }
                sink.event(new DeviceEvent(clock.getAsLong(), DeviceEvent.Kind.DISCONNECTED, PiIo.reason(e)));
                reconnect(sink);
            }
        }
        release();
        sink.ended(endReason != null ? endReason : "device closed");
    }

    private void reconnect(FrameSink sink) {
        release();
        while (!closed) {
            LockSupport.parkNanos(RETRY_MILLIS * 1_000_000L);
            if (closed) {
                return;
            }
            try {
                io = openAll();
                sink.event(new DeviceEvent(clock.getAsLong(), DeviceEvent.Kind.RECONNECTED,
                        deviceInfo().model() + " answers again"));
                return;
            } catch (RuntimeException stillDown) {
                // the next try follows; the user already saw the disconnect
            }
        }
    }

    private synchronized void release() {
        PiIo old = io;
        io = null;
        button = null;
        buzzer = null;
        forgetSensors();
        if (old != null) {
            old.close();
        }
    }

    /** Polls the stop button and drives the buzzer every 2 ms. */
    private void panel(FrameSink sink) {
        PiConfig.StopButton b = config.stopButton();
        Debouncer debouncer = b == null ? null : new Debouncer(b.debounceMillis() * 1_000_000L, false);
        boolean lastOn = false;
        DigitalOutput lastOut = null;
        while (!closed) {
            long now = clock.getAsLong();
            try {
                DigitalInput in = button;
                if (in != null && debouncer.sample(b.activeLow() == in.isLow(), now) == Debouncer.Change.ROSE) {
                    sink.event(new DeviceEvent(now, DeviceEvent.Kind.STOP_BUTTON,
                            "patient pressed the stop button (BCM " + b.pin() + ")"));
                    if (stopButtonEndsStream) {
                        endReason = "patient pressed the stop button";
                        closed = true;
                        break;
                    }
                }
                DigitalOutput out = buzzer;
                if (out != lastOut) {
                    lastOut = out;
                    lastOn = false;
                }
                boolean on = BandSignal.on(shown, now - shownSinceNanos);
                if (out != null && on != lastOn) {
                    out.state(on == config.buzzer().activeHigh() ? DigitalState.HIGH : DigitalState.LOW);
                    lastOn = on;
                }
            } catch (RuntimeException duringReconnect) {
                // the pins are being released; a reopened buzzer pin starts off and is set again
                lastOut = null;
            }
            LockSupport.parkNanos(PANEL_POLL_NANOS);
        }
    }

    private DigitalState off() {
        return config.buzzer().activeHigh() ? DigitalState.LOW : DigitalState.HIGH;
    }

    /** Reports the stop button as an event and goes on streaming, for protocols (PPT) where a press ends a trial, not the session. */
    void keepStreamingOnStopButton() {
        stopButtonEndsStream = false;
    }

    @Override
    public int indicatorChannel() {
        String label = config.buzzer() == null ? null : config.buzzer().channel();
        List<String> names = deviceInfo().channelNames();
        return label == null ? 0 : Math.max(0, names.indexOf(label));
    }

    @Override
    public void show(BandState state) {
        if (state != shown) {
            shownSinceNanos = clock.getAsLong();
            shown = state;
        }
    }

    /** Whether this device has a buzzer to drive. */
    boolean hasBuzzer() {
        return config.buzzer() != null;
    }

    @Override
    public void close() {
        closed = true;
        Thread r;
        synchronized (this) {
            r = reader;
        }
        if (r == null) {
            release();
        }
    }
}
