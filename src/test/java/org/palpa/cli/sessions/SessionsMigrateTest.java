package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.keys.Ed25519KeyFolder;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.cli.CliRunner;
import org.palpa.cli.Main;
import org.palpa.core.record.ChunkCodec;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.LegacyChunks;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.record.StoredSession;

/**
 * {@code palpa sessions migrate} on a store written in the frame-by-frame chunk layout: sessions that
 * verify are converted with the same values and a signed ledger entry, and one that does not is
 * left as it is.
 */
class SessionsMigrateTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void recordThreeSessionsTheOldWay() throws Exception {
        data = dir.resolve("data");
        for (String device : new String[] {"sim-glove", "sim-algometer", "sim-glove-16"}) {
            CliRunner.Result r = CliRunner.run("demo", "--device", device, "--speed", "max", "--duration", "4s", "--plain",
                    "--client", "C-0042", "--data-dir", data.toString());
            assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        }
        for (long id = 1; id <= 3; id++) {
            toOldLayout(id);
        }
    }

    /** Rewrites a session as the Palpa before the compact encoding stored it: version-1 chunks, their chain, a signed seal. */
    private void toOldLayout(long id) throws Exception {
        List<SampleChunk> chunks = chunks(id);
        try (StoreDamage d = new StoreDamage(data.resolve("palpa.db"))) {
            for (SampleChunk k : chunks) {
                StoreDamageChains.setChunkData(d, id, k.index(), LegacyChunks.of(k.index(), k.frames()).data());
            }
            StoreDamageChains.recompute(d, data, id, false);
        }
        try (JdbcSessionStore s = JdbcSessionStore.openSqlite(data, Ed25519KeyFolder.load(data.resolve("keys")))) {
            StoredSession stored = s.find(id).orElseThrow();
            s.finish(id, stored.status(), stored.endedAtEpochMillis(), stored.endReason());
        }
        assertThat(chunks(id)).allSatisfy(k -> assertThat(k.encoding()).isEqualTo(1));
    }

    private List<SampleChunk> chunks(long id) {
        List<SampleChunk> out = new ArrayList<>();
        try (JdbcSessionStore s = JdbcSessionStore.openSqliteReadOnly(data)) {
            s.forEachChunk(id, out::add);
        }
        return out;
    }

    private static void assertSameValues(List<SampleChunk> before, List<SampleChunk> after) {
        assertThat(after).hasSameSizeAs(before);
        for (int k = 0; k < before.size(); k++) {
            ChunkCodec.Frames a = before.get(k).frames();
            ChunkCodec.Frames b = after.get(k).frames();
            assertThat(b.timestamps()).containsExactly(a.timestamps());
            assertThat(b.sequences()).containsExactly(a.sequences());
            assertThat(b.raw()).containsExactly(a.raw());
            assertThat(b.calibrated()).containsExactly(a.calibrated());
        }
    }

    @Test
    void verifiedSessionsAreConvertedWithTheSameValuesAndASignedEntry() {
        List<List<SampleChunk>> before = List.of(chunks(1), chunks(2), chunks(3));
        assertThat(CliRunner.run("sessions", "verify", "--all", "--data-dir", data.toString()).exitCode()).isZero();

        CliRunner.Result r = CliRunner.run("sessions", "migrate", "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("session 1: converted 4 chunk(s)", "session 3: converted",
                "3 session(s) converted, 0 already compact, 0 left as they are");

        CliRunner.Result v = CliRunner.run("sessions", "verify", "--all", "--data-dir", data.toString());
        assertThat(v.exitCode()).as(v.out()).isZero();
        assertThat(v.out()).contains("session 2: intact (", "converted to compact chunks (replacing chain head ",
                "3 session(s): 3 intact, 0 tampered, 0 unreadable");
        for (int id = 1; id <= 3; id++) {
            List<SampleChunk> after = chunks(id);
            assertThat(after).allSatisfy(k -> assertThat(k.encoding()).isEqualTo(ChunkCodec.VERSION));
            assertSameValues(before.get(id - 1), after);
            long oldBytes = before.get(id - 1).stream().mapToLong(k -> k.data().length).sum();
            assertThat(after.stream().mapToLong(k -> k.data().length).sum()).isLessThan(oldBytes / 5);
        }
        try (JdbcSessionStore s = JdbcSessionStore.openSqliteReadOnly(data)) {
            LedgerEntry seal = s.seal(1).orElseThrow();
            assertThat(seal.kind()).isEqualTo(LedgerEntry.Kind.CONVERTED);
            assertThat(seal.signed()).isTrue();
            assertThat(seal.chainHead()).isEqualTo(s.find(1).orElseThrow().chainHead());
            LedgerEntry oldSeal = s.ledger().stream().filter(e -> e.sessionId() == 1 && e.seq() < seal.seq()
                    && e.kind() == LedgerEntry.Kind.SEALED).reduce((a, b) -> b).orElseThrow();
            assertThat(seal.replacedHead()).isEqualTo(oldSeal.chainHead());
        }

        CliRunner.Result again = CliRunner.run("sessions", "migrate", "--data-dir", data.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 session(s) converted, 3 already compact");
    }

    @Test
    void aSessionThatDoesNotVerifyIsLeftAsItIsAndReported() throws Exception {
        List<SampleChunk> before = chunks(2);
        try (StoreDamage d = new StoreDamage(data.resolve("palpa.db"))) {
            byte[] changed = StoreDamageChains.chunkData(d, 2, 1);
            changed[20] ^= 0x01;
            StoreDamageChains.setChunkData(d, 2, 1, changed);
        }
        CliRunner.Result r = CliRunner.run("sessions", "migrate", "--data-dir", data.toString());
        assertThat(r.exitCode()).isEqualTo(Main.FAILED);
        assertThat(r.out()).contains("session 2: LEFT AS IT IS: it does not verify: chunk 1 (samples from 1.000 s) was changed",
                "2 session(s) converted, 0 already compact, 1 left as they are");
        List<SampleChunk> after = chunks(2);
        assertThat(after).allSatisfy(k -> assertThat(k.encoding()).isEqualTo(1));
        assertThat(after.get(0).data()).isEqualTo(before.get(0).data());
        CliRunner.Result v = CliRunner.run("sessions", "verify", "--all", "--data-dir", data.toString());
        assertThat(v.out()).contains("session 1: intact (", "session 3: intact (", "session 2: TAMPERED: chunk 1");
    }

    @Test
    void aConvertedSessionsJsonExportIsCheckedWithThePublicKeyAlone() {
        assertThat(CliRunner.run("sessions", "migrate", "--data-dir", data.toString()).exitCode()).isZero();
        Path json = dir.resolve("s1.json");
        Path key = dir.resolve("clinic.pub");
        assertThat(CliRunner.run("sessions", "key", "-o", key.toString(), "--data-dir", data.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "json", "-o", json.toString(), "--data-dir",
                data.toString()).exitCode()).isZero();
        CliRunner.Result ok = CliRunner.run("sessions", "verify-export", json.toString(), "--key", key.toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("VALID: ");
    }
}
