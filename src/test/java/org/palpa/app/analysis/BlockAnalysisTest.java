package org.palpa.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.Unit;

/** Block by block, channel by channel and on several threads, an analysis finds what frame by frame finds. */
class BlockAnalysisTest {
    private static final int CHANNELS = 4;
    private static final DeviceInfo GLOVE = new DeviceInfo("test-glove", null, null, List.of(
            new Channel(0, "thumb", Unit.NEWTON), new Channel(1, "index", Unit.NEWTON),
            new Channel(2, "middle", Unit.NEWTON), new Channel(3, "ring", Unit.NEWTON)), 200);

    /** Presses on every channel, some ending on the same frame, with noise and a press cut off by the end. */
    private static List<Frame> trace(long seed) {
        Random random = new Random(seed);
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 200 * 400; i++) {
            double t = i / 200.0;
            double[] v = new double[CHANNELS];
            for (int c = 0; c < CHANNELS; c++) {
                double phase = (t + (c % 2) * 7) % 35; // channels 0 and 2 (and 1 and 3) press and release together
                double level = c == 3 ? 15 : 40 + 3 * c;
                v[c] = Math.max(0, (phase < 27 ? level * Math.min(1, phase / 2) : 0) + random.nextGaussian() * 0.4);
            }
            frames.add(new Frame(Math.round(t * 1e9), i, v));
        }
        return frames;
    }

    /** The frames in blocks of random sizes. */
    private static BlockSource blocks(List<Frame> frames, long seed) {
        Random random = new Random(seed);
        return new BlockSource() {
            int at;

            @Override
            public DeviceInfo device() {
                return GLOVE;
            }

            @Override
            public TraceBlock next() {
                if (at == frames.size()) {
                    return null;
                }
                int n = Math.min(frames.size() - at, 1 + random.nextInt(5000));
                long[] t = new long[n];
                double[][] cols = new double[CHANNELS][n];
                for (int i = 0; i < n; i++) {
                    Frame f = frames.get(at + i);
                    t[i] = f.timestampNanos();
                    for (int c = 0; c < CHANNELS; c++) {
                        cols[c][i] = f.value(c);
                    }
                }
                at += n;
                return new TraceBlock(t, cols, n);
            }
        };
    }

    private static List<String> described(List<HoldResult> holds) {
        return holds.stream().map(HoldResult::toString).toList();
    }

    @Test
    void findsTheSameHoldsInTheSameOrderAsFrameByFrame() {
        Target firm = new Target(36, 44, Unit.NEWTON, 20_000, null);
        Target light = new Target(13, 17, Unit.NEWTON, 10_000, null);
        TargetPlan plan = new TargetPlan(firm, Map.of("ring", light), Set.of("thumb", "index", "ring"));
        SessionSettings settings = SessionSettings.of(firm, 0).withTargets(plan);
        List<Frame> frames = trace(3);
        TraceAnalysis.Result byFrames = TraceAnalysis.run(GLOVE, sink -> frames.forEach(sink), settings);
        assertThat(byFrames.holds()).hasSizeGreaterThan(20);
        assertThat(byFrames.holds()).extracting(HoldResult::channel).doesNotContain(2); // middle is not tracked

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (long seed = 1; seed <= 5; seed++) {
                TraceAnalysis.Result byBlocks = TraceAnalysis.runBlocks(blocks(frames, seed), settings, pool);
                assertThat(described(byBlocks.holds())).as("blocks of seed %d", seed).isEqualTo(described(byFrames.holds()));
                assertThat(byBlocks.frames()).isEqualTo(frames.size());
                assertThat(byBlocks.filterDelayMillis()).isEqualTo(byFrames.filterDelayMillis());
            }
            TraceAnalysis.Result onCaller = TraceAnalysis.runBlocks(blocks(frames, 9), settings, Runnable::run);
            assertThat(described(onCaller.holds())).isEqualTo(described(byFrames.holds()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingSourceIsThrownToTheCaller() {
        BlockSource failing = new BlockSource() {
            @Override
            public DeviceInfo device() {
                return GLOVE;
            }

            @Override
            public TraceBlock next() {
                throw new IllegalStateException("the disk went away");
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TraceAnalysis.runBlocks(failing,
                    SessionSettings.of(new Target(36, 44, Unit.NEWTON, 20_000, null), 0), pool))
                    .hasMessage("the disk went away");
        } finally {
            pool.shutdownNow();
        }
    }
}
