package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.SessionStatus;
import org.palpa.app.replay.ReplayTransport;
import org.palpa.app.replay.StoredSessionSource;
import org.palpa.app.recording.IntegrityCheck;
import org.palpa.app.recording.Recordings;
import org.palpa.core.sim.SimulatedDeviceSpec;

/**
 * The same store on a real PostgreSQL server. {@code .ci/run} installs and starts one and sets
 * {@code PALPA_TEST_PG_URL}; see docs/records.md for running it locally.
 */
@EnabledIfEnvironmentVariable(named = "PALPA_TEST_PG_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "no PostgreSQL test database: set PALPA_TEST_PG_URL (.ci/run starts one)")
class PostgresStoreTest {
    private static final String URL = System.getenv("PALPA_TEST_PG_URL");

    @BeforeEach
    void emptyDatabase() throws Exception {
        org.palpa.testing.TestPostgres.empty(URL);
    }

    @Test
    void theSameMigrationsRecordingReplayAndTamperCheckWorkOnPostgresql() throws Exception {
        long id;
        SessionSummary live;
        try (JdbcSessionStore store = JdbcSessionStore.open(URL)) {
            Recordings.Run run = Recordings.record(store, SimulatedDeviceSpec.glove(), 13, 60, 0);
            id = run.result().sessionId();
            live = run.summary();
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(SessionStatus.COMPLETE);
            assertThat(store.find(id).orElseThrow().frameCount()).isEqualTo(12_000);
            assertThat(store.list(new SessionReader.Filter("C-0042", null, "room 1", null, null))).hasSize(1);
            assertThat(IntegrityCheck.verify(store, id)).isInstanceOf(IntegrityCheck.Intact.class);

            LivePipeline replay = new LivePipeline(new ReplayTransport(new StoredSessionSource(store, id), 0), SessionSettings.of(Recordings.TARGET, 0));
            replay.start();
            assertThat(replay.await(60, TimeUnit.SECONDS).holds()).isNotEmpty().isEqualTo(live.holds());
        }
        try (JdbcSessionStore reopened = JdbcSessionStore.open(URL)) {
            assertThat(reopened.holds(id)).isEqualTo(live.holds());
        }
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("DELETE FROM sample_chunks WHERE chunk_index = 30")).isEqualTo(1);
        }
        try (JdbcSessionStore store = JdbcSessionStore.open(URL)) {
            assertThat(IntegrityCheck.verify(store, id)).isInstanceOfSatisfying(IntegrityCheck.Tampered.class,
                    t -> assertThat(t.where()).contains("missing from the chain before chunk 31"));
        }
    }
}
