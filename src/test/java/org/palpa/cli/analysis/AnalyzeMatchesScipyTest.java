package org.palpa.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;

/**
 * {@code palpa analyze} finds the same holds as the pandas/scipy script in bench/analyze on the
 * same trace. The reference holds were made once by {@code bench/analyze/analyze_scipy.py} on a
 * 4-minute, 2-channel, 100 Hz trace from {@code gen_trace.py --seed 7} (median of 5, then a causal
 * 2nd-order Butterworth at 4 Hz with {@code scipy.signal.lfilter}); both files are in
 * src/test/resources/analysis.
 */
class AnalyzeMatchesScipyTest {
    private static final double SAMPLE = 0.01;

    @TempDir
    Path dir;

    @Test
    void givenTheBenchmarkTrace_thenHoldsMatchScipysInCountEdgesMeanAndOutcome() throws Exception {
        Path trace = dir.resolve("scipy-trace.csv");
        Files.copy(Path.of("src/test/resources/analysis/scipy-trace.csv"), trace);
        Path out = dir.resolve("holds.json");
        CliRunner.Result r = CliRunner.run("analyze", "--input", trace.toString(), "--target", "40N",
                "--tolerance", "10%", "--hold", "20s", "--output", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode mine = json.readTree(out.toFile());
        JsonNode ref = json.readTree(Path.of("src/test/resources/analysis/scipy-holds.json").toFile());

        assertThat(mine.get("filterDelayMs").asDouble()).isCloseTo(ref.get("filterDelayMs").asDouble(), within(0.001));
        assertThat(mine.get("holds")).hasSize(ref.get("holds").size()).hasSizeGreaterThan(10);
        for (int i = 0; i < ref.get("holds").size(); i++) {
            JsonNode want = ref.get("holds").get(i);
            JsonNode got = find(mine.get("holds"), want.get("channel").asInt(), want.get("index").asInt());
            String what = "channel " + want.get("channel") + " hold " + want.get("index");
            assertThat(got.get("start").asDouble()).as(what).isCloseTo(want.get("start").asDouble(), within(SAMPLE));
            assertThat(got.get("end").asDouble()).as(what).isCloseTo(want.get("end").asDouble(), within(SAMPLE));
            assertThat(got.get("mean").asDouble()).as(what).isCloseTo(want.get("mean").asDouble(), within(0.01));
            assertThat(got.get("outcome").asText()).as(what).isEqualTo(want.get("outcome").asText());
        }
    }

    private static JsonNode find(JsonNode holds, int channel, int index) {
        for (JsonNode h : holds) {
            if (h.get("channel").asInt() == channel && h.get("index").asInt() == index) {
                return h;
            }
        }
        throw new AssertionError("palpa found no hold " + index + " on channel " + channel);
    }
}
