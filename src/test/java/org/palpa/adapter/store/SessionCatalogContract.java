package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.app.port.SessionCatalog;
import org.palpa.app.port.SessionReader;
import org.palpa.app.recording.Recordings;
import org.palpa.core.hold.HoldTally;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.record.StoredSession;
import org.palpa.core.record.Trainee;
import org.palpa.core.sim.SimulatedDeviceSpec;

/**
 * What {@link SessionCatalog} must do on every database: the newest sessions that match, oldest
 * first, the count of all that match, and hold tallies equal to counting the session's holds.
 */
abstract class SessionCatalogContract {
    static final long DAY = 86_400_000L;
    static final long START = 1_767_225_600_000L; // 2026-01-01T00:00Z

    /** A fresh, empty store. */
    abstract JdbcSessionStore emptyStore();

    /** Twelve sessions, one a day, alternating two clients and two therapists; ids 1..12 in time order. */
    static void twelveSessions(JdbcSessionStore store) {
        var device = SimulatedDeviceSpec.algometer().deviceInfo(1);
        for (int i = 0; i < 12; i++) {
            SessionMeta m = new SessionMeta(i % 2 == 0 ? "C-0001" : "C-0002", null, i % 3 == 0 ? "t.one" : "t.two", "room-1",
                    "", START + i * DAY, "test", device, null, null, null, Recordings.TARGET, "median:5", 1.0);
            long id = store.create(m, IntegrityChain.genesis(m));
            store.finish(id, SessionStatus.COMPLETE, START + i * DAY + 60_000, "stopped");
        }
    }

    private static List<Long> ids(SessionCatalog.Page page) {
        return page.sessions().stream().map(l -> l.session().id()).toList();
    }

    @Test
    void theNewestPageIsListedOldestFirstWithTheCountOfAll() {
        try (JdbcSessionStore store = emptyStore()) {
            twelveSessions(store);
            SessionCatalog.Page page = store.catalog().newest(new SessionCatalog.Query(SessionReader.Filter.ALL, null, null, 5));
            assertThat(ids(page)).containsExactly(8L, 9L, 10L, 11L, 12L);
            assertThat(page.matching()).isEqualTo(12);
            assertThat(ids(store.catalog().newest(new SessionCatalog.Query(SessionReader.Filter.ALL, null, null, 0))))
                    .hasSize(12).isSorted();
        }
    }

    @Test
    void filtersNarrowBothThePageAndTheCount() {
        try (JdbcSessionStore store = emptyStore()) {
            twelveSessions(store);
            var client = new SessionReader.Filter("C-0002", null, null, null, null);
            SessionCatalog.Page page = store.catalog().newest(new SessionCatalog.Query(client, null, null, 3));
            assertThat(ids(page)).containsExactly(8L, 10L, 12L);
            assertThat(page.matching()).isEqualTo(6);
            var therapistInJanuaryWeekOne = new SessionReader.Filter(null, "t.one", null, Instant.ofEpochMilli(START),
                    Instant.ofEpochMilli(START + 7 * DAY));
            assertThat(ids(store.catalog().newest(new SessionCatalog.Query(therapistInJanuaryWeekOne, null, null, 0))))
                    .containsExactly(1L, 4L, 7L);
        }
    }

    @Test
    void aStudentOrAClassSelectsTheirSessionsOnly() {
        try (JdbcSessionStore store = emptyStore()) {
            twelveSessions(store);
            store.trainees().assign(3, new Trainee("S-001", "MT-A"));
            store.trainees().assign(5, new Trainee("S-002", "MT-A"));
            store.trainees().assign(6, new Trainee("S-001", "MT-A"));
            assertThat(ids(store.catalog().newest(new SessionCatalog.Query(SessionReader.Filter.ALL, "S-001", null, 0))))
                    .containsExactly(3L, 6L);
            SessionCatalog.Page page = store.catalog().newest(new SessionCatalog.Query(SessionReader.Filter.ALL, null, "MT-A", 2));
            assertThat(ids(page)).containsExactly(5L, 6L);
            assertThat(page.matching()).isEqualTo(3);
        }
    }

    @Test
    void theHoldTallyIsTheCountOfTheSessionsHolds() throws Exception {
        try (JdbcSessionStore store = emptyStore()) {
            long id = Recordings.record(store, SimulatedDeviceSpec.algometer(), 5, 90, 0).result().sessionId();
            SessionCatalog.Listed listed = store.catalog()
                    .newest(new SessionCatalog.Query(SessionReader.Filter.ALL, null, null, 1)).sessions().get(0);
            StoredSession found = store.find(id).orElseThrow();
            assertThat(listed.session()).isEqualTo(found);
            assertThat(store.holds(id)).isNotEmpty();
            assertThat(listed.holds()).isEqualTo(HoldTally.of(store.holds(id)));
        }
    }

    @Test
    void anEmptyStoreListsNothingAndCountsNone() {
        try (JdbcSessionStore store = emptyStore()) {
            SessionCatalog.Page page = store.catalog().newest(new SessionCatalog.Query(SessionReader.Filter.ALL, null, null, 50));
            assertThat(page.sessions()).isEmpty();
            assertThat(page.unreadable()).isEmpty();
            assertThat(page.matching()).isZero();
        }
    }
}
