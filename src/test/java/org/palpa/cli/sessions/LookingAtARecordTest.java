package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;
import org.palpa.cli.live.GuiCommand;

/**
 * Looking at a record never changes it: {@code analyze --session} and {@code gui --session} open
 * the store read-only. The tests run as root, where a chmod does not stop writes, so the store is
 * given a session that a writing open would mark interrupted (its recorder's process is gone)
 * and no key folder, which a writing open would make; both must stay as they were.
 */
class LookingAtARecordTest {
    @TempDir
    Path dir;
    private Path data;
    private Path db;
    private String before;

    @BeforeEach
    void recordASessionWhoseRecorderIsGone() throws Exception {
        data = dir.resolve("data");
        assertThat(CliRunner.run("live", "--speed", "max", "--duration", "5s", "--plain", "--data-dir", data.toString())
                .exitCode()).isZero();
        db = data.resolve("palpa.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sessions SET status = 'recording', recorder_pid = 2147480000");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        try (var keys = Files.walk(data.resolve("keys"))) {
            keys.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        before = sha256(db);
    }

    @Test
    void analyzeSessionLeavesTheDatabaseByteForByteAndCreatesNothing() throws Exception {
        CliRunner.Result r = CliRunner.run("analyze", "--session", "1", "--data-dir", data.toString(),
                "--output", dir.resolve("holds.json").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("holds.json"))).contains("\"holds\"");
        assertUnchanged();
    }

    @Test
    @org.junit.jupiter.api.Tag("gui")
    void guiSessionReplaysWithoutChangingTheDatabase() throws Exception {
        assumeTrue(GuiCommand.displayProblem() == null, "no display: " + GuiCommand.displayProblem());
        CliRunner.Result r = CliRunner.run("gui", "--session", "1", "--data-dir", data.toString(), "--close-after", "2s");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("window closed");
        assertUnchanged();
    }

    private void assertUnchanged() throws Exception {
        assertThat(sha256(db)).as("the database's bytes").isEqualTo(before);
        assertThat(data.resolve("keys")).as("no key folder is made by looking").doesNotExist();
        assertThat(data.resolve("palpa.db-wal")).doesNotExist();
        assertThat(data.resolve("palpa.db-shm")).doesNotExist();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
