package org.palpa.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.sample.ProbeArea;

class CalibrationProfileTest {
    private static CalibrationProfile linear(int validDays, List<CalibrationPoint> points) {
        Curve curve = new Curve(FitType.LINEAR, new double[] {0, 0.01});
        return new CalibrationProfile("p", new CalibrationProfile.DeviceChannel("m", "s", 0, "probe"), "load cell", curve,
                "", 100, new ValidRange(0, 3000, 0, 30, 65535), points, new FitQuality(1, 0, 0, 0, 0),
                PointSpread.of(curve, points), List.of(1.0), "me", Instant.parse("2026-01-01T00:00:00Z"),
                ProbeArea.ALGOMETER_TIP, validDays, "", List.of(), null);
    }

    private static final List<CalibrationPoint> POINTS = List.of(CalibrationPoint.loading(0, 0),
            CalibrationPoint.loading(1000, 10), CalibrationPoint.loading(3000, 30));

    @Test
    void givenAProfilePastItsValidity_thenItWarnsWithHowLongAgoItExpired() {
        CalibrationProfile p = linear(30, POINTS);
        assertThat(p.validityWarning(Instant.parse("2026-01-20T00:00:00Z"))).isEmpty();
        assertThat(p.validityWarning(Instant.parse("2026-02-10T12:00:00Z"))).hasValueSatisfying(w ->
                assertThat(w).contains("valid for 30 days from 2026-01-01").contains("expired 10 days ago"));
    }

    @Test
    void givenFewerPointsThanTheModelHasCoefficients_thenTheProfileIsRefusedNamingPoints() {
        assertThatThrownBy(() -> linear(30, List.of(CalibrationPoint.loading(0, 0))))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessage("points: a linear fit needs at least 2 points, the profile has 1");
    }

    @Test
    void givenANonPositiveValidity_thenRefused() {
        assertThatThrownBy(() -> linear(0, POINTS)).hasMessageStartingWith("validDays:");
    }

    @Test
    void givenACheckWithinAndOutsideTolerance_thenItPassesOrFailsAgainstFullScale() {
        CalibrationProfile p = linear(30, POINTS);
        // Full scale 30 N; 2% is 0.6 N. 1500 net counts read 15 N.
        var ok = CalibrationCheck.judge(p, new double[] {14.5}, new double[] {100 + 1500}, 2, "me", Instant.EPOCH);
        var bad = CalibrationCheck.judge(p, new double[] {14.0}, new double[] {100 + 1500}, 2, "me", Instant.EPOCH);
        assertThat(ok.passed()).isTrue();
        assertThat(bad.passed()).isFalse();
        assertThat(bad.points().get(0).errorPercentFullScale()).isCloseTo(100.0 / 30, org.assertj.core.api.Assertions.within(1e-9));
    }
}
