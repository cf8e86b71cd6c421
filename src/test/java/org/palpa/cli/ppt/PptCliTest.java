package org.palpa.cli.ppt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.palpa.cli.CapturesStandardStreams;
import org.palpa.cli.Main;
import org.palpa.core.sim.SimulatedPatient;

/** Runs {@code palpa ppt} end to end on the simulated patient, ten times faster than real time. */
class PptCliTest extends CapturesStandardStreams {
    private static final Pattern TRUTH = Pattern.compile(
            "simulated trial (\\d+): true threshold ([0-9.]+) kPa, reaction ([0-9]+) ms, therapist aimed at ([0-9.]+) kPa/s");
    /** Sensor noise (0.5 kPa SD) and the filter's approximation on a wobbling ramp, on top of the stated residual. */
    private static final double NOISE_KPA = 2;

    private final Path data = Path.of("target", "ppt-cli-" + System.nanoTime());

    private record Truth(int trial, double kpa, double reactionMillis) {
    }

    private int ppt(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of("ppt", "--data-dir", data.toString()));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private List<Truth> truths() {
        List<Truth> t = new ArrayList<>();
        Matcher m = TRUTH.matcher(err.toString(StandardCharsets.UTF_8));
        while (m.find()) {
            t.add(new Truth(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))));
        }
        return t;
    }

    private static String[] simulated(String... more) {
        return simulatedAt("300kPa", "10", more);
    }

    private static String[] simulatedAt(String threshold, String speed, String... more) {
        List<String> a = new ArrayList<>(List.of("--sim-ppt", threshold, "--speed", speed, "--rest", "1s", "--client", "C-7",
                "--site", "upper-trapezius", "--side", "left", "--json"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void theSimulatedPatientsThresholdIsRecoveredWithinTheStatedError() throws Exception {
        assertThat(ppt(simulated("--seed", "5"))).isZero();
        JsonNode doc = json();
        assertThat(doc.get("schema").asText()).isEqualTo("palpa.ppt/1");
        assertThat(doc.get("site").asText()).isEqualTo("upper-trapezius");
        assertThat(doc.get("trials")).hasSize(3);
        List<Truth> truths = truths();
        assertThat(truths).hasSize(3);
        for (JsonNode t : doc.get("trials")) {
            Truth truth = truths.get(t.get("trial").asInt() - 1);
            double rate = t.get("rateKpaPerSecond").asDouble();
            double slack = t.get("residualKpa").asDouble() + NOISE_KPA;
            double reported = t.get("thresholdKpa").asDouble();
            // the stated error: the true threshold plus rate × reaction time (150–300 ms), within the residual
            assertThat(reported).isBetween(truth.kpa() + rate * SimulatedPatient.MIN_REACTION_MILLIS / 1000 - slack,
                    truth.kpa() + rate * SimulatedPatient.MAX_REACTION_MILLIS / 1000 + slack);
            assertThat(reported - (truth.kpa() + rate * truth.reactionMillis() / 1000)).isBetween(-slack, slack);
            assertThat(t.get("delay").get("path").asText()).isEqualTo("device button");
            assertThat(t.get("valid").asBoolean()).isEqualTo(rate >= 40 && rate <= 60);
        }
        JsonNode result = doc.get("result");
        assertThat(result.get("validTrials").asInt()).isPositive();
        assertThat(result.get("meanKpa").asDouble()).isBetween(300 * (1 - 3 * SimulatedPatient.TRIAL_SD_SHARE),
                300 * (1 + 3 * SimulatedPatient.TRIAL_SD_SHARE) + 60 * 0.3);
        assertThat(doc.get("realChange").get("citation").asText()).contains("upper trapezius");
        long session = doc.get("session").asLong();

        out.reset();
        assertThat(Main.run("sessions", "show", Long.toString(session), "--data-dir", data.toString())).isZero();
        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("PPT_TRIAL").contains("upper-trapezius/left trial 3 of 3")
                .containsPattern("PPT_RESULT +upper-trapezius/left: [0-9.]+ kPa");
        Path pdf = data.resolve("s.pdf");
        assertThat(Main.run("sessions", "report", Long.toString(session), "--data-dir", data.toString(), "--output",
                pdf.toString())).isZero();
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void aDeviceWithoutAButtonTakesTheKeyAndSaysWhichPathItCorrected() throws Exception {
        // the key is stamped on the host clock, so this runs at twice real time rather than ten times
        assertThat(ppt(simulatedAt("300kPa", "2", "--sim-no-button", "--no-record", "--trials", "1"))).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("this device has no button");
        JsonNode doc = json();
        List<Truth> truths = truths();
        for (JsonNode t : doc.get("trials")) {
            assertThat(t.get("delay").get("path").asText()).isEqualTo("key");
            Truth truth = truths.get(t.get("trial").asInt() - 1);
            double expected = truth.kpa() + t.get("rateKpaPerSecond").asDouble() * truth.reactionMillis() / 1000;
            assertThat(t.get("thresholdKpa").asDouble() - expected).isBetween(-NOISE_KPA - t.get("residualKpa").asDouble(),
                    NOISE_KPA + t.get("residualKpa").asDouble());
        }
    }

    @Test
    void anUnpluggedCableVoidsThatTrialAndTheProtocolGoesOn() throws Exception {
        assertThat(ppt(simulated("--sim-unplug-trial", "2", "--no-record"))).isZero();
        JsonNode trials = json().get("trials");
        assertThat(trials).hasSize(4);
        assertThat(trials.get(1).get("reason").asText()).isEqualTo("device disconnected during the ramp");
        assertThat(trials.get(1).get("thresholdKpa").isNull()).isTrue();
        assertThat(trials.get(3).get("thresholdKpa").isNumber()).isTrue();
    }

    @Test
    void aPatientAboveTheCeilingGetsNoNumber() throws Exception {
        assertThat(ppt(simulatedAt("900kPa", "10", "--ceiling", "500kPa", "--trials", "1", "--no-record"))).isZero();
        JsonNode doc = json();
        assertThat(doc.get("trials").get(0).get("reason").asText()).isEqualTo("no threshold below the ceiling");
        assertThat(doc.get("trials").get(0).get("thresholdKpa").isNull()).isTrue();
        assertThat(doc.get("result").get("meanKpa").isNull()).isTrue();
    }

    @Test
    void historyAndCompareWorkOnAClientWithSeveralVisits() throws Exception {
        for (String[] visit : new String[][] {{"300kPa", "1"}, {"310kPa", "2"}, {"420kPa", "3"}}) {
            assertThat(ppt(simulatedAt(visit[0], "10", "--seed", visit[1]))).isZero();
        }
        out.reset();
        Path png = data.resolve("history.png");
        assertThat(Main.run("ppt", "history", "--client", "C-7", "--site", "upper-trapezius", "--data-dir", data.toString(),
                "--output", png.toString())).isZero();
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("(3 visits)").contains("Source: default for the upper trapezius");
        assertThat(table.lines().filter(l -> l.contains("upper-trapezius/left")).count()).isEqualTo(3);
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        out.reset();
        assertThat(Main.run("ppt", "compare", "--client", "C-7", "--site", "upper-trapezius", "--before", "1", "--after", "3",
                "--data-dir", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("a real increase").contains("Source: ");
        out.reset();
        assertThat(Main.run("ppt", "compare", "--client", "C-7", "--site", "upper-trapezius", "--before", "1", "--after", "2",
                "--data-dir", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("not a real change");
    }

    @Test
    void theTerminalShowsTheTrialCounterRateMeterAndRestTimer() {
        String[] args = simulatedAt("300kPa", "10", "--trials", "2", "--no-record");
        assertThat(ppt(java.util.Arrays.stream(args).filter(a -> !a.equals("--json")).toArray(String[]::new))).isZero();
        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(shown).containsPattern("trial 1 of 2 +[0-9.]+ kPa  rate +[0-9.]+ kPa/s \\[[-=#]+\\] (IN|OFF) BAND  RAMPING")
                .contains("REST 1 s").contains("Result upper-trapezius/left: ");
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        String[][] cases = {{"--site", "nose"}, {"--site", "soleus", "--rate", "0kPa/s"},
            {"--site", "soleus", "--probe-area", "0"}, {"--site", "soleus", "--rate", "-10"}};
        for (String[] c : cases) {
            assertThat(ppt(c)).as(String.join(" ", c)).isEqualTo(2);
            String e = err.toString(StandardCharsets.UTF_8).strip();
            assertThat(e.lines().count()).as(e).isEqualTo(1);
            assertThat(e).startsWith("palpa ppt: ").doesNotContain("Exception");
        }
    }
}
