package org.palpa.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.signal.FilterSpec;

class LivePipelineTest {
    private static final Target TARGET = new Target(36, 44, Unit.NEWTON, 5_000, RateBand.ANY);

    /** One hold: ramp to 40 N, 10 s plateau, release; 100 Hz. */
    private static List<Frame> oneHold() {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double t = i / 100.0;
            double v = t < 1 ? 0 : t < 5 ? 10 * (t - 1) : t < 15 ? 40 : t < 17 ? 40 - 20 * (t - 15) : 0;
            frames.add(new Frame(Math.round(t * 1e9), i, new double[] {v}));
        }
        return frames;
    }

    private static SessionSettings settings(ChannelCalibration calibration, int inputCapacity) {
        return new SessionSettings(TARGET, null, FilterSpec.parse("none"), ProbeArea.ALGOMETER_TIP, 0,
                d -> List.of(calibration), inputCapacity);
    }

    /** A calibration that takes 200 µs per sample: a pipeline slower than its device. */
    private static final ChannelCalibration SLOW = raw -> {
        LockSupport.parkNanos(200_000);
        return raw;
    };

    @Test
    void givenARealTimeDeviceFasterThanThePipeline_thenEveryDroppedFrameIsCountedAndShownAsAGap() throws Exception {
        LivePipeline pipeline = new LivePipeline(new FakeTransport(oneHold(), false), settings(SLOW, 8));
        Subscription sub = pipeline.subscribe("test", 4096, true);
        pipeline.start();
        SessionSummary summary = pipeline.await(30, TimeUnit.SECONDS);

        assertThat(summary.droppedFrames()).isPositive();
        assertThat(summary.frames() + summary.droppedFrames()).isEqualTo(2000);
        long gapFrames = 0;
        PipelineEvent e;
        while ((e = sub.pollNotice()) != null) {
            if (e instanceof PipelineEvent.Device d && d.event().kind() == DeviceEvent.Kind.GAP) {
                gapFrames += Long.parseLong(d.event().detail().split(" ")[0]);
            }
        }
        // Drops after the last frame cannot be reported before the end; the summary has them all.
        assertThat(gapFrames).isPositive().isLessThanOrEqualTo(summary.droppedFrames());
    }

    @Test
    void givenASourceThatCanWait_thenNothingIsDroppedAndTheHoldIsFound() throws Exception {
        LivePipeline pipeline = new LivePipeline(new FakeTransport(oneHold(), true), settings(SLOW, 8));
        pipeline.start();
        SessionSummary summary = pipeline.await(30, TimeUnit.SECONDS);
        assertThat(summary.droppedFrames()).isZero();
        assertThat(summary.frames()).isEqualTo(2000);
        assertThat(summary.holds()).singleElement().satisfies(h -> assertThat(h.durationSeconds()).isCloseTo(15.2 - 4.6, org.assertj.core.api.Assertions.within(0.011)));
        assertThat(summary.endReason()).isEqualTo("end of fake data");
    }

    @Test
    void givenASubscriberThatNeverReads_thenItsOverflowIsCountedButHoldsAndTheEndStillReachIt() throws Exception {
        LivePipeline pipeline = new LivePipeline(new FakeTransport(oneHold(), true), settings(ChannelCalibration.IDENTITY, 64));
        Subscription lazy = pipeline.subscribe("lazy", 10, false);
        pipeline.start();
        SessionSummary summary = pipeline.await(30, TimeUnit.SECONDS);
        assertThat(lazy.overflowCount()).isEqualTo(2000 - 10);
        assertThat(lazy.pollNotice()).isInstanceOf(PipelineEvent.HoldFinished.class);
        assertThat(lazy.pollNotice()).isInstanceOf(PipelineEvent.Ended.class);
        assertThat(summary.holds()).hasSize(1);
    }

    @Test
    void givenALosslessSubscriberAndASourceThatCanWait_thenItReceivesEveryFrameInOrder() throws Exception {
        LivePipeline pipeline = new LivePipeline(new FakeTransport(oneHold(), true), settings(ChannelCalibration.IDENTITY, 64));
        Subscription all = pipeline.subscribe("recorder", 16, true);
        pipeline.start();
        long expected = 0;
        while (true) {
            PipelineEvent.Processed p = all.pollFrame(5, TimeUnit.SECONDS);
            if (p == null) {
                break;
            }
            assertThat(p.frame().sequence()).isEqualTo(expected++);
        }
        assertThat(expected).isEqualTo(2000);
        assertThat(all.overflowCount()).isZero();
        assertThat(pipeline.await(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void givenGapsInTheSequenceNumbers_thenLostFramesAreCounted() throws Exception {
        List<Frame> frames = new ArrayList<>(oneHold());
        frames.subList(500, 530).clear();
        frames.remove(1000);
        LivePipeline pipeline = new LivePipeline(new FakeTransport(frames, true), settings(ChannelCalibration.IDENTITY, 64));
        pipeline.start();
        assertThat(pipeline.await(30, TimeUnit.SECONDS).lostFrames()).isEqualTo(31);
    }

    @Test
    void stopEndsTheSessionWithTheReasonGiven() throws Exception {
        List<Frame> endless = new ArrayList<>();
        for (int i = 0; i < 2_000_000; i++) {
            endless.add(new Frame(i * 10_000_000L, i, new double[] {0}));
        }
        LivePipeline pipeline = new LivePipeline(new FakeTransport(endless, true), settings(SLOW, 64));
        pipeline.start();
        Thread.sleep(100);
        pipeline.stop("stopped by user");
        SessionSummary summary = pipeline.await(10, TimeUnit.SECONDS);
        assertThat(summary).isNotNull();
        assertThat(summary.endReason()).isEqualTo("stopped by user");
        assertThat(summary.frames()).isLessThan(2_000_000);
    }
}
