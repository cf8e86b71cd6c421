package org.palpa.app.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.SessionReader;
import org.palpa.app.port.TransportException;
import org.palpa.app.recording.IntegrityCheck;
import org.palpa.core.hold.Target;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.StoredSession;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;

/** Stations that fail, lose their device and come back, each on its own, and a class that records them all. */
class StationTest {
    private static final Target TARGET = Target.around(Quantity.parse("40N"), "10%", 500, ProbeArea.ALGOMETER_TIP);
    private static final SessionSettings SETTINGS = SessionSettings.of(TARGET, 0);
    private static final StationMeta META = (plan, device, settings, refs) -> new SessionMeta(plan.student(),
            null, "instructor", "class test", "", System.currentTimeMillis(), "classroom " + device.model(), device,
            null, null, null, settings.target(), settings.filter().toString(), 1.0);

    @TempDir
    Path dir;

    @Test
    void aDeviceThatCannotBeOpened_isRetriedOnItsOwnTile_whileTheOtherStationRuns() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<String> log = new CopyOnWriteArrayList<>();
        StationPlan failing = new StationPlan("F1", "ST-1", "serial:/dev/nothing", () -> {
            if (attempts.incrementAndGet() <= 2) {
                throw new TransportException("no serial port '/dev/nothing'");
            }
            return new PacedDevice(Long.MAX_VALUE);
        }, SETTINGS);
        StationPlan healthy = new StationPlan("H2", "ST-2", "paced", () -> new PacedDevice(Long.MAX_VALUE), SETTINGS);
        Classroom classroom = new Classroom("test", List.of(failing, healthy), null, META, log::add);
        classroom.startAll();
        Station f = classroom.stations().get(0);
        Station h = classroom.stations().get(1);
        await(() -> f.board().phase() == StationPhase.RETRYING, 3);
        assertThat(f.board().message()).contains("no serial port '/dev/nothing'");
        long healthyBefore = h.board().frames();
        await(() -> f.board().phase() == StationPhase.LIVE, 8);
        assertThat(attempts.get()).isEqualTo(3);
        // the healthy station went on receiving at its own 200 Hz the whole time (2 retries = 4 s)
        assertThat(h.board().frames() - healthyBefore).isGreaterThan(500);
        assertThat(h.board().phase()).isEqualTo(StationPhase.LIVE);
        assertThat(log).filteredOn(l -> l.startsWith("F1: no serial port")).hasSize(1);
        ClassSummary summary = classroom.finish(null, null, 10, TimeUnit.SECONDS);
        assertThat(summary.rows()).extracting(ClassSummary.Row::station).containsExactly("F1", "H2");
        assertThat(summary.rows()).allSatisfy(r -> assertThat(r.lostFrames()).isZero());
    }

    @Test
    void aPulledCable_showsDeviceLost_thenLiveAgain_inTheSameRecordedSession() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            StationPlan plan = new StationPlan("P1", "ST-7", "paced", () -> new PacedDevice(400), SETTINGS);
            Classroom classroom = new Classroom("pulled", List.of(plan), store, META, log::add);
            classroom.startAll();
            Station s = classroom.stations().get(0);
            await(() -> s.board().phase() == StationPhase.DEVICE_LOST, 6);
            await(() -> s.board().phase() == StationPhase.LIVE && s.board().reconnects() == 1, 3);
            await(() -> s.board().holds() >= 1 || s.board().frames() > 900, 6);
            ClassSummary summary = classroom.finish(store, store, 10, TimeUnit.SECONDS);

            assertThat(log).anyMatch(l -> l.startsWith("P1: device lost (cable pulled)"))
                    .anyMatch(l -> l.startsWith("P1: device back"));
            List<StoredSession> sessions = store.list(SessionReader.Filter.ALL);
            assertThat(sessions).singleElement().satisfies(stored -> {
                assertThat(stored.meta().clientCode()).isEqualTo("ST-7");
                assertThat(stored.frameCount()).isEqualTo(summary.rows().get(0).recordedFrames())
                        .isEqualTo(summary.rows().get(0).frames());
                assertThat(IntegrityCheck.verify(store, stored.id())).isInstanceOf(IntegrityCheck.Intact.class);
                assertThat(store.events(stored.id())).extracting(RecordedEvent::kind)
                        .containsSubsequence(RecordedEvent.Kind.DISCONNECTED, RecordedEvent.Kind.RECONNECTED,
                                RecordedEvent.Kind.ANNOTATION);
                assertThat(store.events(stored.id())).extracting(RecordedEvent::detail)
                        .contains(summary.inWords());
            });
            assertThat(summary.rows().get(0).sessionIds()).containsExactly(sessions.get(0).id());
        }
    }

    @Test
    void stopAndStartAll_endTheSessionsAndBeginNewOnes_andANewTargetStartsANewSession() throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            StationPlan plan = new StationPlan("S1", "ST-1", "paced", () -> new PacedDevice(Long.MAX_VALUE), SETTINGS);
            Classroom classroom = new Classroom("", List.of(plan), store, META, l -> { });
            Station s = classroom.stations().get(0);
            classroom.startAll();
            await(() -> s.board().frames() > 100, 5);
            classroom.stopAll();
            await(() -> s.board().phase() == StationPhase.STOPPED && s.board().sessions() == 1, 5);
            classroom.startAll();
            await(() -> s.board().phase() == StationPhase.LIVE, 5);
            Target wider = Target.around(Quantity.parse("30N"), "20%", 500, ProbeArea.ALGOMETER_TIP);
            classroom.retargetAll(old -> SessionSettings.of(wider, 0));
            await(() -> s.board().sessions() == 2 && s.board().phase() == StationPhase.LIVE, 5);
            ClassSummary summary = classroom.finish(store, store, 10, TimeUnit.SECONDS);

            List<StoredSession> sessions = store.list(SessionReader.Filter.ALL);
            assertThat(sessions).hasSize(3);
            assertThat(summary.rows().get(0).sessionIds()).hasSize(3);
            assertThat(sessions).extracting(st -> st.meta().target().max()).contains(44.0, 36.0);
        }
    }

    private static void await(BooleanSupplier condition, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %.0f s", seconds).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
