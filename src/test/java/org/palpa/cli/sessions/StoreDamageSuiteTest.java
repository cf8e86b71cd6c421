package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;
import org.palpa.cli.Main;

/**
 * The damage suite: a store recorded through the real recorder from the simulated algometer (three
 * sessions, one with a note added later) is copied and damaged in {@value #CASES} ways, and every
 * one must be reported by {@code palpa sessions verify --all} with exit status 1.
 */
class StoreDamageSuiteTest {
    static final int CASES = 72;
    static final List<String> CHUNK_COLUMNS = List.of("data", "data", "data", "chunk_index", "chain_seq",
            "first_timestamp_ns", "frame_count", "channel_count", "hash");
    static final List<String> HOLD_COLUMNS = List.of("chain_seq", "channel", "hold_index", "contact_start_ns",
            "hold_start_ns", "hold_end_ns", "contact_end_ns", "time_in_band_ns", "time_over_ns", "mean", "peak", "cv",
            "ramp_rate_per_s", "ramp_rate_in_band", "outcome", "unit", "hash");
    static final List<String> EVENT_COLUMNS = List.of("chain_seq", "timestamp_ns", "kind", "value", "detail", "hash",
            "added_at", "added_by");
    static final List<String> SESSION_COLUMNS = List.of("id", "client_code", "therapist", "site", "notes", "started_at",
            "ended_at", "status", "end_reason", "source", "device_model", "device_serial", "device_firmware",
            "device_rate_hz", "target_min", "target_max", "target_unit", "hold_ms", "ramp_min", "filter",
            "probe_area_cm2", "frame_count", "lost_frames", "genesis_hash", "chain_length", "chain_head");
    static final List<String> LEDGER_COLUMNS = List.of("seq", "previous_hash", "kind", "session_id", "genesis_hash",
            "chain_length", "chain_head", "closing_hash", "entered_at", "key_fingerprint", "hash", "signature");

    @TempDir
    static Path dir;
    static Path recorded;

    interface Damage {
        /** Damages the copy; returns what was done when that is only known then, else null. */
        String apply(StoreDamage d, Path dataDir) throws Exception;
    }

    interface Edit {
        void apply(StoreDamage d, Path dataDir) throws Exception;
    }

    @BeforeAll
    static void recordThroughTheRealRecorder() {
        recorded = dir.resolve("recorded");
        for (String client : new String[] {"C-0001", "C-0002"}) {
            assertThat(CliRunner.run("demo", "--speed", "max", "--duration", "12s", "--plain", "--client", client,
                    "--notes", "neck, left side", "--data-dir", recorded.toString()).exitCode()).isZero();
        }
        assertThat(CliRunner.run("sessions", "note", "1", "--pain", "3", "--at", "5s", "--by", "auditor",
                "--data-dir", recorded.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("demo", "--speed", "max", "--duration", "12s", "--plain", "--client", "C-0003",
                "--data-dir", recorded.toString()).exitCode()).isZero();
        CliRunner.Result clean = CliRunner.run("sessions", "verify", "--all", "--data-dir", recorded.toString());
        assertThat(clean.exitCode()).as(clean.out()).isZero();
        assertThat(clean.out()).contains("3 session(s): 3 intact, 0 tampered, 0 unreadable");
    }

    @TestFactory
    Stream<DynamicTest> everyDamageIsReportedByVerifyAll() {
        List<DynamicTest> tests = new ArrayList<>();
        Random rnd = new Random(10);
        for (int i = 0; i < 10; i++) {
            long seed = rnd.nextLong();
            tests.add(flip("sample blob bit flip #" + i, "sample_chunks", List.of("data"), seed));
        }
        for (int i = 0; i < 4; i++) {
            tests.add(flip("sample chunk field flip #" + i, "sample_chunks", CHUNK_COLUMNS, rnd.nextLong()));
        }
        for (int i = 0; i < 8; i++) {
            tests.add(flip("hold flip #" + i, "holds", HOLD_COLUMNS, rnd.nextLong()));
        }
        for (int i = 0; i < 8; i++) {
            tests.add(flip("event flip #" + i, "events", EVENT_COLUMNS, rnd.nextLong()));
        }
        for (int i = 0; i < 12; i++) {
            tests.add(flip("session row flip #" + i, "sessions", SESSION_COLUMNS, rnd.nextLong()));
        }
        tests.add(flip("channel label flip", "channels", List.of("label", "unit"), rnd.nextLong()));
        for (int i = 0; i < 4; i++) {
            tests.add(flip("ledger flip #" + i, "ledger", LEDGER_COLUMNS, rnd.nextLong()));
        }
        for (int page : new int[] {1, 2, 5, 20}) {
            tests.add(damage("page " + page + " overwritten", (d, data) -> overwritePage(data.resolve("palpa.db"), page)));
        }
        tests.add(damage("a middle chunk deleted", (d, data) -> d.sql("DELETE FROM sample_chunks WHERE session_id = 2 AND chunk_index = 4")));
        tests.add(damage("the last chunk deleted", (d, data) -> d.sql("DELETE FROM sample_chunks WHERE session_id = 2 AND chunk_index = "
                + "(SELECT MAX(chunk_index) FROM sample_chunks WHERE session_id = 2)")));
        tests.add(damage("a hold deleted", (d, data) -> d.sql("DELETE FROM holds WHERE session_id = 1")));
        tests.add(damage("the end event deleted", (d, data) -> d.sql("DELETE FROM events WHERE kind = 'SESSION_END' AND session_id = 3")));
        tests.add(damage("the later note deleted", (d, data) -> d.sql("DELETE FROM events WHERE added_by IS NOT NULL")));
        tests.add(damage("a session's channels deleted", (d, data) -> d.sql("DELETE FROM channels WHERE session_id = 2")));
        tests.add(damage("a ledger entry deleted", (d, data) -> d.sql("DELETE FROM ledger WHERE seq = 3")));
        tests.add(damage("the chain cut short, counts made to agree", StoreDamageSuiteTest::cutShort));
        tests.add(damage("a whole session deleted", (d, data) -> d.deleteSession(2)));
        tests.add(damage("a whole session and its ledger entries deleted", (d, data) -> {
            d.deleteSession(2);
            d.sql("DELETE FROM ledger WHERE session_id = 2");
        }));
        tests.add(damage("the last session deleted", (d, data) -> d.deleteSession(3)));
        tests.add(damage("client code pointed at an unknown client", (d, data) -> d.sql("UPDATE sessions SET client_code = 'C-NOPE' WHERE id = 1")));
        tests.add(damage("therapist pointed at an unknown therapist", (d, data) -> d.sql("UPDATE sessions SET therapist = 'nobody' WHERE id = 2")));
        tests.add(damage("a hold pointed at an unknown session", (d, data) -> d.sql("UPDATE holds SET session_id = 99 WHERE session_id = 2")));
        tests.add(damage("events pointed at an unknown session", (d, data) -> d.sql("UPDATE events SET session_id = 99 WHERE session_id = 1")));
        tests.add(damage("chunks pointed at an unknown session", (d, data) -> d.sql("UPDATE sample_chunks SET session_id = 99 WHERE session_id = 3 AND chunk_index > 8")));
        tests.add(damage("a sample changed and the chain recomputed without the key", (d, data) -> {
            byte[] blob = StoreDamageChains.chunkData(d, 3, 2);
            blob[16 + 7] ^= 0x01;
            StoreDamageChains.setChunkData(d, 3, 2, blob);
            StoreDamageChains.recompute(d, data, 3, false);
        }));
        tests.add(damage("notes changed, genesis and chain recomputed without the key", (d, data) -> {
            d.sql("UPDATE sessions SET notes = 'no findings' WHERE id = 2");
            StoreDamageChains.recompute(d, data, 2, true);
        }));
        tests.add(damage("chain recomputed and the seal rewritten without the key", (d, data) -> {
            d.sql("UPDATE holds SET outcome = 'MET' WHERE session_id = 3");
            StoreDamageChains.recompute(d, data, 3, false);
            StoreDamageChains.rewriteSeal(d, 3, null);
        }));
        tests.add(damage("chain recomputed and the seal re-signed with another key", (d, data) -> {
            d.sql("UPDATE holds SET outcome = 'MET' WHERE session_id = 3");
            StoreDamageChains.recompute(d, data, 3, false);
            StoreDamageChains.rewriteSeal(d, 3, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        }));
        tests.add(damage("a session inserted outside Palpa", (d, data) -> d.sql("INSERT INTO sessions SELECT 4, client_code, "
                + "therapist, site, notes, started_at, ended_at, status, end_reason, source, device_model, device_serial, "
                + "device_firmware, device_rate_hz, calibration_profile, calibration_hash, calibration_quality, target_min, "
                + "target_max, target_unit, hold_ms, ramp_min, ramp_max, filter, probe_area_cm2, frame_count, lost_frames, "
                + "genesis_hash, chain_length, chain_head, recorder_host, recorder_pid, target_plan FROM sessions WHERE id = 1")));
        assertThat(tests).hasSize(CASES);
        return tests.stream();
    }

    private DynamicTest flip(String name, String table, List<String> columns, long seed) {
        return described(name, (d, data) -> d.flip(table, "1 = 1", columns, new Random(seed)));
    }

    private DynamicTest damage(String name, Edit edit) {
        return described(name, (d, data) -> {
            edit.apply(d, data);
            return null;
        });
    }

    private DynamicTest described(String name, Damage damage) {
        return DynamicTest.dynamicTest(name, () -> {
            Path copy = dir.resolve("case-" + Math.abs((long) name.hashCode()));
            copyFolder(recorded, copy);
            String what;
            try (StoreDamage d = new StoreDamage(copy.resolve("palpa.db"))) {
                what = damage.apply(d, copy);
            }
            String label = what == null ? name : name + " (" + what + ")";
            CliRunner.Result r = CliRunner.run("sessions", "verify", "--all", "--data-dir", copy.toString());
            assertThat(r.exitCode()).as(label + ":\n" + r.out() + r.err()).isEqualTo(Main.FAILED);
            assertThat(r.out() + r.err()).as(label).containsAnyOf("TAMPERED", "UNREADABLE", "DAMAGED", "damaged");
        });
    }

    private static void cutShort(StoreDamage d, Path data) throws Exception {
        d.sql("DELETE FROM sample_chunks WHERE session_id = 2 AND chain_seq > 6");
        d.sql("DELETE FROM events WHERE session_id = 2 AND chain_seq > 6");
        d.sql("DELETE FROM holds WHERE session_id = 2 AND chain_seq > 6");
        d.sql("UPDATE sessions SET chain_length = 6, chain_head = (SELECT hash FROM sample_chunks WHERE session_id = 2 "
                + "AND chain_seq = 6) WHERE id = 2");
    }

    private static void overwritePage(Path db, int page) throws Exception {
        byte[] junk = new byte[4096];
        new Random(page).nextBytes(junk);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((long) (page - 1) * 4096);
            f.write(junk);
        }
    }

    static void copyFolder(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

}
