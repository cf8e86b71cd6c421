package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;
import org.palpa.cli.Main;

/** Item 3 of issue 10: every session is listed and verified whatever its references say, and every kind of damage is found. */
class EverySessionIsVerifiedTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void recordTwoSessions() {
        data = dir.resolve("data");
        for (String client : new String[] {"C-0001", "C-0002"}) {
            assertThat(CliRunner.run("demo", "--speed", "max", "--duration", "8s", "--plain", "--client", client,
                    "--data-dir", data.toString()).exitCode()).isZero();
        }
    }

    private CliRunner.Result verifyAll() {
        return CliRunner.run("sessions", "verify", "--all", "--data-dir", data.toString());
    }

    @Test
    void aSessionWhoseClientIsUnknownIsStillListedAndReportedAndTheOthersAreStillChecked() throws Exception {
        try (StoreDamage d = new StoreDamage(data.resolve("palpa.db"))) {
            d.sql("UPDATE sessions SET client_code = 'C-NOPE' WHERE id = 1");
        }
        CliRunner.Result list = CliRunner.run("sessions", "list", "--data-dir", data.toString());
        assertThat(list.out()).contains("C-NOPE", "C-0002");
        CliRunner.Result r = verifyAll();
        assertThat(r.exitCode()).isEqualTo(Main.FAILED);
        assertThat(r.out()).contains("session 1: TAMPERED: the session's metadata", "session 2: intact (",
                "2 session(s): 1 intact, 1 tampered, 0 unreadable");
    }

    @Test
    void aSessionDeletedRowByRowIsReportedMissing() throws Exception {
        try (StoreDamage d = new StoreDamage(data.resolve("palpa.db"))) {
            d.deleteSession(1);
        }
        CliRunner.Result r = verifyAll();
        assertThat(r.exitCode()).isEqualTo(Main.FAILED);
        assertThat(r.out()).contains("session 1: TAMPERED: MISSING", "session 2: intact (");
    }

    @Test
    void aChainCutShortWithMatchingCountsIsReported() throws Exception {
        try (StoreDamage d = new StoreDamage(data.resolve("palpa.db"))) {
            d.sql("DELETE FROM events WHERE session_id = 2 AND kind = 'SESSION_END'");
            d.sql("DELETE FROM holds WHERE session_id = 2");
            d.sql("UPDATE sessions SET chain_length = (SELECT MAX(chain_seq) FROM sample_chunks WHERE session_id = 2), "
                    + "chain_head = (SELECT hash FROM sample_chunks WHERE session_id = 2 ORDER BY chain_seq DESC LIMIT 1) "
                    + "WHERE id = 2");
        }
        CliRunner.Result r = verifyAll();
        assertThat(r.exitCode()).isEqualTo(Main.FAILED);
        assertThat(r.out()).contains("session 2: TAMPERED: its chain was cut short");
    }

    @Test
    void anOverwrittenPageOutsideTheSampleChunksIsFoundByTheDatabaseCheck() throws Exception {
        long page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("palpa.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'sessions_started'")) {
            r.next();
            page = r.getLong(1);
        }
        try (RandomAccessFile f = new RandomAccessFile(data.resolve("palpa.db").toFile(), "rw")) {
            f.seek((page - 1) * 4096);
            f.write(new byte[4096]);
        }
        CliRunner.Result r = verifyAll();
        assertThat(r.exitCode()).isEqualTo(Main.FAILED);
        assertThat(r.out()).contains("database: DAMAGED (SQLite integrity_check)");
    }
}
