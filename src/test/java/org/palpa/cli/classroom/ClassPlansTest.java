package org.palpa.cli.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.json.ClassConfigReader;
import org.palpa.app.classroom.StationEntry;
import org.palpa.app.classroom.StationPlan;
import org.palpa.app.live.SessionSettings;
import org.palpa.cli.CliRunner;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;

/** A class's treatment plans: class-wide with --plan, per station with plan=FILE or "plan" in the class file. */
class ClassPlansTest {
    private static final String PLAN = """
            {"schema": "palpa.plan/1", "name": "Two short holds", "steps": [
              {"site": "upper-trapezius", "side": "left", "technique": "thumb", "band": "20..30N", "hold": "3s",
               "reps": 1, "rest": "2s", "channel": "thumb"},
              {"site": "infraspinatus", "side": "right", "technique": "thumb", "band": "25..35N", "hold": "3s",
               "reps": 1, "rest": "0s"}]}
            """;
    private static final SessionSettings BASE = SessionSettings.of(
            Target.around(Quantity.parse("40N"), "10%", 20_000, ProbeArea.ALGOMETER_TIP), 0);

    @TempDir
    Path dir;

    @Test
    void aStationsPlanKey_isParsed_andTheClassPlanGoesOnlyToStationsWithoutOne() throws Exception {
        Path own = Files.writeString(dir.resolve("own.json"), PLAN);
        Path shared = Files.writeString(dir.resolve("shared.json"), PLAN);
        List<StationEntry> entries = List.of(StationEntry.parse("a=sim-glove,student=S1,plan=" + own),
                StationEntry.parse("b=sim-algometer,student=S2"));

        List<StationEntry> planned = ClassPlans.withClassPlan(entries, shared.toString());

        assertThat(planned).extracting(StationEntry::plan).containsExactly(own.toString(), shared.toString());
        assertThat(ClassPlans.withClassPlan(entries, null)).extracting(StationEntry::plan)
                .containsExactly(own.toString(), null);
    }

    @Test
    void aClassFilesPlan_isReadBesideTheClassFile_andAShippedPlanStaysAnId() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("course"));
        Files.writeString(sub.resolve("neck.json"), PLAN);
        Path file = Files.writeString(sub.resolve("class.json"), """
                {"class": "Tue", "stations": [
                  {"name": "A", "device": "sim-glove", "plan": "neck.json"},
                  {"name": "B", "device": "sim-algometer", "plan": "taster"},
                  {"name": "C", "device": "sim-algometer"}]}
                """);

        List<StationEntry> stations = ClassConfigReader.read(file).stations();

        assertThat(stations).extracting(StationEntry::plan)
                .containsExactly(sub.resolve("neck.json").toAbsolutePath().toString(), "taster", null);
    }

    @Test
    void aStationWithAPlan_startsItsSessionsAtTheFirstStepsBandAndHold() throws Exception {
        Path plan = Files.writeString(dir.resolve("short.json"), PLAN);
        List<StationPlan> plans = ClassSetup.plans(List.of(StationEntry.parse("a=sim-algometer,plan=" + plan),
                        StationEntry.parse("b=sim-algometer")), new StationDevices(1, 1, 2000), BASE,
                centre -> Target.around(Quantity.parse(centre), "10%", 20_000, ProbeArea.ALGOMETER_TIP), false);

        assertThat(plans.get(0).treatment().name()).isEqualTo("Two short holds");
        assertThat(plans.get(0).settings().target()).satisfies(t -> {
            assertThat(t.min()).isEqualTo(20.0);
            assertThat(t.max()).isEqualTo(30.0);
            assertThat(t.holdMillis()).isEqualTo(3000);
        });
        assertThat(plans.get(1).treatment()).isNull();
        assertThat(plans.get(1).settings()).isSameAs(BASE);
    }

    @Test
    void aBadStationPlan_namesTheStationAndTheFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), PLAN.replace("20..30N", "30..20N"));
        StationEntry entry = StationEntry.parse("b=sim-algometer,plan=" + bad);

        assertThatThrownBy(() -> ClassPlans.load(entry)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("station b: plan " + bad + ": step 1, field 'band': ");
        assertThatThrownBy(() -> ClassPlans.withClassPlan(List.of(entry), dir.resolve("none.json").toString()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("none.json: no such plan file");
    }

    @Test
    void aMissingOrInvalidPlan_isOneLineWithExitStatus2_beforeAnyStationStarts() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), PLAN.replace("\"reps\": 1, \"rest\": \"2s\"", "\"reps\": 1"));
        CliRunner.Result missing = CliRunner.run("classroom", "--terminal", "--no-record", "--station", "a=sim-glove",
                "--plan", dir.resolve("nothing.json").toString());
        CliRunner.Result invalid = CliRunner.run("classroom", "--terminal", "--no-record", "--station", "a=sim-glove",
                "--station", "b=sim-algometer,plan=" + bad);

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("palpa: " + dir.resolve("nothing.json") + ": no such plan file")
                .doesNotContain("\n");
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err().strip()).isEqualTo("palpa classroom: station b: plan " + bad
                + ": step 1, field 'rest': is missing");
        assertThat(missing.out() + invalid.out()).doesNotContain("stations");
    }
}
