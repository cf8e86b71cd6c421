package org.palpa.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.palpa.core.hold.HoldTracker;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.pipeline.FrameProcessor;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.signal.FilterChain;
import org.palpa.core.signal.FilterSpec;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.core.sim.TherapistTrace;

/**
 * Throughput of the per-sample work on one thread, in channel-samples per second: the default
 * filter chain plus the hold tracker, alone and inside the full frame processor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
    private static final int FRAMES = 4096;
    private static final int CHANNELS = 16;

    @Param({FilterSpec.DEFAULT})
    public String filter;

    private Frame[] frames;
    private double[] trace;
    private long[] times;
    private FrameProcessor processor;
    private FilterChain chain;
    private HoldTracker tracker;
    private long holds;

    @Setup
    public void setUp() {
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.denseGlove(CHANNELS, 2000);
        TherapistTrace sim = new TherapistTrace(spec, 1);
        frames = new Frame[FRAMES];
        trace = new double[FRAMES * CHANNELS];
        times = new long[FRAMES];
        double[] v = new double[CHANNELS];
        for (int i = 0; i < FRAMES; i++) {
            sim.next(v);
            frames[i] = new Frame(Math.round(i * 1e9 / spec.rateHz()), i, v);
            times[i] = frames[i].timestampNanos();
            System.arraycopy(v, 0, trace, i * CHANNELS, CHANNELS);
        }
        Target target = new Target(27, 33, Unit.NEWTON, 20_000, RateBand.ANY);
        FilterSpec spec2 = FilterSpec.parse(filter);
        processor = new FrameProcessor(spec.deviceInfo(1), FrameProcessor.nativeCalibrations(spec.deviceInfo(1)), spec2,
                target, TrackerSettings.forTarget(target), ProbeArea.ALGOMETER_TIP, h -> holds++);
        chain = spec2.build(spec.rateHz());
        tracker = new HoldTracker(0, target, TrackerSettings.forTarget(target), h -> holds++);
    }

    /** Filter chain plus hold tracker on the glove's samples fed as one interleaved stream, no frames involved. */
    @Benchmark
    @OperationsPerInvocation(FRAMES * CHANNELS)
    public void filterAndTrack(Blackhole bh) {
        for (int i = 0; i < trace.length; i++) {
            bh.consume(tracker.update(times[i / CHANNELS] + (i % CHANNELS), chain.filter(trace[i])));
        }
    }

    /** The whole frame processor (calibrate, convert, filter, track) on 16-channel frames. */
    @Benchmark
    @OperationsPerInvocation(FRAMES * CHANNELS)
    public void frameProcessor16Channels(Blackhole bh) {
        for (Frame f : frames) {
            processor.process(f);
        }
        bh.consume(processor.smoothed(0));
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }

}
