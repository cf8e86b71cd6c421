package org.palpa.adapter.sim;

import java.util.concurrent.locks.LockSupport;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sim.SensorBank;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.core.sim.TherapistGoal;
import org.palpa.core.sim.TherapistTrace;

/**
 * A simulated device that runs a {@link TherapistTrace} on a thread of its own, in real time or
 * faster. Timestamps follow the device's own clock, sample index times period, so one seed gives
 * the same frames at any speed. With a {@link SensorBank} it reports raw counts through simulated
 * sensors instead of newtons, so that it needs calibrating like real hardware.
 */
public final class SimulatedTransport implements Transport {
    private final SimulatedDeviceSpec spec;
    private final long seed;
    private final double speed;
    private final long maxFrames;
    private final SensorBank sensors;
    private volatile TherapistGoal goal = () -> null;
    private volatile boolean closed;
    private Thread thread;

    /**
     * @param spec      which device to imitate
     * @param seed      the trace's seed
     * @param speed     1 for real time, 10 for ten times faster, 0 or less for as fast as possible
     * @param maxFrames stop after this many frames; 0 or less runs until closed
     */
    public SimulatedTransport(SimulatedDeviceSpec spec, long seed, double speed, long maxFrames) {
        this(spec, seed, speed, maxFrames, null);
    }

    /** A simulated device whose frames carry the counts of {@code sensors} (null for newtons). */
    public SimulatedTransport(SimulatedDeviceSpec spec, long seed, double speed, long maxFrames, SensorBank sensors) {
        this.spec = spec;
        this.seed = seed;
        this.speed = speed;
        this.maxFrames = maxFrames;
        this.sensors = sensors;
    }

    /** Makes the simulated therapist follow {@code goal} (a plan's bands), from the next ramp on. */
    public SimulatedTransport following(TherapistGoal goal) {
        this.goal = goal;
        return this;
    }

    @Override
    public DeviceInfo connect() {
        return sensors != null ? sensors.deviceInfo() : spec.deviceInfo(seed);
    }

    @Override
    public synchronized void start(FrameSink sink) {
        if (thread != null) {
            throw new IllegalStateException("simulated device " + spec.model() + " already started");
        }
        thread = new Thread(() -> run(sink), "palpa-sim-" + spec.model());
        thread.setDaemon(true);
        thread.start();
    }

    private void run(FrameSink sink) {
        TherapistTrace trace = new TherapistTrace(spec, seed, () -> goal.current());
        double[] values = new double[spec.channelCount()];
        double[] counts = new double[spec.channelCount()];
        double periodNanos = 1e9 / spec.rateHz();
        boolean paced = speed > 0;
        long wallStart = System.nanoTime();
        long i = 0;
        while (!closed && (maxFrames <= 0 || i < maxFrames)) {
            trace.next(values);
            long deviceNanos = Math.round(i * periodNanos);
            if (paced) {
                long due = wallStart + Math.round(deviceNanos / speed);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            if (sensors != null) {
                sensors.toCounts(values, counts);
            } else {
                for (int c = 0; c < values.length; c++) {
                    values[c] = SimulatedDeviceSpec.atResolution(values[c]);
                }
            }
            sink.frame(new org.palpa.core.sample.Frame(deviceNanos, i, sensors != null ? counts : values));
            i++;
        }
        sink.ended(closed ? "device closed" : "simulation finished after " + i + " frames");
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
