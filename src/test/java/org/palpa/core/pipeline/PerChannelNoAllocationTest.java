package org.palpa.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.signal.FilterSpec;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.core.sim.TherapistTrace;

/**
 * With a target per channel and some channels untracked, the per-sample path still allocates
 * nothing beyond the finished holds.
 */
class PerChannelNoAllocationTest {
    @Test
    void givenAPlanWithOwnTargetsAndUntrackedChannels_thenProcessingAllocatesOnlyTheFinishedHolds() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.denseGlove(16, 1000);
        int n = 60_000;
        Frame[] frames = new Frame[n];
        TherapistTrace trace = new TherapistTrace(spec, 9);
        double[] v = new double[16];
        for (int i = 0; i < n; i++) {
            trace.next(v);
            frames[i] = new Frame(i * 1_000_000L, i, v);
        }
        List<HoldResult> holds = new ArrayList<>(1024);
        java.util.Map<String, Target> own = new java.util.LinkedHashMap<>();
        for (int c = 1; c <= 12; c++) {
            own.put("s" + c, new Target(27 * (1.0 - 0.8 * (c - 1) / 15), 33 * (1.0 - 0.8 * (c - 1) / 15), Unit.NEWTON,
                    10_000, RateBand.ANY));
        }
        FrameProcessor p = new FrameProcessor(spec.deviceInfo(9), FrameProcessor.nativeCalibrations(spec.deviceInfo(9)),
                FilterSpec.parse(FilterSpec.DEFAULT), new TargetPlan(null, own, java.util.Set.of()), TrackerSettings::forTarget,
                ProbeArea.ALGOMETER_TIP, holds::add);
        for (int i = 0; i < 5_000; i++) {
            p.process(frames[i]); // warm up, so class loading is not counted
        }
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 5_000; i < n; i++) {
            p.process(frames[i]);
        }
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;

        assertThat(holds).isNotEmpty();
        assertThat(holds).allSatisfy(h -> assertThat(h.channel()).isLessThan(12));
        assertThat(holds).anySatisfy(h -> assertThat(h.outcome()).isEqualTo(org.palpa.core.hold.HoldOutcome.MET));
        // A HoldResult is under 200 bytes; allow that per hold plus a little slack, far below one byte per sample.
        assertThat(allocated).isLessThan(200L * holds.size() + 4096);
    }
}
