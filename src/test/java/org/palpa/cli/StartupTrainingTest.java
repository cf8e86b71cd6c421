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
    void givenEachFamilysTrainingRun_thenNothingIsPrintedAndItsScratchFolderIsRemoved(@TempDir Path parent) throws Exception {
        for (StartupTraining.Family family : StartupTraining.Family.values()) {
            Path scratch = Files.createDirectory(parent.resolve("palpa-training-" + family));
            PrintStream out = System.out;
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            System.setOut(new PrintStream(seen));
            try {
                StartupTraining.train(scratch, family);
            } finally {
                System.setOut(out);
            }
            assertThat(seen.toString()).as(family.toString()).isEmpty();
            assertThat(scratch).as(family.toString()).doesNotExist();
        }
    }
}
