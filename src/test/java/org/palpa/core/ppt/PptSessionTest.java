package org.palpa.core.ppt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.palpa.core.sample.ProbeArea;

class PptSessionTest {
    private static final long MS = 1_000_000L;
    private static final long PERIOD = 10 * MS;
    private static final PressDelay NO_DELAY = PressDelay.button(0, 0, 0);

    private final PptProtocol protocol = new PptProtocol(ProbeArea.ALGOMETER_TIP, 50, 10, 3, 2000, 1000, 10);

    /** Feeds a ramp of {@code rate} kPa/s from {@code start}, lagging by {@code lagMillis}, up to {@code until}; returns the next time. */
    private static long ramp(PptSession s, long start, double rate, long lagMillis, long until) {
        long t = start;
        for (; t <= until; t += PERIOD) {
            s.sample(t, Math.max(0, rate * (t - start - lagMillis * MS) / 1e9));
        }
        return t;
    }

    private static long rest(PptSession s, long from, long millis) {
        long t = from;
        for (; t < from + millis * MS; t += PERIOD) {
            s.sample(t, 0);
        }
        return t;
    }

    @Test
    void aSyntheticRampWithAKnownPressTimeGivesTheKnownThreshold() {
        PptSession s = new PptSession(protocol);
        long t = rest(s, 0, 100);
        long start = t;
        t = ramp(s, start, 50, 0, start + 6_000 * MS);
        assertThat(s.press(start + 6_000 * MS, NO_DELAY)).isTrue();
        TrialOutcome.Measured m = (TrialOutcome.Measured) s.outcomes().get(0);
        assertThat(m.thresholdKpa()).isCloseTo(300, within(1e-6));
        assertThat(m.valid()).isTrue();
        assertThat(m.rateKpaPerSecond()).isCloseTo(50, within(1e-6));
        assertThat(s.phase()).isEqualTo(PptSession.Phase.RELEASE);
    }

    @Test
    void theCorrectionUndoesConstructedButtonAndFilterDelays() {
        PptSession s = new PptSession(protocol);
        long t = rest(s, 0, 100);
        long start = t;
        // the smoothed signal shows each pressure 76 ms late; the button's event is 25 ms after the press at 6.003 s
        long press = start + 6_003 * MS;
        long observed = press + 25 * MS;
        ramp(s, start, 50, 76, observed);
        s.press(observed, PressDelay.button(20, 10, 76));
        ramp(s, start, 50, 76, observed + 200 * MS); // the reading waits for the filter's delay
        TrialOutcome.Measured m = (TrialOutcome.Measured) s.outcomes().get(0);
        assertThat(m.thresholdKpa()).isCloseTo(50 * 6.003, within(0.01));
        assertThat(m.pressNanos()).isEqualTo(press);
        assertThat(m.residualKpa()).isCloseTo(50 * 0.011, within(1e-9));
    }

    @Test
    void theKeyPathCorrectsForTransportAgeAndKeyLatency() {
        PptSession s = new PptSession(protocol);
        long start = rest(s, 0, 100);
        // frames arrive 8 ms old, the key is seen 5 ms after it went down: stamp = press + 5 - 8
        long press = start + 4_000 * MS;
        long observed = press + 5 * MS - 8 * MS;
        ramp(s, start, 50, 0, press + 300 * MS);
        s.press(observed, PressDelay.key(5, 8, 8, 0));
        TrialOutcome.Measured m = (TrialOutcome.Measured) s.outcomes().get(0);
        assertThat(m.thresholdKpa()).isCloseTo(200, within(0.01));
        assertThat(m.delay().path()).isEqualTo(PressPath.KEY);
    }

    @Test
    void aRampOutsideTheRateBandIsKeptButFlaggedWithTheReason() {
        PptSession s = new PptSession(protocol);
        long start = rest(s, 0, 100);
        ramp(s, start, 80, 0, start + 3_000 * MS);
        s.press(start + 3_000 * MS, NO_DELAY);
        TrialOutcome.Measured m = (TrialOutcome.Measured) s.outcomes().get(0);
        assertThat(m.thresholdKpa()).isCloseTo(240, within(1e-6));
        assertThat(m.valid()).isFalse();
        assertThat(m.invalidReason()).isEqualTo("ramp 80.0 kPa/s outside 40..60 kPa/s");
        assertThat(PptResult.of(PptSite.parse("soleus"), s.outcomes()).hasMean()).isFalse();
    }

    @Test
    void theCeilingStopsATrialWithNoPressAndGivesNoNumber() {
        PptSession s = new PptSession(protocol);
        long start = rest(s, 0, 100);
        ramp(s, start, 50, 0, start + 21_000 * MS);
        assertThat(s.outcomes()).hasSize(1);
        assertThat(s.outcomes().get(0)).isInstanceOf(TrialOutcome.NoThreshold.class);
        assertThat(s.press(start + 21_000 * MS, NO_DELAY)).isFalse();
        PptResult r = PptResult.of(PptSite.parse("soleus"), s.outcomes());
        assertThat(r.text()).isEqualTo("soleus: no valid trial (no threshold below the ceiling)");
        assertThat(PptRecordText.value(s.outcomes().get(0))).isNull();
    }

    @Test
    void aDisconnectVoidsTheRampAndTheProtocolGoesOnWithARepeat() {
        PptSession s = new PptSession(protocol);
        long t = rest(s, 0, 100);
        for (int trial = 0; trial < 4; trial++) {
            long start = t;
            t = ramp(s, start, 50, 0, start + 5_000 * MS);
            if (trial == 1) {
                s.disconnected(t);
            } else {
                s.press(t - PERIOD, NO_DELAY);
            }
            assertThat(s.phase()).isIn(PptSession.Phase.RELEASE, PptSession.Phase.READING);
            s.sample(t, 0);
            if (trial < 3) {
                assertThat(s.phase()).isEqualTo(PptSession.Phase.RESTING);
                assertThat(s.restRemainingMillis()).isEqualTo(2000);
                t = rest(s, t + PERIOD, 2000);
                s.sample(t, 0);
                assertThat(s.phase()).isEqualTo(PptSession.Phase.READY);
            }
        }
        assertThat(s.outcomes()).hasSize(4);
        assertThat(s.outcomes().get(1)).isEqualTo(new TrialOutcome.Voided(2, "device disconnected during the ramp"));
        assertThat(s.done()).isTrue();
        PptResult r = PptResult.of(PptSite.parse("soleus"), s.outcomes());
        assertThat(r.validCount()).isEqualTo(3);
        assertThat(r.meanKpa()).isCloseTo(250, within(1e-6));
        assertThat(r.sdKpa()).isCloseTo(0, within(1e-6));
    }

    @Test
    void theLiveRateMeterReadsTheRecentSlope() {
        PptSession s = new PptSession(protocol);
        long start = rest(s, 0, 100);
        ramp(s, start, 65, 0, start + 2_000 * MS);
        assertThat(s.liveRateKpaPerSecond()).isCloseTo(65, within(1e-6));
        assertThat(protocol.rateBand().contains(s.liveRateKpaPerSecond())).isFalse();
    }

    @Test
    void resultsGiveMeanSampleSdAndCv() {
        PressDelay d = NO_DELAY;
        PptResult r = PptResult.of(PptSite.parse("masseter", "left"), java.util.List.of(
                new TrialOutcome.Measured(1, 290, 50, null, d, 0, 0), new TrialOutcome.Measured(2, 300, 50, null, d, 0, 0),
                new TrialOutcome.Measured(3, 310, 50, null, d, 0, 0), new TrialOutcome.Measured(4, 500, 90, "fast", d, 0, 0)));
        assertThat(r.meanKpa()).isEqualTo(300);
        assertThat(r.sdKpa()).isCloseTo(10, within(1e-9));
        assertThat(r.cvPercent()).isCloseTo(3.333, within(0.001));
        assertThat(r.text()).isEqualTo("masseter/left: 300.0 kPa (SD 10.0 kPa, CV 3.3 %, 3 of 4 trials valid)");
    }
}
