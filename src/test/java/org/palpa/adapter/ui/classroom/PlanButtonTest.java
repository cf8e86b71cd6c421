package org.palpa.adapter.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.json.PlanReader;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.classroom.Classroom;
import org.palpa.app.classroom.StationPlan;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.hold.Target;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** The window's "Plan…" button gives a checked plan to the stations chosen in "Target for", and refuses a bad one. */
class PlanButtonTest {
    private static final SessionSettings SETTINGS = SessionSettings.of(
            Target.around(Quantity.parse("40N"), "10%", 20_000, ProbeArea.ALGOMETER_TIP), 0);

    @TempDir
    Path dir;

    @Test
    void aPlanFile_goesToTheChosenStationOnly_andABadOneChangesNothingAndSaysWhy() throws Exception {
        Path good = Path.of("src/test/resources/org/palpa/classroom/two-short-holds.json");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schema\": \"palpa.plan/1\"}");
        Classroom classroom = new Classroom("", List.of(station("S1"), station("S2")), null,
                (p, device, settings, refs) -> null, line -> { });
        ClassroomControls controls = new ClassroomControls(classroom);
        PlanButton button = new PlanButton(classroom, controls, PlanReader::read);

        controls.which.setSelectedItem("S2");
        int given = button.give(good);

        assertThat(given).isEqualTo(1);
        assertThat(classroom.stations().get(0).plan().treatment()).isNull();
        assertThat(classroom.stations().get(1).plan().treatment().name()).isEqualTo("Two short holds");
        assertThat(classroom.stations().get(1).plan().settings().target().max()).isEqualTo(30.0);
        assertThat(controls.message.getText()).isEqualTo("plan Two short holds (2 steps) for S2; new sessions started");

        controls.which.setSelectedItem(ClassroomControls.ALL);
        assertThat(button.give(bad)).isZero();
        assertThat(controls.message.getText()).startsWith("Plan not given: " + bad + ": ").contains("name");
        assertThat(classroom.stations().get(0).plan().treatment()).isNull();
        classroom.finish(null, null, 5, TimeUnit.SECONDS);
    }

    private static StationPlan station(String name) {
        return new StationPlan(name, name, "sim-algometer",
                () -> new SimulatedTransport(SimulatedDeviceSpec.algometer(), 1, 1, 0), SETTINGS);
    }
}
