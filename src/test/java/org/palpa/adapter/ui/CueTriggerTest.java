package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.palpa.adapter.ui.sound.SoundCue;

class CueTriggerTest {
    private static final long S = 1_000_000_000L;

    @Test
    void aToneOnEnteringTheBandAChimeOncePerContactAndAWarningRepeatedWhileOver() {
        CueTrigger t = new CueTrigger();
        assertThat(t.next(DisplayState.UNDER, false, 0)).isNull();
        assertThat(t.next(DisplayState.IN_BAND, false, 1)).isEqualTo(SoundCue.ENTER_BAND);
        assertThat(t.next(DisplayState.IN_BAND, false, 2)).isNull();
        assertThat(t.next(DisplayState.IN_BAND, true, 3)).isEqualTo(SoundCue.HOLD_COMPLETE);
        assertThat(t.next(DisplayState.IN_BAND, true, 4)).isNull();
        assertThat(t.next(DisplayState.OVER, true, 5 * S)).isEqualTo(SoundCue.OVER_MAX);
        assertThat(t.next(DisplayState.OVER, true, 6 * S)).isNull();
        assertThat(t.next(DisplayState.OVER, true, 5 * S + CueTrigger.OVER_REPEAT_NANOS)).isEqualTo(SoundCue.OVER_MAX);
        assertThat(t.next(DisplayState.IN_BAND, true, 8 * S)).isNull();
        assertThat(t.next(DisplayState.NO_CONTACT, false, 9 * S)).isNull();
        assertThat(t.next(DisplayState.IN_BAND, false, 10 * S)).isEqualTo(SoundCue.ENTER_BAND);
        assertThat(t.next(DisplayState.IN_BAND, true, 11 * S)).isEqualTo(SoundCue.HOLD_COMPLETE);
    }

    @Test
    void beyondCalibrationWarnsLikeOver() {
        CueTrigger t = new CueTrigger();
        assertThat(t.next(DisplayState.BEYOND_CALIBRATION, false, 0)).isEqualTo(SoundCue.OVER_MAX);
    }
}
