package org.palpa.core.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.palpa.core.stream.MarkerGate.Verdict;

class MarkerGateTest {
    @Test
    void markersThatAreEmptyTooLongOrHoldControlCharactersAreRefusedAndCounted() {
        MarkerGate gate = new MarkerGate(20, 40);
        assertThat(gate.offer("stimulus on", 0)).isEqualTo(Verdict.KEPT);
        assertThat(gate.offer("  ", 0)).isEqualTo(Verdict.EMPTY);
        assertThat(gate.offer("x".repeat(MarkerGate.MAX_CHARS + 1), 0)).isEqualTo(Verdict.TOO_LONG);
        assertThat(gate.offer("x".repeat(MarkerGate.MAX_CHARS), 0)).isEqualTo(Verdict.KEPT);
        assertThat(gate.offer("bell\u0007", 0)).isEqualTo(Verdict.CONTROL_CHARACTERS);
        assertThat(gate.offer("line\nbreak", 0)).isEqualTo(Verdict.CONTROL_CHARACTERS);
        assertThat(gate.count(Verdict.KEPT)).isEqualTo(2);
        assertThat(gate.refused()).isEqualTo(4);
    }

    @Test
    void aBurstAboveTheRateIsCutOffAndTheRateRecoversWithTime() {
        MarkerGate gate = new MarkerGate(10, 5);
        for (int i = 0; i < 5; i++) {
            assertThat(gate.offer("m" + i, 0)).isEqualTo(Verdict.KEPT);
        }
        assertThat(gate.offer("one too many", 0)).isEqualTo(Verdict.TOO_FAST);
        // 100 ms at 10 a second earns one more
        assertThat(gate.offer("later", 100_000_000L)).isEqualTo(Verdict.KEPT);
        assertThat(gate.offer("too soon", 100_000_000L)).isEqualTo(Verdict.TOO_FAST);
        assertThat(gate.count(Verdict.TOO_FAST)).isEqualTo(2);
    }
}
