package org.palpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The launcher's training run for the start-up cache runs the short commands quietly and cleans up. */
class StartupTrainingTest {

    @Test
    void givenATrainingRun_thenNothingIsPrintedAndNoTemporaryFolderIsLeft() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = trainingFolders(tmp);
        PrintStream out = System.out;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        System.setOut(new PrintStream(seen));
        try {
            StartupTraining.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        assertThat(seen.toString()).isEmpty();
        assertThat(trainingFolders(tmp)).isEqualTo(before);
    }

    private static long trainingFolders(Path tmp) throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("palpa-training")).count();
        }
    }
}
