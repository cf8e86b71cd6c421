package org.palpa.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.pipeline.FrameProcessor;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.signal.FilterSpec;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.core.sim.TherapistTrace;

/**
 * The frame processor on a 16-channel glove with one target for all channels, against the same
 * glove with a target per channel and a quarter of the channels untracked: per-channel targets
 * should cost nothing per sample (they only change which tracker each channel has).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TargetPlanBenchmark {
    private static final int FRAMES = 4096;
    private static final int CHANNELS = 16;

    /** {@code uniform}: one target; {@code perChannel}: 12 channels with their own target, 4 untracked. */
    @Param({"uniform", "perChannel"})
    public String plan;

    private Frame[] frames;
    private FrameProcessor processor;
    private long holds;

    @Setup
    public void setUp() {
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.denseGlove(CHANNELS, 2000);
        TherapistTrace sim = new TherapistTrace(spec, 1);
        frames = new Frame[FRAMES];
        double[] v = new double[CHANNELS];
        for (int i = 0; i < FRAMES; i++) {
            sim.next(v);
            frames[i] = new Frame(Math.round(i * 1e9 / spec.rateHz()), i, v);
        }
        Target thumb = new Target(27, 33, Unit.NEWTON, 20_000, RateBand.ANY);
        TargetPlan targets = TargetPlan.uniform(thumb);
        if (plan.equals("perChannel")) {
            Map<String, Target> own = new LinkedHashMap<>();
            for (int c = 0; c < 12; c++) {
                double share = spec.shares()[c];
                own.put(spec.labels().get(c), new Target(27 * share, 33 * share, Unit.NEWTON, 20_000, RateBand.ANY));
            }
            targets = new TargetPlan(null, own, Set.of());
        }
        processor = new FrameProcessor(spec.deviceInfo(1), FrameProcessor.nativeCalibrations(spec.deviceInfo(1)),
                FilterSpec.parse(FilterSpec.DEFAULT), targets, TrackerSettings::forTarget, ProbeArea.ALGOMETER_TIP,
                h -> holds++);
    }

    /** Calibrate, convert, filter and track 16-channel frames. */
    @Benchmark
    @OperationsPerInvocation(FRAMES * CHANNELS)
    public void frameProcessor16Channels(Blackhole bh) {
        for (Frame f : frames) {
            processor.process(f);
        }
        bh.consume(processor.smoothed(0));
    }
}
