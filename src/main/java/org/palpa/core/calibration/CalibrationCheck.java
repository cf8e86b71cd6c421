package org.palpa.core.calibration;

import java.time.Instant;
import java.util.List;

/**
 * A verification of a profile with known weights: each weight's reading against its true force,
 * judged against a tolerance in percent of full scale.
 *
 * @param at                          when
 * @param by                          who checked
 * @param tolerancePercentFullScale   the largest error allowed, in % of the profile's full scale
 * @param points                      one entry per weight
 * @param passed                      whether every point was within tolerance
 */
public record CalibrationCheck(Instant at, String by, double tolerancePercentFullScale, List<Point> points,
                               boolean passed) {
    /**
     * One weight's result.
     *
     * @param referenceNewtons  the weight's true force
     * @param measuredNewtons   what the calibration read
     * @param errorPercentFullScale (measured − reference) in % of full scale
     * @param status            whether the reading was in the calibrated range
     */
    public record Point(double referenceNewtons, double measuredNewtons, double errorPercentFullScale,
                        RangeStatus status) { }

    public CalibrationCheck {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a calibration check needs at least one weight");
        }
        if (!(tolerancePercentFullScale > 0)) {
            throw new IllegalArgumentException("check tolerance must be positive, was " + tolerancePercentFullScale);
        }
    }

    /**
     * Judges raw readings of known forces through {@code profile}.
     *
     * @param referenceNewtons the true force of each weight
     * @param rawCounts        the steady raw reading under each weight
     */
    public static CalibrationCheck judge(CalibrationProfile profile, double[] referenceNewtons, double[] rawCounts,
                                         double tolerancePercentFullScale, String by, Instant at) {
        ProfileCalibration cal = profile.calibration();
        double fullScale = profile.range().fullScaleNewtons();
        List<Point> pts = new java.util.ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < referenceNewtons.length; i++) {
            double measured = cal.toNewtons(rawCounts[i]);
            double err = 100 * (measured - referenceNewtons[i]) / fullScale;
            RangeStatus status = cal.rangeStatus(rawCounts[i]);
            ok &= Math.abs(err) <= tolerancePercentFullScale && status != RangeStatus.SATURATED;
            pts.add(new Point(referenceNewtons[i], measured, err, status));
        }
        return new CalibrationCheck(at, by, tolerancePercentFullScale, pts, ok);
    }
}
