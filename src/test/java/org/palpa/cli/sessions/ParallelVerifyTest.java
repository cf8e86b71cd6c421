package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;
import org.palpa.cli.Main;

/**
 * {@code sessions verify --all} checks sessions on several connections at once and still prints
 * exactly what one connection checking them in turn prints: every session in id order, the
 * tampered one named in its place, the same summary and the same exit status.
 */
class ParallelVerifyTest {
    @TempDir
    Path dir;

    @Test
    void aTamperedSessionAmongSeveralIsReportedInItsPlaceWhateverTheNumberOfJobs() throws Exception {
        Path data = dir.resolve("data");
        List<String> where = List.of("--data-dir", data.toString());
        record(where, 6);
        try (StoreDamage d = new StoreDamage(data.resolve("palpa.db"))) {
            d.sql("UPDATE sessions SET therapist = 'Someone else' WHERE id = 4");
        }
        assertSameReportWhateverTheJobs(where, 6, 4);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "PALPA_TEST_PG_URL", matches = "jdbc:postgresql:.*",
            disabledReason = "no PostgreSQL test database: set PALPA_TEST_PG_URL (.ci/run starts one)")
    void onPostgresqlToo() throws Exception {
        String url = System.getenv("PALPA_TEST_PG_URL");
        org.palpa.testing.TestPostgres.empty(url);
        List<String> where = List.of("--store", url, "--key-dir", dir.resolve("keys").toString());
        record(where, 5);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sample_chunks SET data = data || '\\x00'::bytea WHERE session_id = 2 "
                    + "AND chain_seq = (SELECT MIN(chain_seq) FROM sample_chunks WHERE session_id = 2)");
        }
        assertSameReportWhateverTheJobs(where, 5, 2);
    }

    private static void record(List<String> where, int sessions) {
        for (int i = 1; i <= sessions; i++) {
            List<String> args = new ArrayList<>(List.of("demo", "--speed", "max", "--duration", "3s", "--plain",
                    "--client", String.format("C-%04d", i)));
            args.addAll(where);
            assertThat(CliRunner.run(args.toArray(String[]::new)).exitCode()).isZero();
        }
    }

    private static void assertSameReportWhateverTheJobs(List<String> where, int sessions, int tampered) {
        CliRunner.Result one = verifyAll(where, "1");
        assertThat(one.exitCode()).isEqualTo(Main.FAILED);
        List<String> lines = one.out().lines().filter(l -> l.startsWith("session ")).toList();
        assertThat(lines).hasSize(sessions);
        for (int id = 1; id <= sessions; id++) {
            assertThat(lines.get(id - 1)).startsWith("session " + id + ": " + (id == tampered ? "TAMPERED: " : "intact ("));
        }
        assertThat(one.out()).contains(sessions + " session(s): " + (sessions - 1) + " intact, 1 tampered, 0 unreadable");
        for (String jobs : new String[] {"2", "4"}) {
            CliRunner.Result parallel = verifyAll(where, jobs);
            assertThat(parallel.out()).as("--jobs " + jobs).isEqualTo(one.out());
            assertThat(parallel.exitCode()).isEqualTo(one.exitCode());
        }
        CliRunner.Result byDefault = verifyAll(where, null);
        assertThat(byDefault.out()).isEqualTo(one.out());
        assertThat(byDefault.exitCode()).isEqualTo(Main.FAILED);
    }

    private static CliRunner.Result verifyAll(List<String> where, String jobs) {
        List<String> args = new ArrayList<>(List.of("sessions", "verify", "--all"));
        if (jobs != null) {
            args.addAll(List.of("--jobs", jobs));
        }
        args.addAll(where);
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void noJobsIsRefusedInOneLine() {
        CliRunner.Result r = CliRunner.run("sessions", "verify", "--all", "--jobs", "0",
                "--data-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines()).singleElement().asString().endsWith(": --jobs must be at least 1, was 0");
    }
}
