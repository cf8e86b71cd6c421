package org.palpa.cli.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.classroom.ClassSummary;
import org.palpa.app.classroom.Classroom;
import org.palpa.app.classroom.Station;
import org.palpa.app.classroom.StationEntry;
import org.palpa.app.classroom.StationPhase;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.SessionReader;
import org.palpa.app.recording.IntegrityCheck;
import org.palpa.core.hold.Target;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.plan.StepSummary;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.StoredSession;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;

/** Two simulated stations that each follow the same short plan on their own, recorded as {@code plan run} records it. */
class ClassroomPlanTest {
    private static final Path PLAN = Path.of("src/test/resources/org/palpa/classroom/two-short-holds.json");

    @TempDir
    Path dir;

    @Test
    void twoSimulatedStations_followThePlanStepByStep_andTheirSessionsHoldTheStepEvents() throws Exception {
        SessionSettings base = SessionSettings.of(Target.around(Quantity.parse("40N"), "10%", 20_000,
                ProbeArea.ALGOMETER_TIP), 0);
        List<StationEntry> entries = ClassPlans.withClassPlan(List.of(StationEntry.parse("a=sim-glove,student=S1"),
                StationEntry.parse("b=sim-algometer,student=S2")), PLAN.toString());
        var plans = ClassSetup.plans(entries, new StationDevices(1, 5, 2000), base,
                centre -> Target.around(Quantity.parse(centre), "10%", 20_000, ProbeArea.ALGOMETER_TIP), false);
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            Classroom classroom = new Classroom("plans", plans, store, store.trainees(),
                    (p, device, settings, refs) -> ClassSetup.meta(p, device, settings, refs, "plans", "instructor",
                            "", ""), line -> { });
            classroom.startAll();
            for (Station s : classroom.stations()) {
                await(s, 60);
            }
            ClassSummary summary = classroom.finish(store, store, 10, TimeUnit.SECONDS);

            List<StoredSession> sessions = store.list(SessionReader.Filter.ALL);
            assertThat(sessions).hasSize(2).allSatisfy(stored -> {
                List<RecordedEvent> events = store.events(stored.id());
                assertThat(events).extracting(RecordedEvent::kind).containsSubsequence(RecordedEvent.Kind.PLAN_STARTED,
                        RecordedEvent.Kind.STEP_STARTED, RecordedEvent.Kind.STEP_ENDED, RecordedEvent.Kind.STEP_STARTED,
                        RecordedEvent.Kind.STEP_ENDED, RecordedEvent.Kind.PLAN_FINISHED);
                List<StepSummary> steps = PlanEvents.summaries(events);
                assertThat(steps).extracting(StepSummary::stepNumber).containsExactly(1, 2);
                // the simulated therapist followed each step's own band: the second step's is higher
                assertThat(steps).allSatisfy(st -> assertThat(st.repsDone()).isEqualTo(1));
                assertThat(steps.get(0).meanForce()).isBetween(20.0, 30.0);
                assertThat(steps.get(1).meanForce()).isBetween(25.0, 35.0);
                assertThat(stored.meta().notes()).contains("station");
                assertThat(IntegrityCheck.verify(store, stored.id())).isInstanceOf(IntegrityCheck.Intact.class);
            });
            assertThat(summary.rows()).allSatisfy(row -> {
                assertThat(row.sessionIds()).hasSize(1);
                assertThat(row.planSteps()).startsWith("2 of 2 steps done");
            });
            assertThat(summary.table()).contains("a          plan: 2 of 2 steps done");
        }
    }

    /** Waits until the station's plan has ended its session and stopped the station. */
    private static void await(Station s, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!(s.board().phase() == StationPhase.STOPPED && s.board().message().startsWith("plan finished"))) {
            assertThat(System.nanoTime()).as("station %s: %s %s", s.plan().name(), s.board().phase(),
                    s.board().message()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
