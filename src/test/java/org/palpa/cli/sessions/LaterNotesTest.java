package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;
import org.palpa.cli.Main;

/** Item 5 of issue 10: a note added after a session says when and by whom, and must fall inside the session. */
class LaterNotesTest {
    @TempDir
    Path dir;
    String data;

    @BeforeEach
    void recordTenSeconds() {
        data = dir.resolve("data").toString();
        assertThat(CliRunner.run("demo", "--speed", "max", "--duration", "10s", "--plain", "--data-dir", data).exitCode()).isZero();
    }

    @Test
    void aNoteOutsideTheSessionIsRefusedInOneLine() {
        CliRunner.Result r = CliRunner.run("sessions", "note", "1", "--pain", "4", "--at", "9999s", "--data-dir", data);
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).hasLineCount(1).contains("9999.0 s is outside session 1, which runs from 0 to");
        assertThat(CliRunner.run("sessions", "show", "1", "--data-dir", data).out()).doesNotContain("PAIN");
    }

    @Test
    void aNoteIsMarkedAddedLaterWithWhenAndByWhomAndTheSessionStaysSealed() throws Exception {
        CliRunner.Result r = CliRunner.run("sessions", "note", "1", "--pain", "6", "--at", "4s", "--text", "after release",
                "--by", "Dr Lee", "--data-dir", data);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("(added later on ", " UTC by Dr Lee)");
        assertThat(CliRunner.run("sessions", "note", "1", "--text", "reviewed", "--at", "9s", "--data-dir", data).exitCode())
                .isZero();

        String show = CliRunner.run("sessions", "show", "1", "--data-dir", data).out();
        assertThat(show).contains("6/10 after release (added later on ", "by Dr Lee)",
                "reviewed (added later on ", "by " + System.getProperty("user.name") + ")");
        assertThat(CliRunner.run("sessions", "verify", "1", "--data-dir", data).exitCode()).isZero();

        Path json = dir.resolve("s.json");
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "json", "-o", json.toString(), "--data-dir", data)
                .exitCode()).isZero();
        JsonNode events = new ObjectMapper().readTree(json.toFile()).get("events");
        assertThat(events.findValuesAsText("addedBy")).containsExactly("Dr Lee", System.getProperty("user.name"));
    }

    @Test
    void whoAddedANoteIsPartOfTheRecord() throws Exception {
        assertThat(CliRunner.run("sessions", "note", "1", "--text", "fine", "--at", "2s", "--by", "Dr Lee",
                "--data-dir", data).exitCode()).isZero();
        try (StoreDamage d = new StoreDamage(dir.resolve("data/palpa.db"))) {
            d.sql("UPDATE events SET added_by = 'Dr Who' WHERE added_by = 'Dr Lee'");
        }
        CliRunner.Result r = CliRunner.run("sessions", "verify", "1", "--data-dir", data);
        assertThat(r.exitCode()).isEqualTo(Main.FAILED);
        assertThat(r.out()).contains("session 1: TAMPERED: event at chain item");
    }
}
