package org.palpa.core.hold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaxHoldCueTest {
    private static final long MS = 1_000_000L;

    @Test
    void releaseIsCuedOnceAContactHasLastedTheMaximumAndClearsOnRelease() {
        MaxHoldCue cue = new MaxHoldCue(1000);
        assertThat(cue.update(0, BandState.NO_CONTACT)).isFalse();
        assertThat(cue.update(100 * MS, BandState.UNDER)).isFalse();
        assertThat(cue.update(1099 * MS, BandState.IN_BAND)).isFalse();
        assertThat(cue.update(1100 * MS, BandState.IN_BAND)).isTrue();
        assertThat(cue.firstDue()).isTrue();
        assertThat(cue.update(1200 * MS, BandState.OVER)).isTrue();
        assertThat(cue.firstDue()).isFalse();
        assertThat(cue.update(1300 * MS, BandState.NO_CONTACT)).isFalse();
        assertThat(cue.update(1400 * MS, BandState.IN_BAND)).isFalse();
    }

    @Test
    void aMaximumOfZeroNeverCues() {
        MaxHoldCue cue = new MaxHoldCue(0);
        cue.update(0, BandState.IN_BAND);
        assertThat(cue.update(3_600_000 * MS, BandState.IN_BAND)).isFalse();
    }
}
