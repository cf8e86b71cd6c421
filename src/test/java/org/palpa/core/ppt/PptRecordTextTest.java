package org.palpa.core.ppt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PptRecordTextTest {
    private final PptSite site = PptSite.parse("upper-trapezius", "left");
    private final PressDelay delay = PressDelay.button(20, 10, 76);

    @Test
    void aValidTrialReadsBackWithItsSiteAndThreshold() {
        TrialOutcome t = new TrialOutcome.Measured(2, 312.4, 49.8, null, delay, 0.6, 0);
        String detail = PptRecordText.trial(site, 3, t);
        assertThat(detail).startsWith("upper-trapezius/left trial 2 of 3: 312.4 kPa ±0.6, ramp 49.8 kPa/s, valid; device button:");
        assertThat(PptRecordText.read(detail, PptRecordText.value(t)))
                .contains(new PptRecordText.StoredTrial(site, 2, 312.4, true));
    }

    @Test
    void invalidCeilingAndVoidTrialsReadBackAsNotValid() {
        for (TrialOutcome t : new TrialOutcome[] {new TrialOutcome.Measured(1, 400, 80, "ramp 80.0 kPa/s outside 40..60 kPa/s",
                delay, 1, 0), new TrialOutcome.NoThreshold(1, 50, 1000), new TrialOutcome.Voided(1, TrialOutcome.DISCONNECTED)}) {
            var back = PptRecordText.read(PptRecordText.trial(site, 3, t), PptRecordText.value(t));
            assertThat(back).isPresent();
            assertThat(back.get().valid()).isFalse();
        }
    }

    @Test
    void textItDidNotWriteIsIgnored() {
        assertThat(PptRecordText.read("a note about the trial", null)).isEmpty();
        assertThat(PptRecordText.read("nose trial 1 of 3: 300 kPa, valid; key", 300.0)).isEmpty();
    }

    @Test
    void aSiteWithoutASideMatchesEitherSide() {
        assertThat(PptSite.parse("upper-trapezius").matches(site)).isTrue();
        assertThat(PptSite.parse("upper-trapezius", "right").matches(site)).isFalse();
        assertThat(PptSite.parse("Upper trapezius/LEFT")).isEqualTo(site);
    }
}
