package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.palpa.cli.CliRunner;

/**
 * Commands that change a store's records (upgrade, migrate) or only read them (assess progress)
 * work on a store that exists: pointed at the wrong folder they say so in one line and make nothing.
 */
class StoreMustExistCliTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sessions upgrade", "sessions migrate", "assess progress --student S-01"})
    void aFolderWithoutAStoreIsOneLineAndStaysEmpty(String command) throws IOException {
        String[] words = (command + " --data-dir " + dir).split(" ");
        CliRunner.Result r = CliRunner.run(words);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("palpa: no session store in " + dir + ": it has no palpa.db (check "
                + "--data-dir; sessions are recorded by live, gui and demo)");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
