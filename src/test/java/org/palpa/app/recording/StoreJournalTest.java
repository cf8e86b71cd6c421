package org.palpa.app.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.live.LiveFeed;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.session.SessionMark;
import org.palpa.core.sim.SimulatedDeviceSpec;

class StoreJournalTest {
    @Test
    void givenADiskThatFillsUp_thenTheStatusSaysSoInOneLineAndTheLiveFeedGoesOn() throws Exception {
        InMemoryWriter disk = new InMemoryWriter(false, 2);
        disk.release.countDown();
        List<String> log = new CopyOnWriteArrayList<>();
        StoreJournal journal = new StoreJournal(disk, s -> Recordings.meta(s.device(), "gui test"), log::add);
        try (LiveFeed feed = LiveFeed.start(new SimulatedTransport(SimulatedDeviceSpec.algometer(), 3, 5, 0),
                SessionSettings.of(Recordings.TARGET, 0), 10)) {
            journal.start(feed, "");
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!journal.status().problem() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long framesAtFailure = feed.health().frames();
            Thread.sleep(500);

            assertThat(journal.status().problem()).isTrue();
            assertThat(journal.status().text()).matches("session 1 is recorded only up to \\d+\\.\\d s of signal "
                    + "\\(\\d+ frames\\); the rest is NOT recorded: cannot write session 1 in fake\\.db: the disk is full; "
                    + "live feedback goes on");
            assertThat(log).containsExactly(journal.status().text());
            assertThat(feed.health().frames()).as("frames shown after the disk filled up").isGreaterThan(framesAtFailure);
            assertThat(feed.health().endReason()).isNull();
        }
        List<RecordingResult> results = journal.close(10, TimeUnit.SECONDS);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.problem()).contains("the disk is full"));
        RecordingResult result = results.get(0);
        assertThat(result.framesWritten()).as("two appends of the 100 Hz algometer were committed").isPositive();
        assertThat(result.recordedSeconds()).isEqualTo(result.framesWritten() / 100.0);
        assertThat(journal.status().text()).isEqualTo(result.partLine(null)).contains("the rest was NOT recorded");
        assertThat(journal.allRecorded()).as("the window's command exits 3 on this").isFalse();
        assertThat(disk.status).as("a failed session is not marked complete").isEqualTo(SessionStatus.RECORDING);
    }

    @Test
    void marksBeforeAnyRecordingAreCountedAsNotKept() throws Exception {
        InMemoryWriter disk = new InMemoryWriter(false, -1);
        StoreJournal journal = new StoreJournal(disk, s -> Recordings.meta(s.device(), "gui test"), line -> { });
        journal.mark(new SessionMark.PainScore(0, 4));
        journal.mark(new SessionMark.EventMarker(0, ""));
        assertThat(journal.close(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(journal.status().text()).isEqualTo("not recording: 2 mark(s) not kept; press Record");
        assertThat(journal.allRecorded()).as("nothing was asked to be recorded").isTrue();
        assertThat(disk.entries).isEmpty();
    }

    @Test
    void windowMarksBecomePainScoresAndAnnotations() {
        assertThat(StoreJournal.event(new SessionMark.PainScore(5, 8)))
                .isEqualTo(new RecordedEvent(5, RecordedEvent.Kind.PAIN, 8.0, "key 8"));
        assertThat(StoreJournal.event(new SessionMark.EventMarker(6, "twitch")))
                .isEqualTo(new RecordedEvent(6, RecordedEvent.Kind.ANNOTATION, null, "twitch"));
        assertThat(StoreJournal.event(new SessionMark.SiteChosen(7, "infraspinatus, right")))
                .isEqualTo(new RecordedEvent(7, RecordedEvent.Kind.ANNOTATION, null, "body site: infraspinatus, right"));
    }
}
