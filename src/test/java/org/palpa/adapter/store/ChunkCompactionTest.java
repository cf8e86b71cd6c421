package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.app.port.ChunkCompaction;
import org.palpa.app.port.StoreException;
import org.palpa.app.recording.IntegrityCheck;
import org.palpa.app.recording.Recordings;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.LegacyChunks;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** Converting a session's version-1 chunks in place, on SQLite and (when one is set up) on PostgreSQL. */
class ChunkCompactionTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneSessionIsConvertedWithTheSameValuesOnSqlite() throws Exception {
        convertsWithTheSameValues("jdbc:sqlite:" + dir.resolve("palpa.db"));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "PALPA_TEST_PG_URL", matches = "jdbc:postgresql:.*",
            disabledReason = "no PostgreSQL test database: set PALPA_TEST_PG_URL (.ci/run starts one)")
    void aVersionOneSessionIsConvertedWithTheSameValuesOnPostgresql() throws Exception {
        String url = System.getenv("PALPA_TEST_PG_URL");
        org.palpa.testing.TestPostgres.empty(url);
        convertsWithTheSameValues(url);
    }

    @Test
    void aChainThatDoesNotEndAtTheVerifiedHeadIsNotConverted() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("palpa.db");
        try (JdbcSessionStore store = JdbcSessionStore.open(url)) {
            long id = Recordings.record(store, SimulatedDeviceSpec.glove(), 3, 5, 0).result().sessionId();
            toVersionOne(url, store, id);
            assertThatThrownBy(() -> store.compaction().compact(id, "0".repeat(64))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("not at the verified head");
            List<SampleChunk> after = new ArrayList<>();
            store.forEachChunk(id, after::add);
            assertThat(after).allSatisfy(k -> assertThat(k.encoding()).isEqualTo(1));
            assertThat(IntegrityCheck.verify(store, id)).isInstanceOf(IntegrityCheck.Intact.class);
        }
    }

    private void convertsWithTheSameValues(String url) throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.open(url)) {
            long id = Recordings.record(store, SimulatedDeviceSpec.glove(), 5, 20, 0).result().sessionId();
            String oldHead = toVersionOne(url, store, id);
            List<SampleChunk> before = new ArrayList<>();
            store.forEachChunk(id, before::add);
            assertThat(before).allSatisfy(k -> assertThat(k.encoding()).isEqualTo(1));

            ChunkCompaction.Converted done = store.compaction().compact(id, oldHead).orElseThrow();
            assertThat(done.chunks()).isEqualTo(before.size());
            assertThat(done.oldHead()).isEqualTo(oldHead);
            assertThat(done.bytesAfter()).isLessThan(done.bytesBefore() / 8);

            assertThat(IntegrityCheck.verify(store, id)).isInstanceOfSatisfying(IntegrityCheck.Intact.class,
                    i -> assertThat(i.head()).isEqualTo(done.newHead()));
            List<SampleChunk> after = new ArrayList<>();
            store.forEachChunk(id, after::add);
            assertThat(after).hasSameSizeAs(before);
            for (int k = 0; k < before.size(); k++) {
                assertThat(after.get(k).encoding()).isEqualTo(2);
                assertThat(after.get(k).frames().raw()).containsExactly(before.get(k).frames().raw());
                assertThat(after.get(k).frames().calibrated()).containsExactly(before.get(k).frames().calibrated());
                assertThat(after.get(k).frames().timestamps()).containsExactly(before.get(k).frames().timestamps());
            }
            LedgerEntry seal = store.seal(id).orElseThrow();
            assertThat(seal.kind()).isEqualTo(LedgerEntry.Kind.CONVERTED);
            assertThat(seal.replacedHead()).isEqualTo(oldHead);
            assertThat(seal.chainHead()).isEqualTo(done.newHead());
            assertThat(store.compaction().compact(id, done.newHead())).isEmpty();
        }
    }

    /** Rewrites the session's chunks in the version-1 layout with their chain, as an older Palpa stored them; returns the head. */
    private static String toVersionOne(String url, JdbcSessionStore store, long id) throws Exception {
        List<ChainEntry> entries = new ArrayList<>();
        store.forEachEntry(id, entries::add);
        String head = store.find(id).orElseThrow().genesisHash();
        try (Connection c = DriverManager.getConnection(url)) {
            for (ChainEntry e : entries) {
                ChainEntry.Item item = e.item();
                String table = "events";
                if (item instanceof ChainEntry.Chunk(SampleChunk k)) {
                    item = new ChainEntry.Chunk(LegacyChunks.of(k.index(), k.frames()));
                    table = "sample_chunks";
                } else if (item instanceof ChainEntry.Hold) {
                    table = "holds";
                }
                head = IntegrityChain.link(head, item);
                try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET hash = ?"
                        + (item instanceof ChainEntry.Chunk ? ", data = ?" : "") + " WHERE session_id = ? AND chain_seq = ?")) {
                    int i = 1;
                    p.setString(i++, head);
                    if (item instanceof ChainEntry.Chunk(SampleChunk k)) {
                        p.setBytes(i++, k.data());
                    }
                    p.setLong(i++, id);
                    p.setLong(i, e.seq());
                    assertThat(p.executeUpdate()).isEqualTo(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE sessions SET chain_head = ? WHERE id = ?")) {
                p.setString(1, head);
                p.setLong(2, id);
                p.executeUpdate();
            }
        }
        return head;
    }
}
