package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.app.replay.ReplayTransport;
import org.palpa.app.replay.StoredSessionSource;
import org.palpa.app.replay.SessionFrames;
import org.palpa.app.recording.IntegrityCheck;
import org.palpa.app.recording.Recordings;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.Unit;
import org.palpa.core.sim.SimulatedDeviceSpec;

class ReplayTest {
    @TempDir
    Path dir;

    @Test
    void givenARecordedGloveSession_whenReplayedThroughThePipeline_thenItGivesExactlyTheSameHolds() throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            Recordings.Run live = Recordings.record(store, SimulatedDeviceSpec.glove(), 21, 90, 0);
            assertThat(live.summary().holds()).hasSizeGreaterThan(3);

            LivePipeline replay = new LivePipeline(new ReplayTransport(new StoredSessionSource(store, live.result().sessionId()), 0),
                    SessionSettings.of(Recordings.TARGET, 0));
            replay.start();
            SessionSummary again = replay.await(60, TimeUnit.SECONDS);

            assertThat(again.holds()).isEqualTo(live.summary().holds());
            assertThat(again.frames()).isEqualTo(live.summary().frames());
            assertThat(again.lostFrames()).isZero();
            assertThat(again.endReason()).startsWith("replay of session");
        }
    }

    @Test
    void aReplayAtTenTimesSpeedTakesAboutATenthOfTheSignalTime() throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            long id = Recordings.record(store, SimulatedDeviceSpec.algometer(), 4, 10, 0).result().sessionId();
            LivePipeline replay = new LivePipeline(new ReplayTransport(new StoredSessionSource(store, id), 10), SessionSettings.of(Recordings.TARGET, 0));
            long t0 = System.nanoTime();
            replay.start();
            SessionSummary s = replay.await(30, TimeUnit.SECONDS);
            double wallSeconds = (System.nanoTime() - t0) / 1e9;
            assertThat(s.frames()).isEqualTo(1000);
            assertThat(wallSeconds).isBetween(0.9, 5.0);
        }
    }

    @Test
    void analysingARecordAgainstAnotherTargetLeavesTheRecordUntouched() throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            Recordings.Run live = Recordings.record(store, SimulatedDeviceSpec.algometer(), 8, 60, 0);
            long id = live.result().sessionId();
            Target stricter = new Target(41, 43, Unit.NEWTON, 20_000, RateBand.ANY);
            TraceAnalysis.Result other = TraceAnalysis.run(store.find(id).orElseThrow().meta().device(),
                    new SessionFrames(store, id), SessionSettings.of(stricter, 0));

            assertThat(other.holds()).extracting(HoldResult::outcome).doesNotContain(HoldOutcome.MET);
            assertThat(live.summary().holds()).extracting(HoldResult::outcome).contains(HoldOutcome.MET);
            assertThat(store.holds(id)).isEqualTo(live.summary().holds());
            assertThat(IntegrityCheck.verify(store, id)).isInstanceOf(IntegrityCheck.Intact.class);
        }
    }
}
