package org.palpa.firmware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the firmware-interface C code with the tools CI installs (.ci/run): the portable framing
 * code must pass the shared vectors under the host compiler, and both reference sketches must
 * compile for the ATmega328P with avr-gcc. Skipped, saying so, only where a compiler is missing.
 */
class FirmwareBuildTest {
    private static final Path OUT = Path.of("target", "firmware");

    @Test
    void framingCodeAndCommandHandling_passTheirHostTestsUnderTheHostCompiler() throws Exception {
        assumeTrue(onPath("cc"), "no C compiler (cc) on PATH: install gcc to test firmware-interface/common/palpa_frame.c");
        Result r = run("bash", "firmware-interface/build.sh", "host", OUT.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("20 vectors, 0 failed").contains("palpa_device.c: 0 checks failed");
    }

    @Test
    void hostTest_failsWhenAVectorExpectsSomethingElse(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("cc"), "no C compiler (cc) on PATH");
        assertThat(run("bash", "firmware-interface/build.sh", "host", OUT.toString()).exit()).isZero();
        String vectors = Files.readString(Path.of("firmware-interface/vectors/palpa-binary.vec"));
        Path wrong = dir.resolve("wrong.vec");
        Files.writeString(wrong, vectors.replace("values=123456", "values=123457"));
        Result r = run(OUT.resolve("test_palpa_frame").toString(), wrong.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.output()).contains("FAIL data-one-channel").contains("1 failed");
    }

    @Test
    void bothSketches_compileForTheAtmega328p() throws Exception {
        assumeTrue(onPath("avr-gcc"), "avr-gcc not on PATH: install the Debian packages gcc-avr and avr-libc (.ci/run does)");
        Result r = run("bash", "firmware-interface/build.sh", "avr", OUT.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(OUT.resolve("algometer.hex")).isNotEmptyFile();
        assertThat(OUT.resolve("glove.hex")).isNotEmptyFile();
        // an ATmega328P has 32 KB of flash and 2 KB of RAM
        assertThat(r.output()).containsPattern("algometer: Program: \\d+ bytes").containsPattern("glove: Program: \\d+ bytes");
    }

    private record Result(int exit, String output) { }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
