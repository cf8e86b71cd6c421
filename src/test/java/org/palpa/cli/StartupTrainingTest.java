package org.palpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run for the start-up cache runs the short commands quietly and cleans up. */
class StartupTrainingTest {

    @Test
    void givenATrainingRun_thenNothingIsPrintedAndItsScratchFolderIsRemoved(@TempDir Path parent) throws Exception {
        Path scratch = Files.createDirectory(parent.resolve("palpa-training"));
        PrintStream out = System.out;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        System.setOut(new PrintStream(seen));
        try {
            StartupTraining.train(scratch);
        } finally {
            System.setOut(out);
        }
        assertThat(seen.toString()).isEmpty();
        assertThat(scratch).doesNotExist();
    }
}
