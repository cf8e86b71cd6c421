package org.palpa.cli.live;

import org.palpa.cli.CliRunner;
import org.palpa.cli.GatedDevice;
import org.palpa.cli.options.RecordOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.LiveFeed;
import org.palpa.app.recording.RecordingControl;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.record.StoredSession;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.Unit;
import org.palpa.core.session.SessionMark;
import picocli.CommandLine;

/**
 * The window's recording path without a window: the controls and marks go through the same
 * {@link RecordingControl} and journal the window uses, into a real SQLite store.
 */
class WindowRecordingTest {
    private static final Target TARGET = new Target(36, 44, Unit.NEWTON, 3_000, RateBand.ANY);
    /** 8 s per press: 1 s rest, 1 s ramp to 40 N, 4 s hold, 0.5 s release, 1.5 s rest. */
    private static final int PRESS = 800;

    @TempDir
    Path dir;

    private static double press(long sequence) {
        double t = (sequence % PRESS) / 100.0;
        if (t < 1) {
            return 0;
        }
        if (t < 2) {
            return 40 * (t - 1);
        }
        if (t < 6) {
            return 40;
        }
        if (t < 6.5) {
            return 40 * (1 - (t - 6) / 0.5);
        }
        return 0;
    }

    @Test
    void givenARecordingWithAPauseAndPainMarks_thenTheStoreKeepsExactlyTheUnpausedFramesTheMarksAndTheHoldsIntact()
            throws Exception {
        RecordOptions options = new RecordOptions();
        new CommandLine(options).parseArgs("--data-dir", dir.toString(), "--client", "C-0007", "--site", "room 2");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WindowRecording recording = WindowRecording.open(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        RecordingControl control = new RecordingControl(recording.journal());
        GatedDevice device = new GatedDevice();
        LiveFeed feed = LiveFeed.start(device, SessionSettings.of(TARGET, 0), 10);
        try (JdbcSessionStore reader = JdbcSessionStore.openSqlite(dir)) {
            control.start(feed, "upper trapezius, left");
            await(() -> recording.journal().status().text().startsWith("session "));
            long id = Long.parseLong(recording.journal().status().text().substring("session ".length()));

            device.send(PRESS, WindowRecordingTest::press);                    // frames 0-799: kept, one hold
            await(() -> frames(reader, id) == PRESS);
            control.pause();
            await(() -> kinds(reader, id).contains(RecordedEvent.Kind.RECORDING_PAUSED));
            device.send(PRESS, WindowRecordingTest::press);                    // frames 800-1599: paused, one hold
            control.mark(new SessionMark.PainScore(12_000_000_000L, 3));        // a mark during the pause is kept
            Thread.sleep(1000); // the recorder drains every 20 ms; the resume must come after it saw the paused frames
            control.start(feed, "ignored: this resumes");
            await(() -> kinds(reader, id).contains(RecordedEvent.Kind.RECORDING_RESUMED));
            device.send(400, WindowRecordingTest::press);                      // frames 1600-1999
            control.mark(new SessionMark.PainScore(20_000_000_000L, 6));
            control.mark(new SessionMark.EventMarker(20_000_000_000L, "marked with the space bar"));
            control.mark(new SessionMark.SiteChosen(20_000_000_000L, "levator scapulae, left"));
            device.send(400, WindowRecordingTest::press);                      // frames 2000-2399: a second kept hold
            await(() -> frames(reader, id) == 2 * PRESS);
            control.stop();                                                     // the device stays connected
            await(() -> reader.find(id).orElseThrow().status() == SessionStatus.COMPLETE);
            device.send(200, WindowRecordingTest::press);                      // after the stop: not recorded
            await(() -> feed.latestTimestampNanos() == 2599 * 10_000_000L);

            StoredSession s = reader.find(id).orElseThrow();
            assertThat(s.frameCount()).isEqualTo(2 * PRESS);
            assertThat(s.lostFrames()).isZero();
            assertThat(s.meta().clientCode()).isEqualTo("C-0007");
            assertThat(s.meta().site()).isEqualTo("room 2");
            assertThat(s.meta().source()).isEqualTo("gui gated-algometer");
            assertThat(s.endReason()).isEqualTo("stopped in the window");
            List<Long> sequences = new ArrayList<>();
            reader.forEachChunk(id, c -> addSequences(c, sequences));
            assertThat(sequences).hasSize(2 * PRESS).doesNotContainAnyElementsOf(range(PRESS, 2 * PRESS))
                    .containsAll(range(0, PRESS)).containsAll(range(2 * PRESS, 3 * PRESS));

            List<RecordedEvent> events = reader.events(id);
            assertThat(events).extracting(RecordedEvent::kind).containsExactly(RecordedEvent.Kind.ANNOTATION,
                    RecordedEvent.Kind.RECORDING_PAUSED, RecordedEvent.Kind.PAIN, RecordedEvent.Kind.RECORDING_RESUMED,
                    RecordedEvent.Kind.PAIN, RecordedEvent.Kind.ANNOTATION, RecordedEvent.Kind.ANNOTATION,
                    RecordedEvent.Kind.SESSION_END);
            assertThat(events.get(0).detail()).isEqualTo("body site: upper trapezius, left");
            assertThat(events.get(2).value()).isEqualTo(3.0);
            assertThat(events.get(3).detail()).contains("800 frames and 1 holds of the pause were not kept");
            assertThat(events.get(4).value()).isEqualTo(6.0);
            assertThat(events.get(6).detail()).isEqualTo("body site: levator scapulae, left");

            List<HoldResult> holds = reader.holds(id);
            assertThat(holds).hasSize(2).allSatisfy(h -> assertThat(h.outcome()).isEqualTo(HoldOutcome.MET));
            assertThat(holds.get(0).holdStartNanos()).isLessThan(PRESS * 10_000_000L);
            assertThat(holds.get(1).holdStartNanos()).isGreaterThanOrEqualTo(2 * PRESS * 10_000_000L);

            CliRunner.Result verify = CliRunner.run("sessions", "verify", Long.toString(id), "--data-dir", dir.toString());
            assertThat(verify.exitCode()).isZero();
            assertThat(verify.out()).contains("session " + id + ": intact");
            Path edf = dir.resolve("paused.edf");
            CliRunner.Result export = CliRunner.run("sessions", "export", Long.toString(id), "--format", "edf", "-o",
                    edf.toString(), "--data-dir", dir.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(java.nio.file.Files.size(edf)).isPositive();
            Path pdf = dir.resolve("paused.pdf");
            CliRunner.Result report = CliRunner.run("sessions", "report", Long.toString(id), "-o", pdf.toString(),
                    "--data-dir", dir.toString());
            assertThat(report.exitCode()).as(report.err()).isZero();
            assertThat(java.nio.file.Files.size(pdf)).isPositive();
        } finally {
            recording.close();
            feed.close();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Recorded session 1 (1600 frames)");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void closingTheWindowWhileRecordingFinishesTheSessionComplete() throws Exception {
        RecordOptions options = new RecordOptions();
        new CommandLine(options).parseArgs("--data-dir", dir.toString());
        WindowRecording recording = WindowRecording.open(options, new PrintStream(new ByteArrayOutputStream()),
                System.err);
        RecordingControl control = new RecordingControl(recording.journal());
        GatedDevice device = new GatedDevice();
        try (LiveFeed feed = LiveFeed.start(device, SessionSettings.of(TARGET, 0), 10)) {
            control.start(feed, "");
            await(() -> recording.journal().status().text().startsWith("session "));
            device.send(250, WindowRecordingTest::press);
            await(() -> feed.latestTimestampNanos() == 249 * 10_000_000L);
            recording.close(); // what the window's close does, with the recording still running
        }
        try (JdbcSessionStore reader = JdbcSessionStore.openSqlite(dir)) {
            StoredSession s = reader.list(org.palpa.app.port.SessionReader.Filter.ALL).get(0);
            assertThat(s.status()).isEqualTo(SessionStatus.COMPLETE);
            assertThat(s.endReason()).isEqualTo("the window was closed");
            assertThat(s.frameCount()).isEqualTo(250);
        }
    }

    @Test
    void noRecordKeepsNothingAndSaysSo() throws Exception {
        RecordOptions options = new RecordOptions();
        new CommandLine(options).parseArgs("--no-record", "--data-dir", dir.toString());
        try (WindowRecording recording = WindowRecording.open(options, System.out, System.err)) {
            assertThat(recording.records()).isFalse();
            assertThat(recording.journal().status().text()).isEqualTo("not recorded (--no-record)");
        }
        assertThat(dir.resolve("palpa.db")).doesNotExist();
    }

    private static void addSequences(SampleChunk c, List<Long> into) {
        for (int i = 0; i < c.frameCount(); i++) {
            into.add(c.sequence(i));
        }
    }

    private static List<Long> range(long from, long to) {
        return java.util.stream.LongStream.range(from, to).boxed().toList();
    }

    private static long frames(JdbcSessionStore reader, long id) {
        return reader.find(id).map(StoredSession::frameCount).orElse(-1L);
    }

    private static List<RecordedEvent.Kind> kinds(JdbcSessionStore reader, long id) {
        return reader.events(id).stream().map(RecordedEvent::kind).toList();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for the recording");
            }
            Thread.sleep(20);
        }
    }
}
