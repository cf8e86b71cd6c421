package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.core.record.SessionMeta;
import org.palpa.app.recording.IntegrityCheck;
import org.palpa.app.recording.Recorder;
import org.palpa.app.recording.Recordings;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.hold.TargetPlanText;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** A glove session recorded with a target per finger keeps its plan, and the integrity chain covers it. */
class ChannelTargetsRecordTest {
    private static final Target THUMB = new Target(25.2, 30.8, Unit.NEWTON, 10_000, RateBand.ANY);
    private static final Target INDEX = new Target(13.9, 16.9, Unit.NEWTON, 10_000, new RateBand(2, 20));

    @TempDir
    Path dir;
    long id;
    TargetPlan plan;

    @BeforeEach
    void record() throws Exception {
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("thumb", THUMB);
        targets.put("index", INDEX);
        plan = new TargetPlan(null, targets, Set.of());
        SessionSettings settings = SessionSettings.of(THUMB, 30).withTargets(plan);
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            LivePipeline pipeline = new LivePipeline(new SimulatedTransport(SimulatedDeviceSpec.glove(), 7, 0, 0), settings);
            Recorder recorder = Recorder.subscribe(pipeline, store, problem -> { });
            DeviceInfo info = pipeline.start();
            SessionMeta base = Recordings.meta(info, "test glove");
            id = recorder.begin(new SessionMeta(base.clientCode(), null, base.therapist(), base.site(), base.notes(),
                    base.startedAtEpochMillis(), base.source(), info, null, null, null, settings.target(),
                    base.filter(), base.probeAreaCm2(), settings.targets()));
            SessionSummary summary = pipeline.await(60, TimeUnit.SECONDS);
            recorder.finish(summary, 60, TimeUnit.SECONDS);
            assertThat(summary.holds()).filteredOn(h -> h.outcome() == HoldOutcome.MET)
                    .extracting(h -> h.channel()).contains(0, 1);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private IntegrityCheck.Verdict verify() {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            return IntegrityCheck.verify(store, id);
        }
    }

    @Test
    void thePlanIsReadBackAsRecordedAndTheRecordIsIntact() throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            SessionMeta m = store.find(id).orElseThrow().meta();
            assertThat(m.targets()).isEqualTo(plan);
            assertThat(m.target()).isEqualTo(THUMB);
        }
        assertThat(verify()).isInstanceOf(IntegrityCheck.Intact.class);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT target_plan FROM sessions")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo(TargetPlanText.format(plan)).contains("channel\tindex\t13.9\t16.9");
        }
    }

    @Test
    void anEditedFingerTargetIsFound() throws Exception {
        sql("UPDATE sessions SET target_plan = replace(target_plan, '13.9', '12.0')");
        assertThat(verify()).isInstanceOfSatisfying(IntegrityCheck.Tampered.class,
                t -> assertThat(t.where()).contains("metadata"));
    }

    @Test
    void aRemovedPlanIsFound() throws Exception {
        sql("UPDATE sessions SET target_plan = NULL");
        assertThat(verify()).isInstanceOfSatisfying(IntegrityCheck.Tampered.class,
                t -> assertThat(t.where()).contains("metadata"));
    }

    @Test
    void aSessionWithOneTargetStoresNoPlan() throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir.resolve("one"))) {
            long single = Recordings.record(store, SimulatedDeviceSpec.algometer(), 5, 5, 0).result().sessionId();
            assertThat(store.find(single).orElseThrow().meta().targets().isUniform()).isTrue();
            assertThat(IntegrityCheck.verify(store, single)).isInstanceOf(IntegrityCheck.Intact.class);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("one").resolve("palpa.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM sessions WHERE target_plan IS NULL")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void thePlanTextRoundTripsWithADefaultAndATrackSelection() {
        TargetPlan withDefault = new TargetPlan(THUMB, Map.of("index", INDEX), Set.of("index", "ring"));
        assertThat(TargetPlanText.parse(TargetPlanText.format(withDefault))).isEqualTo(withDefault);
    }
}
