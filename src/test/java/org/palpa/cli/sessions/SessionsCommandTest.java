package org.palpa.cli.sessions;

import org.palpa.cli.CapturesStandardStreams;
import org.palpa.cli.Main;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "done when" path, through the command line: demo records, then list, show, verify, export and report work on it. */
class SessionsCommandTest extends CapturesStandardStreams {
    @TempDir
    Path dir;
    private int palpa(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demoRecordsAndEverySessionsCommandWorksOnTheRecord() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(palpa("demo", "--speed", "max", "--duration", "30s", "--plain", "--data-dir", data, "--client", "C-0042",
                "--client-name", "Erika Mustermann", "--site", "room-2")).isZero();
        assertThat(out()).contains("Recorded session 1 (3000 frames) in ");
        assertThat(palpa("demo", "--speed", "max", "--duration", "5s", "--plain", "--no-record", "--data-dir", data)).isZero();
        assertThat(out()).doesNotContain("Recorded session");

        assertThat(palpa("sessions", "list", "--data-dir", data, "--site", "room-2")).isZero();
        assertThat(out()).contains("C-0042", "room-2", "complete").doesNotContain("Mustermann");
        String today = java.time.LocalDate.now().toString();
        String yesterday = java.time.LocalDate.now().minusDays(1).toString();
        assertThat(palpa("sessions", "list", "--data-dir", data, "--from", today, "--to", today)).isZero();
        assertThat(out()).contains("C-0042");
        assertThat(palpa("sessions", "list", "--data-dir", data, "--to", yesterday)).isZero();
        assertThat(out()).startsWith("No sessions match");
        assertThat(palpa("sessions", "list", "--data-dir", data, "--from", "26.11.2026")).isEqualTo(Main.BAD_INPUT);
        assertThat(palpa("sessions", "list", "--data-dir", data, "--client", "C-9999")).isZero();
        assertThat(out()).startsWith("No sessions match");

        assertThat(palpa("sessions", "show", "1", "--data-dir", data)).isZero();
        assertThat(out()).contains("Session 1: complete", "sim-algometer", "SESSION_END").doesNotContain("Mustermann");
        assertThat(palpa("sessions", "show", "1", "--show-name", "--data-dir", data)).isZero();
        assertThat(out()).contains("C-0042 (Erika Mustermann)");

        assertThat(palpa("sessions", "verify", "--all", "--data-dir", data)).isZero();
        assertThat(out()).startsWith("session 1: intact");

        for (String format : new String[] {"csv", "json", "edf"}) {
            Path file = dir.resolve("s." + format);
            assertThat(palpa("sessions", "export", "1", "--format", format, "-o", file.toString(), "--data-dir", data)).isZero();
            assertThat(Files.size(file)).isGreaterThan(10_000);
        }
        assertThat(Files.readString(dir.resolve("s.csv.json"))).contains("C-0042").doesNotContain("Mustermann");
        Path pdf = dir.resolve("s.pdf");
        assertThat(palpa("sessions", "report", "1", "-o", pdf.toString(), "--data-dir", data)).isZero();
        assertThat(out()).contains("integrity: intact");
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");

        assertThat(palpa("analyze", "--session", "1", "--target", "42N", "--tolerance", "1N", "--data-dir", data)).isZero();
        assertThat(out()).contains("\"source\" : \"session 1\"", "\"min\" : 41.0");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/palpa.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE holds SET peak = peak - 1");
        }
        assertThat(palpa("sessions", "verify", "1", "--data-dir", data)).isEqualTo(Main.FAILED);
        assertThat(out()).startsWith("session 1: TAMPERED: hold 1 on channel 0 was changed");
    }

    @Test
    void badSessionIdsAndMissingSessionsGetOneLineErrors() {
        String data = dir.resolve("data").toString();
        assertThat(palpa("sessions", "show", "abc", "--data-dir", data)).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "palpa show: 'abc' is not a session id (a number such as 3; see palpa sessions list)" + System.lineSeparator());
        assertThat(palpa("sessions", "export", "7", "--format", "edf", "--data-dir", data)).isEqualTo(Main.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("palpa: no session store in ");
        assertThat(palpa("sessions", "export", "7", "--format", "xls", "--data-dir", data)).isEqualTo(Main.BAD_INPUT);
    }
}
