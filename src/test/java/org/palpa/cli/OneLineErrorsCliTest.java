package org.palpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One line for every error, no Java class names, and one exit status per kind of failure in every command. */
class OneLineErrorsCliTest {
    @TempDir
    Path dir;

    private static void oneLineBadInput(CliRunner.Result r) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).doesNotContainPattern("[A-Z][a-zA-Z]+(Exception|Error)\\b").doesNotContain("Usage:");
    }

    @Test
    void givenAnUnknownOption_thenOneLineAndAHintNotTheUsage() {
        CliRunner.Result r = CliRunner.run("live", "--bogus");
        oneLineBadInput(r);
        assertThat(r.err()).contains("'--bogus'").contains("see 'palpa live --help'");
    }

    @Test
    void givenATargetWithoutAUnit_thenItSaysAUnitIsNeeded() {
        CliRunner.Result r = CliRunner.run("live", "--target", "40", "--no-record");
        oneLineBadInput(r);
        assertThat(r.err()).contains("'40' needs a unit").contains("N, kgf, lbf, kPa").doesNotContain("unknown unit '0'");
    }

    @Test
    void givenAMissingInputFile_thenAnalyzeAndCalibrateBothExit2() {
        oneLineBadInput(CliRunner.run("analyze", "--input", dir.resolve("nope.csv").toString()));
        oneLineBadInput(CliRunner.run("calibrate", "--from", dir.resolve("nope.csv").toString(), "--device",
                "sim-glove-raw", "--channel", "thumb"));
    }

    @Test
    void givenAFolderOrABinaryFileAsInput_thenWhatAndWhereInWords() throws Exception {
        CliRunner.Result folder = CliRunner.run("analyze", "--input", dir.toString());
        oneLineBadInput(folder);
        assertThat(folder.err()).contains("is a folder");
        Path binary = dir.resolve("trace.csv");
        Files.write(binary, new byte[] {'t', ',', 'a', '\n', (byte) 0xC3, (byte) 0x28, ',', '1', '\n'});
        CliRunner.Result bin = CliRunner.run("analyze", "--input", binary.toString());
        oneLineBadInput(bin);
        assertThat(bin.err()).contains("trace.csv").contains("not UTF-8 text");
    }

    @Test
    void givenZeroOrNegativeSpeed_thenDemoAndLiveRefuseItTheSameWay() {
        for (String speed : new String[] {"0", "-1", "fast"}) {
            CliRunner.Result demo = CliRunner.run("demo", "--terminal", "--speed", speed, "--no-record");
            CliRunner.Result live = CliRunner.run("live", "--speed", speed, "--no-record");
            oneLineBadInput(demo);
            oneLineBadInput(live);
            assertThat(demo.err().replace("palpa demo", "palpa X"))
                    .isEqualTo(live.err().replace("palpa live", "palpa X"));
        }
    }
}
