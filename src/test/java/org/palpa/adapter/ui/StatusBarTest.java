package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.palpa.app.recording.RecordingControl;
import org.palpa.app.port.SessionJournal;

class StatusBarTest {
    @Test
    void aRecordingProblemIsShortenedToWhatHappenedAndWhyWithTheFullLineAsTooltip() {
        StatusBar bar = new StatusBar();
        String full = "recording stopped: cannot write session 4 in /data/palpa.db: the disk is full; live feedback goes on, "
                + "the session keeps what was committed";
        bar.showRecording(RecordingControl.State.RECORDING, 2, new SessionJournal.Status(full, true), false);
        assertThat(bar.recording.getText()).isEqualTo("⚠ recording stopped: the disk is full");
        assertThat(bar.recording.getToolTipText()).isEqualTo(full);
    }

    @Test
    void givenTheStoreFailsMidSession_thenABannerSaysInFullUpToWhenItWasRecordedAndThatTheRestIsNot() {
        StatusBar bar = new StatusBar();
        bar.showRecording(RecordingControl.State.RECORDING, 0, new SessionJournal.Status("session 3", false), false);
        assertThat(bar.banner.isVisible()).as("no banner while all is kept").isFalse();
        String full = "session 3 is recorded only up to 2.0 s of signal (200 frames); the rest is NOT recorded: cannot "
                + "write session 3 in /mnt/tiny/palpa.db: the disk is full; live feedback goes on";
        bar.showRecording(RecordingControl.State.RECORDING, 0, new SessionJournal.Status(full, true), false);
        assertThat(bar.banner.isVisible()).isTrue();
        assertThat(bar.banner.getText()).isEqualTo("⚠ " + full);
    }

    @Test
    void whileRecordingItShowsTheSessionAndTheMarks() {
        StatusBar bar = new StatusBar();
        bar.showRecording(RecordingControl.State.PAUSED, 1, new SessionJournal.Status("session 12, frames not kept",
                false), false);
        assertThat(bar.recording.getText()).isEqualTo("❚❚ recording paused · session 12, frames not kept · 1 mark");
        assertThat(StatusBar.brief("mark not kept: too many notes waiting for the disk"))
                .isEqualTo("mark not kept: too many notes waiting for the disk");
    }
}
