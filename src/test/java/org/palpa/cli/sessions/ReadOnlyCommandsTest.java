package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.port.StoreException;
import org.palpa.app.recording.Recordings;
import org.palpa.cli.CliRunner;
import org.palpa.cli.Main;
import org.palpa.core.sim.SimulatedDeviceSpec;

/**
 * Item 8 of issue 10: read-only commands do not write. The tests run as root, where file
 * permissions do not bite, so instead of a chmod'ed copy they check that nothing is created or
 * changed and that the store's connection refuses writes.
 */
class ReadOnlyCommandsTest {
    @TempDir
    Path dir;

    @Test
    void onAFolderWithNoStoreEveryReadingCommandSaysSoExitsOneAndCreatesNothing() throws Exception {
        Path missing = dir.resolve("typo");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        String[][] commands = {{"list"}, {"show", "1"}, {"verify", "--all"}, {"verify", "1"},
                {"export", "1", "--format", "csv", "-o", dir.resolve("x.csv").toString()},
                {"report", "1", "-o", dir.resolve("x.pdf").toString()}};
        for (Path folder : new Path[] {missing, empty}) {
            for (String[] c : commands) {
                String[] args = new String[c.length + 3];
                args[0] = "sessions";
                System.arraycopy(c, 0, args, 1, c.length);
                args[c.length + 1] = "--data-dir";
                args[c.length + 2] = folder.toString();
                CliRunner.Result r = CliRunner.run(args);
                assertThat(r.exitCode()).as(Arrays.toString(c)).isEqualTo(Main.FAILED);
                assertThat(r.err()).as(Arrays.toString(c)).startsWith("palpa: no session store in " + folder)
                        .hasLineCount(1);
            }
        }
        assertThat(missing).doesNotExist();
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void listShowVerifyAndExportLeaveTheDatabaseFileAsItWas() throws Exception {
        Path data = dir.resolve("data");
        assertThat(CliRunner.run("demo", "--speed", "max", "--duration", "5s", "--plain", "--data-dir", data.toString())
                .exitCode()).isZero();
        Path db = data.resolve("palpa.db");
        byte[] before = Files.readAllBytes(db);
        FileTime modified = Files.getLastModifiedTime(db);
        String d = data.toString();
        assertThat(CliRunner.run("sessions", "list", "--data-dir", d).exitCode()).isZero();
        assertThat(CliRunner.run("sessions", "show", "1", "--data-dir", d).exitCode()).isZero();
        assertThat(CliRunner.run("sessions", "verify", "--all", "--data-dir", d).exitCode()).isZero();
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "json", "-o", dir.resolve("s.json").toString(),
                "--data-dir", d).exitCode()).isZero();
        assertThat(CliRunner.run("sessions", "report", "1", "-o", dir.resolve("s.pdf").toString(), "--data-dir", d)
                .exitCode()).isZero();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(db)).isEqualTo(modified);
    }

    @Test
    void theReadOnlyStoreIsOpenedReadOnlyAndRefusesWrites() throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            Recordings.record(store, SimulatedDeviceSpec.algometer(), 1, 3, 0);
        }
        try (JdbcSessionStore store = JdbcSessionStore.openSqliteReadOnly(dir)) {
            assertThat(store.readOnly()).isTrue();
            assertThat(store.list(org.palpa.app.port.SessionReader.Filter.ALL)).hasSize(1);
            assertThatThrownBy(() -> store.create(Recordings.meta(store.find(1).orElseThrow().meta().device(), "x"), "00"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        }
    }
}
