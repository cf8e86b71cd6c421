package org.palpa.adapter.sim;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.Unit;
import org.palpa.core.sim.SimulatedPatient;

/**
 * The simulated algometer with a {@link SimulatedPatient} on it: 100 Hz force frames, and the
 * patient's press as a device button event (stamped on the device clock once debounced, like the
 * Palpa firmware's EVENT) or, for a device without a button, as a key press on the host.
 */
public final class SimulatedPptTransport implements Transport {
    /** The simulated button's debounce, as the Raspberry Pi's default (20 ms). */
    public static final double DEBOUNCE_MILLIS = 20;
    public static final double RATE_HZ = 100;
    private static final long UNPLUGGED_NANOS = 1_500_000_000L;

    /** One trial as the simulation played it, to compare the protocol's answer with. */
    public record Truth(int trial, double trueThresholdKpa, double reactionMillis, double intendedRateKpaPerSecond,
                        boolean pressed) {
    }

    private final SimulatedPatient patient;
    private final double probeAreaCm2;
    private final double speed;
    private final long seed;
    private final Runnable keyboard;
    private final List<Truth> truths = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private Thread thread;

    /**
     * @param keyboard called at the press instead of a button event, for a device without one; null for a button
     * @param speed    1 for real time, more for faster; the key path needs real pacing (speed above 0)
     */
    public SimulatedPptTransport(SimulatedPatient patient, double probeAreaCm2, double speed, long seed, Runnable keyboard) {
        if (keyboard != null && !(speed > 0)) {
            throw new IllegalArgumentException("a simulated key press needs a paced simulation (--speed 1 or more, not max)");
        }
        this.patient = patient;
        this.probeAreaCm2 = probeAreaCm2;
        this.speed = speed;
        this.seed = seed;
        this.keyboard = keyboard;
    }

    @Override
    public DeviceInfo connect() {
        return new DeviceInfo(keyboard == null ? "sim-algometer" : "sim-algometer (no button)",
                "SIM-PPT-" + Long.toHexString(seed).toUpperCase(java.util.Locale.ROOT), "sim-1",
                List.of(new Channel(0, "probe", Unit.NEWTON)), RATE_HZ);
    }

    @Override
    public synchronized void start(FrameSink sink) {
        thread = new Thread(() -> run(sink), "palpa-sim-ppt");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(FrameSink sink) {
        long period = Math.round(1e9 / RATE_HZ);
        long wallStart = System.nanoTime();
        long debounce = Math.round(DEBOUNCE_MILLIS * 1e6);
        int announced = 0;
        for (long i = 0; !closed; i++) {
            long t = i * period;
            double kpa = patient.pressureAt(t);
            if (patient.unplugNow(t)) {
                sink.event(new DeviceEvent(t, DeviceEvent.Kind.DISCONNECTED, "simulated cable pulled out"));
                i += UNPLUGGED_NANOS / period;
                pace(wallStart, i * period);
                sink.event(new DeviceEvent(i * period, DeviceEvent.Kind.RECONNECTED, "simulated cable back in"));
                continue;
            }
            long press = patient.pressNanos();
            if (patient.trial() > announced && press != Long.MAX_VALUE && t >= press) {
                announced = patient.trial();
                truths.add(new Truth(announced, patient.trialThresholdKpa(), patient.reactionMillis(),
                        patient.trialRateKpaPerSecond(), true));
                if (keyboard != null) {
                    pace(wallStart, press); // the key goes down at the press itself, between two frames
                    keyboard.run();
                }
            }
            pace(wallStart, t);
            if (keyboard == null && announced == patient.trial() && press != Long.MAX_VALUE
                    && t >= press + debounce && t < press + debounce + period) {
                sink.event(new DeviceEvent(t, DeviceEvent.Kind.STOP_BUTTON, "patient pressed the button (simulated)"));
            }
            sink.frame(new Frame(t, i, new double[] {org.palpa.core.sim.SimulatedDeviceSpec.atResolution(kpa * probeAreaCm2 / 10)}));
        }
        sink.ended("device closed");
    }

    private void pace(long wallStart, long deviceNanos) {
        if (speed > 0) {
            long wait = wallStart + Math.round(deviceNanos / speed) - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    /** The trials the patient pressed in so far, with their true thresholds. */
    public List<Truth> truths() {
        return List.copyOf(truths);
    }

    @Override
    public boolean waitsForConsumer() {
        return speed <= 0 || speed > 1;
    }

    @Override
    public void close() {
        closed = true;
    }
}
