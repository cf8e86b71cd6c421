package org.palpa.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.palpa.core.hold.BandState;

class BandSignalTest {
    private static final long MS = 1_000_000;

    /** Milliseconds the output is on during the first {@code spanMs} of a state, sampled every millisecond. */
    private static int onMillis(BandState state, int spanMs) {
        int on = 0;
        for (int t = 0; t < spanMs; t++) {
            on += BandSignal.on(state, t * MS) ? 1 : 0;
        }
        return on;
    }

    @Test
    void inBandIsSteadyNoContactIsSilent() {
        assertThat(onMillis(BandState.IN_BAND, 2000)).isEqualTo(2000);
        assertThat(onMillis(BandState.NO_CONTACT, 2000)).isZero();
        assertThat(BandSignal.on(null, 0)).isFalse();
    }

    @Test
    void overBeepsFastAtHalfDuty() {
        assertThat(onMillis(BandState.OVER, 1600)).isEqualTo(800);
        assertThat(BandSignal.on(BandState.OVER, 0)).as("the first beep starts at once").isTrue();
        assertThat(BandSignal.on(BandState.OVER, 80 * MS)).isFalse();
        assertThat(BandSignal.on(BandState.OVER, 160 * MS)).isTrue();
    }

    @Test
    void underTicksBrieflyOnceASecond() {
        assertThat(onMillis(BandState.UNDER, 3000)).isEqualTo(3 * 40);
        assertThat(BandSignal.on(BandState.UNDER, 1000 * MS)).isTrue();
        assertThat(BandSignal.on(BandState.UNDER, 1040 * MS)).isFalse();
    }
}
