package org.palpa.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;

/** A session asked to be recorded is recorded, or the command refuses before the device starts. */
class RecordOrSayCliTest {
    @TempDir
    Path dir;

    private CliRunner.Result live(String... extra) {
        String[] base = {"live", "--duration", "2s", "--speed", "max", "--plain"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRunner.run(args);
    }

    @Test
    void givenAClientNameInsteadOfACode_thenItIsBadInputBeforeTheDeviceStartsAndNothingIsStored() {
        CliRunner.Result r = live("--client", "Jane Doe", "--data-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--client").contains("Jane Doe").contains("--client-name");
        assertThat(r.out()).doesNotContain("Palpa live:");
        assertThat(dir.resolve("palpa.db")).doesNotExist();
    }

    @Test
    void givenAnEmptyClientCode_thenItIsBadInput() {
        CliRunner.Result r = live("--client", "", "--data-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).doesNotContain("Palpa live:");
    }

    @Test
    void givenADamagedDatabase_thenTheCommandRefusesBeforeTheDeviceStarts() throws Exception {
        byte[] junk = new byte[8192];
        new java.util.Random(3).nextBytes(junk);
        Files.write(dir.resolve("palpa.db"), junk);
        CliRunner.Result r = live("--data-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot record the session").contains("--no-record");
        assertThat(r.out()).doesNotContain("Palpa live:");
    }

    @Test
    void givenStandardInputThatIsNotATerminal_thenTypedPainScoresAreSaidOnceToBeIgnored() {
        CliRunner.Result r = live("--data-dir", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).containsOnlyOnce("standard input is not a terminal");
        assertThat(r.out()).contains("Recorded session 1");
    }

    @Test
    void givenNoRecord_thenABadClientCodeDoesNotMatter() {
        assertThat(live("--no-record", "--client", "Jane Doe").exitCode()).isZero();
    }
}
