package org.palpa.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drives the debouncer with a fake clock, one sample every millisecond as the button poller does. */
class DebouncerTest {
    private static final long MS = 1_000_000;

    /** Feeds {@code levels} one millisecond apart from {@code startMs} and returns the changes with their times. */
    private static List<String> feed(Debouncer d, long startMs, String levels) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < levels.length(); i++) {
            Debouncer.Change c = d.sample(levels.charAt(i) == '1', (startMs + i) * MS);
            if (c != Debouncer.Change.NONE) {
                changes.add(c + "@" + (startMs + i));
            }
        }
        return changes;
    }

    @Test
    void givenAContactThatBouncesThenHolds_thenOnePressIsReportedOnceItHeldForTheSettleTime() {
        Debouncer d = new Debouncer(20 * MS, false);
        String bouncing = "0000" + "1010011011" + "1".repeat(30);
        // the last bounce ends at index 12 (level 1 from then on); 20 ms later is index 32
        assertThat(feed(d, 0, bouncing)).containsExactly("ROSE@32");
        assertThat(d.level()).isTrue();
    }

    @Test
    void givenSpikesShorterThanTheSettleTime_thenNothingIsReported() {
        Debouncer d = new Debouncer(20 * MS, false);
        String spikes = ("1".repeat(19) + "0".repeat(5)).repeat(10);
        assertThat(feed(d, 0, spikes)).isEmpty();
        assertThat(d.level()).isFalse();
    }

    @Test
    void aPressAndItsReleaseAreBothReported() {
        Debouncer d = new Debouncer(10 * MS, false);
        assertThat(feed(d, 100, "1".repeat(15) + "0".repeat(15))).containsExactly("ROSE@110", "FELL@125");
    }

    @Test
    void givenIrregularSamplingByAFakeClock_thenTheSettleTimeIsMeasuredInTimeNotInSamples() {
        Debouncer d = new Debouncer(20 * MS, true);
        assertThat(d.sample(false, 0)).isEqualTo(Debouncer.Change.NONE);
        assertThat(d.sample(false, 19 * MS)).isEqualTo(Debouncer.Change.NONE);
        assertThat(d.sample(false, 20 * MS)).isEqualTo(Debouncer.Change.FELL);
        assertThat(d.sample(false, 500 * MS)).isEqualTo(Debouncer.Change.NONE);
    }
}
