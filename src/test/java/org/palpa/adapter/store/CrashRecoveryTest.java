package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.record.StoredSession;
import org.palpa.app.recording.IntegrityCheck;

/**
 * Records in a child JVM, kills it with SIGKILL (kill -9) mid-session, and checks what a clinic
 * would find on the next start: the session marked interrupted, at most the last second of
 * samples missing, an intact chain and a consistent database.
 */
class CrashRecoveryTest {
    private static final double RATE_HZ = 200; // SimulatedDeviceSpec.glove()

    @TempDir
    Path dir;

    @Test
    void givenARecordingKilledWithSigkill_whenTheStoreReopens_thenTheSessionIsInterruptedAndLosesAtMostOneSecond()
            throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
        AtomicLong lastSeq = new AtomicLong(-1);
        AtomicLong sessionId = new AtomicLong(-1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("seq ")) {
                        lastSeq.set(Long.parseLong(line.substring(4)));
                    } else if (line.startsWith("session ")) {
                        sessionId.set(Long.parseLong(line.substring(8)));
                    }
                }
            } catch (java.io.IOException e) {
                // the child died; that is the point
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lastSeq.get() < 4 * RATE_HZ && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(lastSeq.get()).as("the child recorded for 4 s").isGreaterThanOrEqualTo((long) (4 * RATE_HZ));
        long seenBeforeKill = lastSeq.get();
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
        assertThat(child.exitValue()).isEqualTo(137);

        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            assertThat(store.interruptedOnOpen()).isEqualTo(1);
            StoredSession s = store.find(sessionId.get()).orElseThrow();
            assertThat(s.status()).isEqualTo(SessionStatus.INTERRUPTED);
            long[] maxSeq = {-1};
            long[] frames = {0};
            store.forEachChunk(s.id(), (SampleChunk c) -> {
                maxSeq[0] = Math.max(maxSeq[0], c.sequence(c.frameCount() - 1));
                frames[0] += c.frameCount();
            });
            assertThat(maxSeq[0]).as("last committed frame vs last frame seen before the kill (%d)", seenBeforeKill)
                    .isGreaterThanOrEqualTo(seenBeforeKill - (long) RATE_HZ);
            assertThat(frames[0]).isEqualTo(maxSeq[0] + 1).isEqualTo(s.frameCount());
            assertThat(IntegrityCheck.verify(store, s.id())).isInstanceOf(IntegrityCheck.Intact.class);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db"));
             Statement st = c.createStatement(); ResultSet r = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(List.of(r.next() ? r.getString(1) : "")).containsExactly("ok");
        }
    }
}
