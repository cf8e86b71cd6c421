package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.app.recording.Recordings;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** The store finds a session's last frame from its last chunk alone, and agrees with reading every chunk. */
class LastFrameTest {
    @TempDir
    Path dir;

    @Test
    void theLastChunkGivesTheSameLastFrameAsReadingTheWholeSession() throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            long id = Recordings.record(store, SimulatedDeviceSpec.algometer(), 5, 30, 0).result().sessionId();
            long[] scanned = {Long.MIN_VALUE};
            store.forEachChunk(id, c -> scanned[0] = c.lastTimestampNanos());

            assertThat(store.lastFrameNanos(id)).isEqualTo(scanned[0]).isGreaterThan(store.originNanos(id));
            // 30 s at 100 Hz: the last frame is frame 2999 on the simulator's clock.
            assertThat(store.lastFrameNanos(id) - store.originNanos(id)).isEqualTo(29_990_000_000L);
            assertThat(store.lastFrameNanos(id + 1)).isEqualTo(Long.MIN_VALUE);
        }
    }
}
