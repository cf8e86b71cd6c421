package org.palpa.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.json.PlanReader;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.cli.CapturesStandardStreams;
import org.palpa.cli.Main;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.plan.StepSummary;
import org.palpa.core.record.RecordedEvent;

/** End to end: a shipped plan on the simulated glove at ten times real time, recorded, shown, reported and mapped. */
class PlanRunCommandTest extends CapturesStandardStreams {
    @TempDir
    Path dir;

    private int palpa(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aShippedPlanRunsToTheEndOnTheSimulatedGloveAndIsRecorded() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(palpa("plan", "run", "taster", "--device", "sim-glove", "--speed", "10", "--data-dir", data,
                "--client", "C-0007")).isZero();
        assertThat(out()).contains("Step 1: infraspinatus (left)", "Step 2: upper trapezius (right)", "Plan finished.",
                "Plan adherence:", "2 of 2 steps done, 0 skipped.", "Recorded session 1", "palpa sessions report 1");

        List<RecordedEvent> events;
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir.resolve("data"))) {
            events = store.events(1);
        }
        assertThat(PlanEvents.planOf(events)).get().asString()
                .contains("plan=taster", "sha256=" + PlanReader.shipped("taster").contentHash());
        assertThat(events).filteredOn(e -> e.kind() == RecordedEvent.Kind.STEP_STARTED).hasSize(2);
        List<StepSummary> steps = PlanEvents.summaries(events);
        assertThat(steps).extracting(StepSummary::repsDone).containsExactly(2, 1);
        assertThat(steps).allMatch(s -> s.holdsMet() == s.repsDone(), "the simulated therapist follows the bands");
        assertThat(events).anyMatch(e -> e.kind() == RecordedEvent.Kind.PLAN_FINISHED);

        assertThat(palpa("sessions", "verify", "1", "--data-dir", data)).isZero();
        assertThat(out()).contains("intact");
        assertThat(palpa("sessions", "show", "1", "--data-dir", data)).isZero();
        assertThat(out()).contains("Plan: plan=taster", "Plan adherence:", "infraspinatus (left)");
        Path pdf = dir.resolve("s.pdf");
        assertThat(palpa("sessions", "report", "1", "--data-dir", data, "-o", pdf.toString())).isZero();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        Path map = dir.resolve("map.png");
        assertThat(palpa("sessions", "map", "--client", "C-0007", "--data-dir", data, "-o", map.toString())).isZero();
        assertThat(javax.imageio.ImageIO.read(map.toFile()).getWidth()).isEqualTo(1400);
    }

    /**
     * upper-back's steps 3 and 4 ask for a 10 s hold (step 1: 12 s) and for 25..35 N (step 1:
     * 20..30 N). The session's own hold table judged every hold against step 1 before, so a hold
     * that met step 3 was stored TOO_SHORT and one in step 4's band OVER.
     */
    @Test
    void eachStoredHoldIsJudgedAgainstItsOwnStepAndAnalyzeAsRecordedAgrees() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(palpa("plan", "run", "upper-back", "--device", "sim-algometer", "--speed", "20", "--data-dir", data)).isZero();
        List<org.palpa.core.hold.HoldResult> holds;
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir.resolve("data"))) {
            holds = store.holds(1);
        }
        assertThat(holds).hasSize(6).allMatch(h -> h.outcome() == org.palpa.core.hold.HoldOutcome.MET,
                "every rep met its step, as the plan adherence says");
        assertThat(holds.get(5).mean()).isBetween(25.0, 35.0).isGreaterThan(30.0);
        assertThat(palpa("sessions", "show", "1", "--data-dir", data)).isZero();
        assertThat(out()).contains("6 of 6 finished holds met the target");
        assertThat(palpa("analyze", "--session", "1", "--data-dir", data)).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out());
        assertThat(json.get("holds")).hasSize(6).allMatch(h -> h.get("outcome").asText().equals("MET"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Each of the plan's 4 step targets judges from its start on");
        // the replay judges each step's holds by that step's band, as the session was judged
        assertThat(palpa("sessions", "replay", "1", "--speed", "max", "--plain", "--data-dir", data)).isZero();
        assertThat(out()).contains("Each of the plan's 4 step targets judges from its start on",
                "6 of 6 finished holds met the target").doesNotContain("TOO SHORT", "OVER");
        // the window's replay of the session (gui --session) goes through the same steps
        var options = picocli.CommandLine.populateCommand(new org.palpa.cli.options.StoreOptions(), "--data-dir", data);
        org.palpa.app.live.SessionSettings asRecorded;
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir.resolve("data"))) {
            asRecorded = org.palpa.cli.options.ReplayJudging.recorded(store.find(1).orElseThrow().meta(), 0);
        }
        try (var replay = org.palpa.cli.sessions.WindowReplay.ofSession(options, 1, asRecorded, true)) {
            var pipeline = new org.palpa.app.live.LivePipeline(replay.open(0, 0), asRecorded);
            pipeline.start();
            var summary = pipeline.await(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(summary.holds()).hasSize(6).allMatch(h -> h.outcome() == org.palpa.core.hold.HoldOutcome.MET);
        }
        // judging options given on the command line replace the steps' targets for the whole replay
        assertThat(palpa("sessions", "replay", "1", "--speed", "max", "--plain", "--target", "25N", "--data-dir", data)).isZero();
        assertThat(out()).doesNotContain("step targets judges").contains("NOT as recorded")
                .doesNotContain("6 of 6 finished holds met the target");
    }

    @Test
    void aBadPlanIsRefusedBeforeAnythingStartsWithOneLine() throws Exception {
        Path bad = dir.resolve("neck.json");
        Files.writeString(bad, "{\"schema\": \"palpa.plan/1\", \"name\": \"n\", \"steps\": [{\"site\": \"neck\", "
                + "\"side\": \"left\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"5s\", \"reps\": 1, "
                + "\"rest\": \"1s\"}]}");
        assertThat(palpa("plan", "check", bad.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("palpa: " + bad + ": step 1, field 'site': "
                + "unknown site 'neck'").doesNotContain("Exception").hasLineCount(1);
        assertThat(palpa("plan", "run", bad.toString(), "--device", "sim-glove", "--no-record")).isEqualTo(Main.BAD_INPUT);
        assertThat(out()).doesNotContain("Step 1");
        assertThat(palpa("plan", "check", "upper-back")).isZero();
        assertThat(palpa("plan", "list")).isZero();
        assertThat(out()).contains("upper-back", "low-back-hip", "jaw-head");
    }
}
