package org.palpa.app.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.app.port.FrameSink;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.Unit;

class ReplayTransportTest {
    private static final DeviceInfo DEVICE = new DeviceInfo("csv:t.csv", null, null,
            List.of(new Channel(0, "probe", Unit.NEWTON)), 100);

    /** Collects what a transport delivers. */
    private static final class Collector implements FrameSink {
        final List<Frame> frames = new CopyOnWriteArrayList<>();
        final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
        final CountDownLatch ended = new CountDownLatch(1);
        volatile String reason;

        @Override
        public void frame(Frame frame) {
            frames.add(frame);
        }

        @Override
        public void event(DeviceEvent event) {
            events.add(event);
        }

        @Override
        public void ended(String why) {
            reason = why;
            ended.countDown();
        }
    }

    private static TraceAnalysis.FrameSource frames(int n, int badAt) {
        return (Consumer<Frame> sink) -> {
            for (int i = 0; i < n; i++) {
                if (i == badAt) {
                    throw new InputFormatException("t.csv", i + 2, "column 2 (probe)", "'x' is not a number");
                }
                sink.accept(new Frame(i * 10_000_000L, i, new double[] {i}));
            }
        };
    }

    @Test
    void everyRecordedFrameIsPlayedInOrderThenTheReplayEndsAndClosesTheFile() throws Exception {
        AtomicBoolean fileClosed = new AtomicBoolean();
        ReplayTransport replay = new ReplayTransport(new TraceSource("t.csv", DEVICE, frames(50, -1), () -> fileClosed.set(true)), 10);
        Collector c = new Collector();
        assertThat(replay.connect()).isEqualTo(DEVICE);
        replay.start(c);
        assertThat(c.ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(c.frames).extracting(Frame::sequence).containsExactlyElementsOf(
                java.util.stream.LongStream.range(0, 50).boxed().toList());
        assertThat(c.reason).isEqualTo("replay of t.csv finished after 50 frames");
        assertThat(fileClosed).isTrue();
        assertThat(replay.waitsForConsumer()).isTrue();
    }

    @Test
    void badDataEndsTheReplayWithADeviceErrorNamingTheLine() throws Exception {
        ReplayTransport replay = new ReplayTransport(new TraceSource("t.csv", DEVICE, frames(50, 7), null), 100);
        Collector c = new Collector();
        replay.connect();
        replay.start(c);
        assertThat(c.ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(c.frames).hasSize(7);
        assertThat(c.events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(DeviceEvent.Kind.DEVICE_ERROR);
            assertThat(e.detail()).contains("t.csv:9");
        });
        assertThat(c.reason).startsWith("replay of t.csv stopped: t.csv:9");
    }

    @Test
    void closingStopsAReplayEarly() throws Exception {
        ReplayTransport replay = new ReplayTransport(new TraceSource("t.csv", DEVICE, frames(100_000, -1), null), 1);
        Collector c = new Collector();
        replay.connect();
        replay.start(c);
        replay.close();
        assertThat(c.ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(c.reason).isEqualTo("replay stopped");
        assertThat(c.frames.size()).isLessThan(100_000);
    }

    @Test
    void aNegativeOrUndefinedSpeedIsRefused() {
        assertThatThrownBy(() -> new ReplayTransport(new TraceSource("t.csv", DEVICE, frames(1, -1), null), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("speed");
        assertThatThrownBy(() -> new ReplayTransport(new TraceSource("t.csv", DEVICE, frames(1, -1), null), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("speed");
    }

    @Test
    void aReplayFromALaterSecondSkipsEarlierFramesAndCountsSequencesAfreshKeepingRealGaps() throws Exception {
        TraceAnalysis.FrameSource gappy = sink -> {
            for (int i = 0; i < 100; i++) {
                if (i != 60) {
                    sink.accept(new Frame(i * 10_000_000L, i, new double[] {i}));
                }
            }
        };
        ReplayTransport replay = new ReplayTransport(new TraceSource("t.csv", DEVICE, gappy, null),
                ReplayTransport.AS_FAST_AS_POSSIBLE, 0.5);
        Collector c = new Collector();
        replay.connect();
        replay.start(c);
        assertThat(c.ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(c.frames.get(0).timestampNanos()).isEqualTo(500_000_000L);
        assertThat(c.frames.get(0).sequence()).isZero();
        assertThat(c.frames).hasSize(49);
        assertThat(c.frames.get(10).sequence()).isEqualTo(11);
    }
}
