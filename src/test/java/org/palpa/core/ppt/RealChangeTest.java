package org.palpa.core.ppt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealChangeTest {
    private static final PptSite TRAPEZIUS = PptSite.parse("upper-trapezius");

    private static List<double[]> sessions(int n, double spread) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double m = 250 + 10 * i;
            out.add(new double[] {m - spread, m, m + spread});
        }
        return out;
    }

    @Test
    void theUpperTrapeziusDefaultIsTheUpperEndOfThePublishedMdc() {
        SemSource s = RealChange.defaultFor(TRAPEZIUS);
        assertThat(s.mdc95Kpa()).isCloseTo(0.62 * 98.0665, within(1e-9));
        assertThat(s.clinic()).isFalse();
        assertThat(s.citation()).contains("Walton");
    }

    @Test
    void lowBackAndForearmUseMaillouxEtAl() {
        SemSource s = RealChange.defaultFor(PptSite.parse("forearm-extensors"));
        assertThat(s.mdc95Kpa()).isCloseTo(50.56, within(1e-9));
        assertThat(s.citation()).contains("PMC7802960");
        assertThat(RealChange.defaultFor(PptSite.parse("quadratus-lumborum"))).isEqualTo(s);
    }

    @Test
    void aChangeIsRealOnlyBeyondTheMdc() {
        SemSource s = RealChange.defaultFor(TRAPEZIUS);
        double mdc = s.mdc95Kpa();
        assertThat(RealChange.decide(300, 300 + mdc + 0.1, s).real()).isTrue();
        assertThat(RealChange.decide(300, 300 + mdc - 0.1, s).real()).isFalse();
        RealChange.Decision down = RealChange.decide(400, 300, s);
        assertThat(down.real()).isTrue();
        assertThat(down.text()).contains("a real decrease").contains("Source: default for the upper trapezius");
        assertThatThrownBy(() -> RealChange.decide(Double.NaN, 300, s)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClinicsOwnRepeatsReplaceTheDefaultOnceThereAreEnough() {
        // each session's trials are m-9, m, m+9: within-session SD 9, SEM of a 3-trial mean 9/sqrt(3)
        SemSource clinic = RealChange.semFor(TRAPEZIUS, sessions(RealChange.MIN_CLINIC_SESSIONS, 9));
        assertThat(clinic.clinic()).isTrue();
        assertThat(clinic.semKpa()).isCloseTo(9 / Math.sqrt(3), within(1e-9));
        assertThat(clinic.mdc95Kpa()).isCloseTo(1.96 * Math.sqrt(2) * 9 / Math.sqrt(3), within(1e-9));
        assertThat(clinic.citation()).contains("clinic's own repeats").contains("30 sessions");
        assertThat(RealChange.decide(300, 330, clinic).real()).isTrue(); // beyond 28.8 kPa, within the default's 60.8
        assertThat(RealChange.decide(300, 330, RealChange.defaultFor(TRAPEZIUS)).real()).isFalse();
    }

    @Test
    void tooFewRepeatsKeepTheDefaultAndSaySo() {
        SemSource few = RealChange.semFor(TRAPEZIUS, sessions(RealChange.MIN_CLINIC_SESSIONS - 1, 9));
        assertThat(few.clinic()).isFalse();
        assertThat(few.semKpa()).isEqualTo(RealChange.defaultFor(TRAPEZIUS).semKpa());
        assertThat(few.citation()).endsWith("the clinic has 29 of the 30 sessions with repeats at this site needed for its own SEM");
    }

    @Test
    void sessionsWithASingleValidTrialDoNotCountAsRepeats() {
        List<double[]> singles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            singles.add(new double[] {300 + i});
        }
        assertThat(RealChange.semFor(TRAPEZIUS, singles).clinic()).isFalse();
    }
}
