package org.palpa.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.record.RecordedEvent;
import org.palpa.app.recording.Recorder;
import org.palpa.app.recording.Recordings;
import org.palpa.core.sim.SimulatedDeviceSpec;

class LiveNotesTest {
    @TempDir
    Path dir;

    @Test
    void typedNumbersFromZeroToTenArePainScoresAndOtherLinesAreAnnotations() throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            LivePipeline pipeline = new LivePipeline(new SimulatedTransport(SimulatedDeviceSpec.algometer(), 1, 5, 0),
                    SessionSettings.of(Recordings.TARGET, 4));
            Recorder recorder = Recorder.subscribe(pipeline, store, p -> { });
            long id = recorder.begin(Recordings.meta(pipeline.start(), "test"));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread.sleep(200);
            LiveNotes.read(new ByteArrayInputStream("7\n\nleft side tender\n11\n7.5\n".getBytes(StandardCharsets.UTF_8)), recorder,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            var summary = pipeline.await(30, TimeUnit.SECONDS);
            recorder.finish(summary, 30, TimeUnit.SECONDS);

            assertThat(store.events(id)).filteredOn(e -> e.kind() != RecordedEvent.Kind.SESSION_END)
                    .extracting(RecordedEvent::kind, RecordedEvent::value, RecordedEvent::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(RecordedEvent.Kind.PAIN, 7.0, ""),
                            org.assertj.core.groups.Tuple.tuple(RecordedEvent.Kind.ANNOTATION, null, "left side tender"));
            assertThat(store.events(id).get(0).timestampNanos()).isPositive();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("noted pain 7/10", "noted: left side tender",
                    "'11' was not recorded", "'7.5' was not recorded");
        }
    }
}
