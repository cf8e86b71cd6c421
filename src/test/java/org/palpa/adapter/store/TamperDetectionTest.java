package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.app.recording.IntegrityCheck;
import org.palpa.app.recording.Recordings;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** Edits a recorded session behind Palpa's back, as someone with the sqlite3 tool could, and checks that verify notices. */
class TamperDetectionTest {
    @TempDir
    Path dir;
    long id;

    @BeforeEach
    void record() throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            id = Recordings.record(store, SimulatedDeviceSpec.algometer(), 5, 60, 0).result().sessionId();
            assertThat(IntegrityCheck.verify(store, id)).isInstanceOf(IntegrityCheck.Intact.class);
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
    void aChangedSampleIsFoundInItsChunk() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db"))) {
            byte[] data;
            try (PreparedStatement p = c.prepareStatement("SELECT data FROM sample_chunks WHERE session_id = ? AND chunk_index = 7")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    data = r.getBytes(1);
                }
            }
            assertThat(data[0]).as("a chunk in the compact encoding").isEqualTo((byte) org.palpa.core.record.ChunkCodec.VERSION);
            data[data.length / 2] ^= 0x01; // one bit inside the chunk's compressed values
            try (PreparedStatement p = c.prepareStatement("UPDATE sample_chunks SET data = ? WHERE session_id = ? AND chunk_index = 7")) {
                p.setBytes(1, data);
                p.setLong(2, id);
                p.executeUpdate();
            }
        }
        assertThat(verify()).isInstanceOfSatisfying(IntegrityCheck.Tampered.class,
                t -> assertThat(t.where()).startsWith("chunk 7 (samples from 7.000 s) was changed"));
    }

    @Test
    void aDeletedChunkIsFound() throws Exception {
        sql("DELETE FROM sample_chunks WHERE chunk_index = 12");
        assertThat(verify()).isInstanceOfSatisfying(IntegrityCheck.Tampered.class,
                t -> assertThat(t.where()).contains("1 item(s) missing from the chain before chunk 13"));
    }

    @Test
    void anEditedHoldIsFound() throws Exception {
        sql("UPDATE holds SET outcome = 'MET', mean = mean + 0.5 WHERE hold_index = 1");
        assertThat(verify()).isInstanceOfSatisfying(IntegrityCheck.Tampered.class,
                t -> assertThat(t.where()).startsWith("hold 1 on channel 0 was changed"));
    }

    @Test
    void editedNotesAreFound() throws Exception {
        sql("UPDATE sessions SET notes = 'nothing happened'");
        assertThat(verify()).isInstanceOfSatisfying(IntegrityCheck.Tampered.class,
                t -> assertThat(t.where()).contains("metadata"));
    }

    @Test
    void aDeletedLastEventIsFound() throws Exception {
        sql("DELETE FROM events WHERE kind = 'SESSION_END'");
        assertThat(verify()).isInstanceOfSatisfying(IntegrityCheck.Tampered.class,
                t -> assertThat(t.where()).contains("missing at the end"));
    }

    @Test
    void erasingTheClientsDisplayNameKeepsTheRecordIntact() throws Exception {
        sql("UPDATE clients SET display_name = NULL");
        assertThat(verify()).isInstanceOf(IntegrityCheck.Intact.class);
    }
}
