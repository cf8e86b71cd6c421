package org.palpa.cli.sessions;

import org.palpa.cli.GatedDevice;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.recording.Recorder;
import org.palpa.app.recording.Recordings;
import org.palpa.app.replay.ReplayTransport;
import org.palpa.app.replay.StoredSessionSource;

/** A replay plays the stretch after a recording pause straight on, without waiting through the pause. */
class PausedReplayTest {
    @TempDir
    Path dir;

    @Test
    void givenASessionWithA30SecondPause_whenReplayedInRealTime_thenThePauseIsNotWaitedThrough() throws Exception {
        long id;
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            GatedDevice device = new GatedDevice();
            LivePipeline pipeline = new LivePipeline(device, SessionSettings.of(Recordings.TARGET, 0));
            Recorder recorder = Recorder.subscribe(pipeline, store, problem -> { });
            recorder.begin(Recordings.meta(pipeline.start(), "test"));
            id = store.list(org.palpa.app.port.SessionReader.Filter.ALL).get(0).id();
            device.send(50, s -> 0);                                  // 0.5 s kept
            awaitFrames(store, id, 50);
            recorder.pause();
            awaitEvents(store, id, 1);
            device.send(3000, s -> 0);                                // 30 s paused
            Thread.sleep(1000);
            recorder.resume();
            awaitEvents(store, id, 2);
            device.send(50, s -> 0);                                  // 0.5 s kept
            device.end();
            SessionSummary summary = pipeline.await(20, TimeUnit.SECONDS);
            assertThat(recorder.finish(summary, 20, TimeUnit.SECONDS).framesWritten()).isEqualTo(100);

            LivePipeline replay = new LivePipeline(new ReplayTransport(new StoredSessionSource(store, id), 1), SessionSettings.of(Recordings.TARGET, 0));
            long wallStart = System.nanoTime();
            replay.start();
            SessionSummary played = replay.await(60, TimeUnit.SECONDS);
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;

            assertThat(played.frames()).isEqualTo(100);
            assertThat(played.streamSeconds()).as("device time from the first frame to the last").isGreaterThan(30);
            assertThat(wallSeconds).as("wall time of the 1x replay").isLessThan(10);
        }
    }

    private static void awaitFrames(JdbcSessionStore store, long id, long frames) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (store.find(id).orElseThrow().frameCount() < frames && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static void awaitEvents(JdbcSessionStore store, long id, int events) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (store.events(id).size() < events && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
