package org.palpa.cli.analysis;

import org.palpa.cli.CliRunner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code palpa analyze} end to end: a CSV on disk in, JSON out, holds where the trace puts them. */
class AnalyzeCommandTest {
    private static final double RATE = 100;

    @TempDir
    Path dir;

    /** Two holds: ramps cross 36 N at 4.6 s and 25.2 s, then at 37.6 s and 51.2 s; noise-free. */
    private Path twoHoldTrace() throws Exception {
        double[] corners = {0, 0, 1, 0, 5, 40, 25, 40, 27, 0, 34, 0, 38, 40, 51, 40, 53, 0, 60, 0};
        StringBuilder csv = new StringBuilder("time,probe\n");
        for (int i = 0; i <= 60 * RATE; i++) {
            double t = i / RATE;
            csv.append(String.format(Locale.ROOT, "%.2f,%.6f%n", t, piecewise(t, corners)));
        }
        Path file = dir.resolve("trace.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static double piecewise(double t, double[] c) {
        for (int k = 0; k + 3 < c.length; k += 2) {
            if (t <= c[k + 2]) {
                return c[k + 1] + (c[k + 3] - c[k + 1]) * (t - c[k]) / (c[k + 2] - c[k]);
            }
        }
        return c[c.length - 1];
    }

    private JsonNode analyze(Path trace, String... extra) throws Exception {
        Path out = dir.resolve("holds.json");
        String[] args = new String[] {"analyze", "--input", trace.toString(), "--target", "40N", "--tolerance", "10%",
                "--hold", "12s", "--output", out.toString()};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        CliRunner.Result r = CliRunner.run(all);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(out.toFile());
    }

    @Test
    void givenATraceWithTwoHolds_whenAnalyzedWithTheDefaultSmoothing_thenEdgesAreWithinOneSample() throws Exception {
        JsonNode doc = analyze(twoHoldTrace());
        assertThat(doc.get("schema").asText()).isEqualTo("palpa.holds/1");
        JsonNode holds = doc.get("holds");
        assertThat(holds).hasSize(2);
        double period = 1 / RATE;
        assertThat(holds.get(0).get("start").asDouble()).isCloseTo(4.6, within(period));
        assertThat(holds.get(0).get("end").asDouble()).isCloseTo(25.2, within(period));
        assertThat(holds.get(1).get("start").asDouble()).isCloseTo(37.6, within(period));
        assertThat(holds.get(1).get("end").asDouble()).isCloseTo(51.2, within(period));
        assertThat(holds.get(0).get("outcome").asText()).isEqualTo("MET");
        assertThat(holds.get(1).get("outcome").asText()).isEqualTo("MET");
        assertThat(holds.get(0).get("rampRate").asDouble()).isCloseTo(10, within(0.5));
        assertThat(doc.get("summary").get("percentMet").asDouble()).isEqualTo(100.0);
    }

    @Test
    void givenNoSmoothing_thenEdgesAreWithinOneSampleToo() throws Exception {
        JsonNode holds = analyze(twoHoldTrace(), "--filter", "none").get("holds");
        assertThat(holds.get(0).get("start").asDouble()).isCloseTo(4.6, within(1 / RATE));
        assertThat(holds.get(1).get("end").asDouble()).isCloseTo(51.2, within(1 / RATE));
        assertThat(holds.get(0).get("mean").asDouble()).isCloseTo(39.9, within(0.2));
    }

    @Test
    void givenABadCell_thenOneLineNamesTheFileLineAndColumnAndTheExitStatusIsTwo() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "time,probe\n0,1\n0.01,2\n0.02,oops\n");
        CliRunner.Result r = CliRunner.run("analyze", "--input", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("palpa: bad.csv:4: column 2 (probe): 'oops' is not a number");
    }

    @Test
    void givenAMissingFile_thenTheErrorNamesIt() {
        CliRunner.Result r = CliRunner.run("analyze", "--input", dir.resolve("nope.csv").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("nope.csv").contains("no such file").doesNotContain("Exception");
    }

    @Test
    void givenAMistypedFlag_thenPicocliNamesItAndSuggestsTheRightOne() {
        CliRunner.Result r = CliRunner.run("analyze", "--input", "x.csv", "--inptu");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--inptu'").contains("did you mean --input?");
    }

    @Test
    void givenABadTarget_thenTheOptionIsNamed() {
        CliRunner.Result r = CliRunner.run("analyze", "--input", "x.csv", "--target", "40 furlongs");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--target").contains("unknown unit 'furlongs'").doesNotContain("\tat ");
    }
}
