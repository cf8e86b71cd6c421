package org.palpa.cli.live;

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

/** {@code --target thumb=30N,index=15N} and {@code --track}: parsing, validation and the JSON they produce. */
class PerChannelTargetsCliTest {
    private static final double RATE = 100;

    @TempDir
    Path dir;

    /**
     * Thumb ramps to 30 N (crossing 27 N at 3.7 s) and holds to 16 s; index ramps to 15 N
     * (crossing 13.5 N at 4.7 s) and holds to 17 s; middle rests at 8 N.
     */
    private Path twoFingerTrace() throws Exception {
        double[] thumb = {0, 0, 1, 0, 4, 30, 16, 30, 17, 0, 20, 0};
        double[] index = {0, 0, 2, 0, 5, 15, 17, 15, 18, 0, 20, 0};
        double[] middle = {0, 0, 2, 0, 5, 8, 17, 8, 18, 0, 20, 0};
        StringBuilder csv = new StringBuilder("time,thumb,index,middle\n");
        for (int i = 0; i <= 20 * RATE; i++) {
            double t = i / RATE;
            csv.append(String.format(Locale.ROOT, "%.2f,%.6f,%.6f,%.6f%n", t, at(t, thumb), at(t, index), at(t, middle)));
        }
        Path file = dir.resolve("hand.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static double at(double t, double[] c) {
        for (int k = 0; k + 3 < c.length; k += 2) {
            if (t <= c[k + 2]) {
                return c[k + 1] + (c[k + 3] - c[k + 1]) * (t - c[k]) / (c[k + 2] - c[k]);
            }
        }
        return c[c.length - 1];
    }

    private CliRunner.Result analyze(String... options) throws Exception {
        String[] base = {"analyze", "--input", twoFingerTrace().toString(), "--tolerance", "10%", "--hold", "10s",
                "--filter", "none", "--output", dir.resolve("holds.json").toString()};
        return CliRunner.run(java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(options))
                .toArray(String[]::new));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(dir.resolve("holds.json").toFile());
    }

    @Test
    void givenTwoFingersWithTheirOwnTargets_whenAnalyzed_thenEachHoldIsMetAgainstItsOwnBand() throws Exception {
        CliRunner.Result r = analyze("--target", "thumb=30N,index=15N");
        assertThat(r.exitCode()).as(r.err()).isZero();

        JsonNode doc = json();
        JsonNode holds = doc.get("holds");
        assertThat(holds).hasSize(2);
        JsonNode thumb = holds.get(0).get("label").asText().equals("thumb") ? holds.get(0) : holds.get(1);
        JsonNode index = holds.get(0).get("label").asText().equals("index") ? holds.get(0) : holds.get(1);
        assertThat(thumb.get("outcome").asText()).isEqualTo("MET");
        assertThat(index.get("outcome").asText()).isEqualTo("MET");
        assertThat(thumb.get("start").asDouble()).isCloseTo(3.7, within(1 / RATE));
        assertThat(index.get("start").asDouble()).isCloseTo(4.7, within(1 / RATE));
        assertThat(doc.get("summary").get("percentMet").asDouble()).isEqualTo(100.0);

        assertThat(doc.get("target").get("min").asDouble()).isEqualTo(27.0);
        JsonNode targets = doc.get("targets");
        assertThat(targets).hasSize(3);
        assertThat(targets.get(1).get("label").asText()).isEqualTo("index");
        assertThat(targets.get(1).get("tracked").asBoolean()).isTrue();
        assertThat(targets.get(1).get("min").asDouble()).isCloseTo(13.5, within(1e-9));
        assertThat(targets.get(1).get("max").asDouble()).isCloseTo(16.5, within(1e-9));
        assertThat(targets.get(2).get("tracked").asBoolean()).isFalse();
        assertThat(targets.get(2).get("min").isNull()).isTrue();
    }

    @Test
    void givenOneTargetForTheWholeHand_thenTheIndexIsUnderAndTheMiddleToo() throws Exception {
        CliRunner.Result r = analyze("--target", "30N");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = json();
        assertThat(doc.get("holds")).extracting(h -> h.get("label").asText() + ":" + h.get("outcome").asText())
                .containsExactlyInAnyOrder("thumb:MET", "index:UNDER", "middle:UNDER");
        assertThat(doc.get("targets")).allSatisfy(t -> assertThat(t.get("min").asDouble()).isEqualTo(27.0));
    }

    @Test
    void givenADefaultAndATrackSelection_thenOnlyTheTrackedFingerIsJudged() throws Exception {
        CliRunner.Result r = analyze("--target", "8N,index=15N", "--track", "middle");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(json().get("holds")).singleElement().satisfies(h -> {
            assertThat(h.get("label").asText()).isEqualTo("middle");
            assertThat(h.get("outcome").asText()).isEqualTo("MET");
        });
    }

    @Test
    void givenAnUnknownFinger_thenOneLineListsTheLabelsAndTheExitStatusIsTwo() throws Exception {
        CliRunner.Result r = analyze("--target", "thumb=30N,pinky=15N");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(
                "palpa analyze: the targets name unknown channel 'pinky'; csv:hand.csv has thumb, index, middle");
    }

    @Test
    void givenAnUnknownTrackedFinger_thenTheExitStatusIsTwo() throws Exception {
        CliRunner.Result r = analyze("--target", "30N", "--track", "thumb,ring");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown channel 'ring'").contains("thumb, index, middle");
    }

    @Test
    void givenAFingerNamedTwice_thenTheTargetOptionIsBlamed() throws Exception {
        CliRunner.Result r = analyze("--target", "thumb=30N,Thumb=20N");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--target': 'Thumb=20N' names channel 'Thumb' twice");
    }

    @Test
    void givenATrackedFingerWithoutAnyTarget_thenTheTrackOptionIsBlamed() throws Exception {
        CliRunner.Result r = analyze("--target", "thumb=30N", "--track", "thumb,index");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--track': channel 'index' is tracked but has no target");
    }

    @Test
    void givenTargetsInKgfAndNewtons_thenTheyAreJudgedInTheFirstUnit() throws Exception {
        // 15 N is 1.5296 kgf; a 10% band around it is 13.5..16.5 N.
        CliRunner.Result r = analyze("--target", "thumb=30N,index=1.5296kgf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode index = json().get("targets").get(1);
        assertThat(index.get("unit").asText()).isEqualTo("N");
        assertThat(index.get("min").asDouble()).isCloseTo(13.5, within(0.01));
    }

    @Test
    void givenTwoPlainValues_thenTheTargetOptionIsBlamed() throws Exception {
        CliRunner.Result r = analyze("--target", "30N,20N");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("has two values without a channel label");
    }

    private static CliRunner.Result gloveDemo(String target) {
        return CliRunner.run("demo", "--terminal", "--plain", "--no-record", "--device", "sim-glove", "--seed", "7",
                "--speed", "1000", "--duration", "55s", "--hold", "10s", "--target", target);
    }

    private static long count(String out, String finger, String outcome) {
        return out.lines().filter(l -> l.matches("\\s*\\d+\\s+" + finger + "\\s.*\\s" + outcome + "( \\(.*\\))?")).count();
    }

    @Test
    void givenTheSimulatedGlove_whenEachFingerHasItsOwnTarget_thenEveryFingerMeetsIt() {
        // The simulated therapist presses the thumb at about 28 N and the other fingers at 0.55, 0.35, 0.2, 0.1 of it.
        CliRunner.Result r = gloveDemo("thumb=28N,index=15.4N,middle=9.8N,ring=5.6N,little=2.8N");
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String finger : new String[] {"thumb", "index", "middle", "ring", "little"}) {
            assertThat(count(r.out(), finger, "MET")).as(finger + " in%n%s", r.out()).isEqualTo(2);
            assertThat(count(r.out(), finger, "UNDER")).as(finger).isZero();
        }
        assertThat(r.out()).contains("index    13.86..16.94");
    }

    @Test
    void givenTheSimulatedGlove_whenEveryFingerSharesTheThumbsTarget_thenTheOtherFingersAreUnder() {
        CliRunner.Result r = gloveDemo("28N");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(count(r.out(), "thumb", "MET")).isEqualTo(2);
        for (String finger : new String[] {"index", "middle", "ring"}) {
            assertThat(count(r.out(), finger, "MET")).as(finger).isZero();
            assertThat(count(r.out(), finger, "UNDER")).as(finger).isEqualTo(2);
        }
        // the little finger never even reaches the thumb's contact threshold
        assertThat(count(r.out(), "little", "\\S+")).isZero();
    }

    @Test
    void givenTheSimulatedGloveAndATrackSelection_thenTheUntrackedFingersAreNamedAndReportNoHolds() {
        CliRunner.Result r = gloveDemo("thumb=28N,index=15.4N");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Not tracked (shown only): middle, ring, little.");
        assertThat(count(r.out(), "middle", "\\S+")).isZero();
        assertThat(count(r.out(), "index", "MET")).isEqualTo(2);
    }
}
