package org.palpa.app.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sim.SimulatedDeviceSpec;

class RecorderTest {
    private static final long FRAMES = 30_000; // 300 s of the 100 Hz algometer

    private record Outcome(SessionSummary summary, RecordingResult result, List<String> problems) {
    }

    /**
     * A simulated device that cannot wait, like real hardware, but runs 1000 times faster than
     * real time (100 000 frames/s), which the pipeline keeps up with while the disk does not.
     */
    private static final class RealTimeDevice implements Transport {
        private final SimulatedTransport sim;

        RealTimeDevice(long frames) {
            sim = new SimulatedTransport(SimulatedDeviceSpec.algometer(), 3, 1000, frames);
        }

        @Override
        public DeviceInfo connect() {
            return sim.connect();
        }

        @Override
        public void start(FrameSink sink) {
            sim.start(sink);
        }

        @Override
        public boolean waitsForConsumer() {
            return false;
        }

        @Override
        public void close() {
            sim.close();
        }
    }

    private Outcome record(InMemoryWriter store) throws InterruptedException {
        return record(store, new SimulatedTransport(SimulatedDeviceSpec.algometer(), 3, 0, FRAMES));
    }

    private Outcome record(InMemoryWriter store, Transport transport) throws InterruptedException {
        LivePipeline pipeline = new LivePipeline(transport, SessionSettings.of(Recordings.TARGET, 0));
        List<String> problems = new CopyOnWriteArrayList<>();
        Recorder recorder = Recorder.subscribe(pipeline, store, problems::add);
        DeviceInfo info = pipeline.start();
        recorder.begin(Recordings.meta(info, "test"));
        SessionSummary summary = pipeline.await(60, TimeUnit.SECONDS);
        store.release.countDown();
        return new Outcome(summary, recorder.finish(summary, 30, TimeUnit.SECONDS), problems);
    }

    private static List<RecordedEvent> events(InMemoryWriter store, RecordedEvent.Kind kind) {
        return store.entries.stream().filter(e -> e.item() instanceof ChainEntry.Event)
                .map(e -> ((ChainEntry.Event) e.item()).event()).filter(e -> e.kind() == kind).toList();
    }

    @Test
    void givenADiskThatStallsLongerThanTheBuffers_whenTheDeviceCannotWait_thenEveryFrameNotRecordedIsALossEvent()
            throws Exception {
        InMemoryWriter store = new InMemoryWriter(true, -1);
        long sent = 4 * (Recorder.PENDING_LIMIT * 100L + Recorder.SUBSCRIPTION_FRAMES);
        Outcome o = record(store, new RealTimeDevice(sent));

        assertThat(o.summary().frames() + o.summary().droppedFrames()).isEqualTo(sent);
        assertThat(o.summary().frames()).as("more frames reached the recorder than it can buffer")
                .isGreaterThan(Recorder.PENDING_LIMIT * 100L + Recorder.SUBSCRIPTION_FRAMES + 10_000);
        assertThat(o.result().lostFrames()).isPositive();
        assertThat(o.result().framesWritten() + o.result().lostFrames()).isEqualTo(o.summary().frames());
        List<RecordedEvent> losses = events(store, RecordedEvent.Kind.LOSS);
        assertThat(losses).isNotEmpty();
        assertThat(losses.get(0).detail()).contains("were not recorded: the recorder fell behind the device");
        assertThat(store.lost).isEqualTo(o.result().lostFrames());
        assertThat(store.status).isEqualTo(SessionStatus.COMPLETE);
        assertThat(o.problems()).isEmpty();
    }

    @Test
    void givenAFullDisk_thenRecordingStopsWithAClearProblemWhileTheSessionRunsToItsEnd() throws Exception {
        InMemoryWriter store = new InMemoryWriter(false, 3);
        Outcome o = record(store);

        assertThat(o.summary().frames()).isEqualTo(FRAMES);
        // the device runs at 100 Hz: the line says up to when the session is on disk, and that the rest is not
        assertThat(o.problems()).singleElement().asString().isEqualTo(String.format(java.util.Locale.ROOT,
                "session 1 is recorded only up to %.1f s of signal (%d frames); the rest is NOT recorded: cannot write "
                + "session 1 in fake.db: the disk is full; live feedback goes on", o.result().framesWritten() / 100.0,
                o.result().framesWritten()));
        assertThat(o.result().problem()).contains("the disk is full");
        assertThat(o.result().framesWritten()).isEqualTo(store.frames).isPositive();
        assertThat(o.result().framesWritten() + o.result().lostFrames()).isEqualTo(FRAMES);
        assertThat(store.status).as("left for the next start to mark interrupted").isEqualTo(SessionStatus.RECORDING);
    }

    @Test
    void givenASourceThatCanWait_whenTheDiskStalls_thenTheSourceWaitsAndNothingIsLost() throws Exception {
        InMemoryWriter store = new InMemoryWriter(false, -1);
        store.stallMillis = 2000;
        Outcome o = record(store);
        assertThat(o.result().framesWritten()).isEqualTo(FRAMES);
        assertThat(o.result().lostFrames()).isZero();
    }

    @Test
    void aHealthyDiskGetsEveryFrameWithNoLoss() throws Exception {
        InMemoryWriter store = new InMemoryWriter(false, -1);
        Outcome o = record(store);
        assertThat(o.result().framesWritten()).isEqualTo(FRAMES);
        assertThat(o.result().lostFrames()).isZero();
        assertThat(events(store, RecordedEvent.Kind.LOSS)).isEmpty();
        assertThat(events(store, RecordedEvent.Kind.SESSION_END)).singleElement()
                .extracting(RecordedEvent::detail).asString().startsWith("simulation finished");
    }
}
