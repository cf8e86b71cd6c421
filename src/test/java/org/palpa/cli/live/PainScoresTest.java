package org.palpa.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;

/** Pain scores are whole numbers from 0 to 10 everywhere; other numbers are refused, never kept as notes. */
class PainScoresTest {
    @TempDir
    Path dir;

    @Test
    void givenTypedLines_thenOnlyWholeNumbersFrom0To10ArePainScoresAndOtherNumbersAreRefused() {
        assertThat(LiveNotes.painScore("10")).isEqualTo(10.0);
        assertThat(LiveNotes.painScore("0")).isEqualTo(0.0);
        assertThat(LiveNotes.painScore("11")).isNull();
        assertThat(LiveNotes.looksLikeNumber("11")).isTrue();
        assertThat(LiveNotes.looksLikeNumber("7.5")).isTrue();
        assertThat(LiveNotes.looksLikeNumber("-1")).isTrue();
        assertThat(LiveNotes.looksLikeNumber("sore on the left")).isFalse();
    }

    @Test
    void givenSessionsNoteWithAFractionalPainScore_thenItIsRefused() {
        String data = dir.toString();
        assertThat(CliRunner.run("live", "--duration", "3s", "--speed", "max", "--plain", "--data-dir", data).exitCode())
                .isZero();
        CliRunner.Result r = CliRunner.run("sessions", "note", "1", "--pain", "7.5", "--at", "1s", "--data-dir", data);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("whole number from 0 to 10");
        assertThat(CliRunner.run("sessions", "note", "1", "--pain", "10", "--at", "1s", "--data-dir", data).exitCode())
                .isZero();
    }
}
