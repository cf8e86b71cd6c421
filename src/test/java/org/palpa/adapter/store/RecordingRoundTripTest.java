package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.record.StoredSession;
import org.palpa.app.recording.IntegrityCheck;
import org.palpa.app.recording.Recordings;
import org.palpa.core.sim.SimulatedDeviceSpec;

class RecordingRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void givenASimulatedGloveSession_whenRecorded_thenEveryFrameHoldAndTheEndAreStoredAndTheChainIsIntact() throws Exception {
        Path data = dir.resolve("palpa-data");
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(data)) {
            Recordings.Run run = Recordings.record(store, SimulatedDeviceSpec.glove(), 3, 45, 0);
            long id = run.result().sessionId();

            StoredSession s = store.find(id).orElseThrow();
            assertThat(s.status()).isEqualTo(SessionStatus.COMPLETE);
            assertThat(s.frameCount()).isEqualTo(run.summary().frames()).isEqualTo(9000);
            assertThat(s.lostFrames()).isZero();
            assertThat(s.meta().clientCode()).isEqualTo("C-0042");
            assertThat(s.meta().device().channelNames()).containsExactly("thumb", "index", "middle", "ring", "little");
            assertThat(store.holds(id)).isNotEmpty().isEqualTo(run.summary().holds());
            assertThat(store.events(id)).extracting(RecordedEvent::kind).contains(RecordedEvent.Kind.SESSION_END);

            List<SampleChunk> chunks = new ArrayList<>();
            store.forEachChunk(id, chunks::add);
            assertThat(chunks).allSatisfy(c -> assertThat(c.frameCount()).isLessThanOrEqualTo(200));
            assertThat(chunks.stream().mapToLong(SampleChunk::frameCount).sum()).isEqualTo(9000);
            assertThat(chunks.get(0).sequence(0)).isZero();
            assertThat(chunks.get(chunks.size() - 1).sequence(chunks.get(chunks.size() - 1).frameCount() - 1)).isEqualTo(8999);

            assertThat(IntegrityCheck.verify(store, id)).isInstanceOf(IntegrityCheck.Intact.class);
            assertThat(((IntegrityCheck.Intact) IntegrityCheck.verify(store, id)).head()).isEqualTo(s.chainHead())
                    .isEqualTo(run.result().chainHead());
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(Files.readString(data.resolve("palpa.db-wal").getParent().resolve("palpa.db"),
                java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("SQLite format 3");
    }

    @Test
    void theCalibrationIsStoredWithTheSessionAndCoveredByTheChain() throws Exception {
        SessionMeta base = Recordings.meta(SimulatedDeviceSpec.glove().deviceInfo(1), "test");
        SessionMeta meta = new SessionMeta(base.clientCode(), null, base.therapist(), base.site(), base.notes(),
                base.startedAtEpochMillis(), base.source(), base.device(), "glove-2026-11", "9f2c", "R2 0.9995, max error 0.6 N",
                base.target(), base.filter(), base.probeAreaCm2());
        long id;
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            id = store.create(meta, IntegrityChain.genesis(meta));
            assertThat(store.find(id).orElseThrow().meta()).isEqualTo(meta);
            assertThat(IntegrityCheck.verify(store, id)).isInstanceOf(IntegrityCheck.Intact.class);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db"));
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE sessions SET calibration_quality = 'R2 0.9999'");
        }
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            assertThat(IntegrityCheck.verify(store, id)).isInstanceOf(IntegrityCheck.Tampered.class);
        }
    }

    @Test
    void sessionsAreListedByClientTherapistAndSite() throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            long a = Recordings.record(store, SimulatedDeviceSpec.algometer(), 1, 5, 0).result().sessionId();
            long b = Recordings.record(store, SimulatedDeviceSpec.algometer(), 2, 5, 0).result().sessionId();
            assertThat(store.list(SessionReader.Filter.ALL)).extracting(StoredSession::id).containsExactly(a, b);
            assertThat(store.list(new SessionReader.Filter("C-0042", "therapist-a", "room 1", null, null))).hasSize(2);
            assertThat(store.list(new SessionReader.Filter("C-9999", null, null, null, null))).isEmpty();
            assertThat(store.list(new SessionReader.Filter(null, null, "room 2", null, null))).isEmpty();
        }
    }
}
