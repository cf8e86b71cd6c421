package org.palpa.app.recording;

import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.Subscription;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;
import org.palpa.core.session.SessionMark;

class RecordingControlTest {
    private static final org.palpa.app.port.RecordableSession DEVICE = new org.palpa.app.port.RecordableSession() {
        @Override
        public DeviceInfo device() {
            return new DeviceInfo("sim-algometer", "1", "1", List.of(new Channel(0, "probe", Unit.NEWTON)), 100);
        }

        @Override
        public SessionSettings settings() {
            throw new AssertionError("the control needs no settings");
        }

        @Override
        public List<org.palpa.core.calibration.CalibrationRef> calibrationRefs() {
            return List.of();
        }

        @Override
        public long latestTimestampNanos() {
            return 0;
        }

        @Override
        public Subscription subscribe(String name, int capacity, boolean lossless) {
            throw new AssertionError("the control subscribes to nothing");
        }
    };

    @Test
    void startPauseResumeStopReachTheJournalInOrderAndInvalidCommandsDoNot() {
        InMemoryJournal journal = new InMemoryJournal();
        RecordingControl rec = new RecordingControl(journal);

        assertThat(rec.pause()).isFalse();
        assertThat(rec.stop()).isFalse();
        assertThat(rec.start(null, "no session yet")).isFalse();
        assertThat(rec.start(DEVICE, "upper trapezius, left")).isTrue();
        assertThat(rec.start(DEVICE, "ignored")).isFalse();
        assertThat(rec.pause()).isTrue();
        assertThat(rec.state()).isEqualTo(RecordingControl.State.PAUSED);
        assertThat(rec.start(DEVICE, "ignored")).isTrue();
        assertThat(rec.stop()).isTrue();

        assertThat(journal.commands()).containsExactly("start sim-algometer at upper trapezius, left", "pause",
                "resume", "stop");
        assertThat(rec.state()).isEqualTo(RecordingControl.State.IDLE);
    }

    @Test
    void marksArePassedOnAndCounted() {
        InMemoryJournal journal = new InMemoryJournal();
        RecordingControl rec = new RecordingControl(journal);
        rec.mark(new SessionMark.PainScore(5, 7));
        rec.mark(new SessionMark.EventMarker(6, " twitch "));
        assertThat(journal.marks()).containsExactly(new SessionMark.PainScore(5, 7),
                new SessionMark.EventMarker(6, "twitch"));
        assertThat(rec.marks()).isEqualTo(2);
    }
}
