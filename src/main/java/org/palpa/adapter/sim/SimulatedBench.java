package org.palpa.adapter.sim;

import java.util.concurrent.locks.LockSupport;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.LoadBench;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sim.SensorBank;

/**
 * A calibration bench for a simulated raw-counts device: weights are placed on one channel and
 * settle like a real mass set down on a sensor (first order, time constant
 * {@value #SETTLE_SECONDS} s), and the device streams the counts its simulated sensors read, in
 * real time. The other channels carry no load.
 */
public final class SimulatedBench implements Transport, LoadBench {
    /** How fast a placed load settles. */
    public static final double SETTLE_SECONDS = 0.25;

    private final SensorBank sensors;
    private final int channel;
    private final double speed;
    private volatile double targetNewtons;
    private volatile boolean closed;
    private Thread thread;

    /**
     * @param sensors the device's sensors
     * @param channel the channel the weights go on
     * @param speed   1 for real time, 10 for ten times faster
     */
    public SimulatedBench(SensorBank sensors, int channel, double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("bench speed must be a positive number, was " + speed);
        }
        this.speed = speed;
        if (channel < 0 || channel >= sensors.deviceInfo().channelCount()) {
            throw new IllegalArgumentException("device " + sensors.deviceInfo().model() + " has no channel " + channel);
        }
        this.sensors = sensors;
        this.channel = channel;
    }

    @Override
    public DeviceInfo connect() {
        return sensors.deviceInfo();
    }

    @Override
    public void place(double newtons) {
        if (!(newtons >= 0) || Double.isInfinite(newtons)) {
            throw new IllegalArgumentException("bench load must be a force of 0 N or more, was " + newtons);
        }
        targetNewtons = newtons;
    }

    @Override
    public synchronized void start(FrameSink sink) {
        if (thread != null) {
            throw new IllegalStateException("simulated bench already started");
        }
        thread = new Thread(() -> run(sink), "palpa-sim-bench");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(FrameSink sink) {
        DeviceInfo info = sensors.deviceInfo();
        double dt = 1 / info.nominalRateHz();
        double alpha = 1 - Math.exp(-dt / SETTLE_SECONDS);
        double[] newtons = new double[info.channelCount()];
        double[] counts = new double[info.channelCount()];
        long start = System.nanoTime();
        long periodNanos = Math.round(1e9 * dt);
        long i = 0;
        while (!closed) {
            newtons[channel] += (targetNewtons - newtons[channel]) * alpha;
            sensors.toCounts(newtons, counts);
            long due = start + Math.round(i * periodNanos / speed);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            sink.frame(new Frame(i * periodNanos, i, counts));
            i++;
        }
        sink.ended("bench closed");
    }

    @Override
    public boolean waitsForConsumer() {
        return false;
    }

    @Override
    public void close() {
        closed = true;
    }
}
