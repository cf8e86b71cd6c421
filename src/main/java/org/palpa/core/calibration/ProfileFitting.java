package org.palpa.core.calibration;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.palpa.core.sample.ProbeArea;

/** Turns the points of a calibration run into a profile: choose a model, measure it, record how it was made. */
public final class ProfileFitting {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** What a run yields: a profile, or why there is none. */
    public sealed interface Outcome {
        /** The selection report, for printing either way. */
        ModelSelection.Result selection();

        /** A profile was made. */
        record Made(CalibrationProfile profile, ModelSelection.Result selection) implements Outcome { }

        /** No model could be fitted. */
        record Failed(String reason, ModelSelection.Result selection) implements Outcome { }
    }

    /**
     * How the run was made.
     *
     * @param device            which device channel
     * @param sensor            what the sensor is
     * @param createdBy         who calibrated
     * @param createdAt         when
     * @param probeArea         contact area for pressures
     * @param validDays         how long the profile may be trusted
     * @param saturationCounts  the converter's clipping count, or +∞
     * @param referenceMassesKg the masses used
     */
    public record Context(CalibrationProfile.DeviceChannel device, String sensor, String createdBy, Instant createdAt,
                          ProbeArea probeArea, int validDays, double saturationCounts, List<Double> referenceMassesKg) { }

    private ProfileFitting() {
    }

    /**
     * Fits {@code points} (net of {@code tareCounts}) with each of {@code types} and builds the profile of the chosen model.
     */
    public static Outcome fit(Context context, double tareCounts, List<CalibrationPoint> points, List<FitType> types) {
        ModelSelection.Result selection = ModelSelection.choose(points, types);
        if (selection.chosen() == null) {
            return new Outcome.Failed(selection.reason(), selection);
        }
        Curve curve = selection.chosen().curve();
        double lo = points.stream().mapToDouble(CalibrationPoint::counts).min().orElseThrow();
        double hi = points.stream().mapToDouble(CalibrationPoint::counts).max().orElseThrow();
        ValidRange range = new ValidRange(lo, hi, curve.newtons(lo), curve.newtons(hi), context.saturationCounts());
        var d = context.device();
        String id = d.model() + "_" + d.serial() + "_" + d.label() + "_" + ID_TIME.format(context.createdAt());
        CalibrationProfile profile = new CalibrationProfile(id, d, context.sensor(), curve, selection.reason(),
                tareCounts, range, points, selection.chosen().quality(), PointSpread.of(curve, points),
                context.referenceMassesKg(), context.createdBy(), context.createdAt(), context.probeArea(),
                context.validDays(), "", List.of(), null);
        return new Outcome.Made(profile, selection);
    }
}
