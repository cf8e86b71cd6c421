package org.palpa.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;

/** {@code palpa analyze} over many traces: several inputs, a folder or a glob; JSON per file and a CSV summary. */
class AnalyzeBatchTest {
    @TempDir
    Path dir;

    /** A 100 Hz one-channel trace with {@code presses} presses to 40 N, each held 15 s. */
    private Path trace(String name, int presses) throws Exception {
        StringBuilder csv = new StringBuilder("time,probe\n");
        int period = 2500;
        for (int i = 0; i < presses * period + 300; i++) {
            int k = i % period;
            double v = i >= presses * period ? 0 : k < 200 ? 40.0 * k / 200 : k < 1700 ? 40 : k < 1800 ? 40.0 * (1800 - k) / 100 : 0;
            csv.append(String.format(Locale.ROOT, "%.2f,%.3f%n", i / 100.0, v));
        }
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
        return file;
    }

    private static CliRunner.Result analyze(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(new String[] {"analyze", "--target", "40N", "--hold", "10s"}, 0, all, 0, 5);
        System.arraycopy(args, 0, all, 5, args.length);
        return CliRunner.run(all);
    }

    @Test
    void givenAFolder_thenEachTraceGetsItsJsonAndTheSummaryHasARowEach() throws Exception {
        trace("in/a.csv", 1);
        trace("in/b.csv", 2);
        trace("in/c.csv", 3);
        Path out = dir.resolve("out");
        Path summary = dir.resolve("summary.csv");
        CliRunner.Result r = analyze("--input", dir.resolve("in").toString(), "--output", out.toString(),
                "--summary", summary.toString(), "--jobs", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        for (String[] f : new String[][] {{"a", "1"}, {"b", "2"}, {"c", "3"}}) {
            JsonNode doc = json.readTree(out.resolve(f[0] + ".holds.json").toFile());
            assertThat(doc.get("source").asText()).isEqualTo(f[0] + ".csv");
            assertThat(doc.get("holds")).hasSize(Integer.parseInt(f[1]));
            assertThat(doc.get("holds").get(0).get("outcome").asText()).isEqualTo("MET");
        }
        List<String> rows = Files.readAllLines(summary);
        assertThat(rows.get(0)).startsWith("file,status,frames,seconds,channels,sample_rate_hz,holds,met");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).startsWith(dir.resolve("in/b.csv") + ",ok,5300,53.0,1,100.0,2,2,0,0,0,100.0,");
    }

    @Test
    void givenOneBadFileAmongGoodOnes_thenOneLineNamesItTheOthersAreWrittenAndTheExitIsTwo() throws Exception {
        Path a = trace("a.csv", 1);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "time,probe\n0,1\n0.01,2\n0.02,oops\n");
        Path c = trace("c.csv", 2);
        Path summary = dir.resolve("summary.csv");
        CliRunner.Result r = analyze("--input", a.toString(), bad.toString(), c.toString(),
                "--summary", summary.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("palpa: bad.csv:4: column 2 (probe): 'oops' is not a number");
        List<String> rows = Files.readAllLines(summary);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).contains(",ok,");
        assertThat(rows.get(2)).startsWith(bad + ",error,").contains("bad.csv:4: column 2 (probe): 'oops' is not a number");
        assertThat(rows.get(3)).contains(",ok,").contains(",2,2,0,0,0,100.0,");
    }

    @Test
    void givenAQuotedGlob_thenOnlyMatchingFilesAreAnalysedInNameOrder() throws Exception {
        trace("g/run1.csv", 1);
        trace("g/run2.csv", 1);
        Files.writeString(dir.resolve("g/notes.txt"), "not a trace");
        Path summary = dir.resolve("s.csv");
        CliRunner.Result r = analyze("--input", dir.resolve("g").resolve("run*.csv").toString(), "--summary", summary.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(summary);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith(dir.resolve("g/run1.csv").toString());
        assertThat(rows.get(2)).startsWith(dir.resolve("g/run2.csv").toString());
    }

    @Test
    void givenSeveralInputsAndNowhereToWrite_thenOneLineSaysWhatToGive() throws Exception {
        CliRunner.Result r = analyze("--input", trace("a.csv", 1).toString(), "--input", trace("b.csv", 1).toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("palpa analyze: with several inputs give --output DIR, --summary FILE or both");
    }

    @Test
    void givenAGlobThatMatchesNothing_thenItIsNamed() {
        CliRunner.Result r = analyze("--input", dir.resolve("*.csv").toString(), "--summary", dir.resolve("s.csv").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).endsWith("*.csv matches no CSV file");
    }
}
