package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.core.record.RecordedEvent;
import org.palpa.app.recording.IntegrityCheck;
import org.palpa.app.recording.Recordings;
import org.palpa.app.recording.SessionNotes;
import org.palpa.core.PalpaException;
import org.palpa.core.sim.SimulatedDeviceSpec;

class SessionNotesTest {
    @TempDir
    Path dir;

    @Test
    void aPainScoreAddedAfterTheSessionJoinsTheChainAndEditingItIsDetected() throws Exception {
        long id;
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            id = Recordings.record(store, SimulatedDeviceSpec.algometer(), 2, 10, 0).result().sessionId();
            String before = store.find(id).orElseThrow().chainHead();
            String head = SessionNotes.add(store, store, id, RecordedEvent.pain(store.originNanos(id) + 5_000_000_000L, 6, "sharp"));
            assertThat(head).isNotEqualTo(before).isEqualTo(store.find(id).orElseThrow().chainHead());
            assertThat(store.events(id)).filteredOn(e -> e.kind() == RecordedEvent.Kind.PAIN).singleElement()
                    .extracting(RecordedEvent::value).isEqualTo(6.0);
            assertThat(IntegrityCheck.verify(store, id)).isInstanceOf(IntegrityCheck.Intact.class);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db")); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE events SET value = 2 WHERE kind = 'PAIN'");
        }
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            assertThat(IntegrityCheck.verify(store, id)).isInstanceOfSatisfying(IntegrityCheck.Tampered.class,
                    t -> assertThat(t.where()).contains("(PAIN) was changed"));
            long tampered = id;
            assertThatThrownBy(() -> SessionNotes.add(store, store, tampered, RecordedEvent.pain(0, 1, "")))
                    .isInstanceOf(PalpaException.class).hasMessageContaining("is not intact");
        }
    }
}
