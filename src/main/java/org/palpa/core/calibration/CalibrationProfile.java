package org.palpa.core.calibration;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.palpa.core.sample.ProbeArea;

/**
 * Everything known about one channel's calibration: which sensor, the curve and why it was
 * chosen, the points behind it, how good it is, who made it and when, and the checks since.
 * The constructor refuses a profile that breaks a rule, naming the field
 * ({@link InvalidProfileException}).
 *
 * @param id                 a stable name, such as {@code sim-glove-raw_SIM-1_thumb_20261126}
 * @param device             the device model, serial number and channel it belongs to
 * @param sensor             what the sensor is, such as {@code FSR} or {@code load cell}
 * @param curve              net counts to newtons
 * @param chosenBecause      why this model was chosen over the others
 * @param tareCounts         the raw reading with no load when the points were taken
 * @param range              the counts and forces covered
 * @param points             the points the curve was fitted from, net of the tare
 * @param quality            fit quality
 * @param spread             hysteresis and repeatability
 * @param referenceMassesKg  the masses placed, in kg
 * @param createdBy          who calibrated
 * @param createdAt          when
 * @param probeArea          contact area for pressures
 * @param validDays          how long the calibration may be trusted before it is due again
 * @param contentHash        {@code sha256:…} of the profile without hash and history, or empty before it is written
 * @param history            verification checks since, oldest first
 * @param drift              the FSR creep fitted from a recorded hold, or null; applied only on request
 */
public record CalibrationProfile(String id, DeviceChannel device, String sensor, Curve curve, String chosenBecause,
                                 double tareCounts, ValidRange range, List<CalibrationPoint> points,
                                 FitQuality quality, PointSpread spread, List<Double> referenceMassesKg,
                                 String createdBy, Instant createdAt, ProbeArea probeArea, int validDays,
                                 String contentHash, List<CalibrationCheck> history, CreepModel drift) {

    /**
     * The device channel a profile belongs to.
     *
     * @param model   device model
     * @param serial  device serial number
     * @param channel channel index in the device's frames
     * @param label   channel label
     */
    public record DeviceChannel(String model, String serial, int channel, String label) {
        public DeviceChannel {
            require(model, "device.model");
            require(serial, "device.serial");
            require(label, "device.label");
            if (channel < 0) {
                throw new InvalidProfileException("device.channel", "must not be negative, was " + channel);
            }
        }
    }

    public CalibrationProfile {
        require(id, "id");
        if (device == null) {
            throw new InvalidProfileException("device", "is missing");
        }
        require(sensor, "sensor");
        if (curve == null) {
            throw new InvalidProfileException("fit", "is missing");
        }
        chosenBecause = chosenBecause == null ? "" : chosenBecause;
        if (!Double.isFinite(tareCounts)) {
            throw new InvalidProfileException("tareCounts", "must be a finite number, was " + tareCounts);
        }
        if (range == null || quality == null || spread == null || createdAt == null || probeArea == null) {
            throw new InvalidProfileException(range == null ? "range" : quality == null ? "quality"
                    : spread == null ? "quality.hysteresis" : createdAt == null ? "createdAt" : "probeAreaCm2", "is missing");
        }
        require(createdBy, "createdBy");
        points = List.copyOf(points);
        referenceMassesKg = List.copyOf(referenceMassesKg);
        history = history == null ? List.of() : List.copyOf(history);
        contentHash = contentHash == null ? "" : contentHash;
        if (validDays <= 0) {
            throw new InvalidProfileException("validDays", "must be a positive number of days, was " + validDays);
        }
        checkPoints(points, curve);
        double low = curve.type() == FitType.POWER ? Math.max(0, range.minCounts()) : range.minCounts();
        if (!curve.increasingOver(low, range.maxCounts())) {
            throw new InvalidProfileException("fit.coefficients", String.format(Locale.ROOT,
                    "the %s curve is not strictly rising over %.1f..%.1f counts", curve.type().id(),
                    range.minCounts(), range.maxCounts()));
        }
    }

    private static void checkPoints(List<CalibrationPoint> points, Curve curve) {
        if (points.size() < curve.type().parameters()) {
            throw new InvalidProfileException("points", "a " + curve.type().id() + " fit needs at least "
                    + curve.type().parameters() + " points, the profile has " + points.size());
        }
        Set<CalibrationPoint> seen = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            if (!seen.add(points.get(i))) {
                CalibrationPoint p = points.get(i);
                throw new InvalidProfileException("points[" + i + "]", String.format(Locale.ROOT,
                        "duplicates an earlier point (%s counts, %s N, %s)", p.counts(), p.newtons(),
                        p.direction().name().toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidProfileException(field, "is missing or blank");
        }
    }

    /** The calibration to run on live readings. */
    /**
     * The share of full scale above which a profile's held-out error makes it poor. A project
     * choice, not a standard: at 5 % a 40 N target could be off by 2 N, more than the ±10 % band's
     * half-width leaves for the therapist's own variation.
     */
    public static final double POOR_PERCENT_FULL_SCALE = 5.0;

    /** The largest held-out error (the one the model choice used) as a percentage of full scale; NaN if unknown. */
    public double heldOutPercentFullScale() {
        double fs = range.fullScaleNewtons();
        return fs > 0 ? 100 * quality.heldOutMaxNewtons() / fs : Double.NaN;
    }

    /** Whether the held-out error is unknown or above {@link #POOR_PERCENT_FULL_SCALE}; such a profile is written only on request. */
    public boolean poor() {
        double pct = heldOutPercentFullScale();
        return !(pct <= POOR_PERCENT_FULL_SCALE);
    }

    /**
     * The quality in one line, as sessions record it: the held-out error first (the figure the model
     * was chosen on), then the in-sample fit, and POOR when it is.
     */
    public String qualityText() {
        if (Double.isNaN(heldOutPercentFullScale())) {
            return String.format(java.util.Locale.ROOT, "POOR: %s, held-out error not recorded in the profile; in-sample R² %.6f",
                    curve.type().id(), quality.rSquared());
        }
        return String.format(java.util.Locale.ROOT, "%s%s, held-out max error %.3f N (%.2f%% of full scale %.2f N), "
                        + "held-out RMS %.3f N, in-sample R² %.6f", poor() ? "POOR: " : "", curve.type().id(),
                quality.heldOutMaxNewtons(), heldOutPercentFullScale(), range.fullScaleNewtons(),
                quality.heldOutRmsNewtons(), quality.rSquared());
    }

    public ProfileCalibration calibration() {
        return new ProfileCalibration(curve, tareCounts, range, ref());
    }

    /** The id and hash a session records. */
    public CalibrationRef ref() {
        return new CalibrationRef(id, contentHash.isEmpty() ? "unhashed" : contentHash, qualityText());
    }

    /** The same profile with its content hash set. */
    public CalibrationProfile withHash(String hash) {
        return new CalibrationProfile(id, device, sensor, curve, chosenBecause, tareCounts, range, points, quality,
                spread, referenceMassesKg, createdBy, createdAt, probeArea, validDays, hash, history, drift);
    }

    /** The same profile with one more check in its history. */
    public CalibrationProfile withCheck(CalibrationCheck check) {
        List<CalibrationCheck> more = new java.util.ArrayList<>(history);
        more.add(check);
        return new CalibrationProfile(id, device, sensor, curve, chosenBecause, tareCounts, range, points, quality,
                spread, referenceMassesKg, createdBy, createdAt, probeArea, validDays, contentHash, more, drift);
    }

    /** The same profile with a creep model, before it is hashed. */
    public CalibrationProfile withDrift(CreepModel model) {
        return new CalibrationProfile(id, device, sensor, curve, chosenBecause, tareCounts, range, points, quality,
                spread, referenceMassesKg, createdBy, createdAt, probeArea, validDays, "", history, model);
    }

    /** This profile with its reason saying it was written POOR on request ({@code --accept-poor}), before it is hashed. */
    public CalibrationProfile markedPoor() {
        return new CalibrationProfile(id, device, sensor, curve, "POOR (written with --accept-poor): " + chosenBecause,
                tareCounts, range, points, quality, spread, referenceMassesKg, createdBy, createdAt, probeArea, validDays, "",
                history, drift);
    }

    /** When the profile is due again. */
    public Instant expiresAt() {
        return createdAt.plus(Duration.ofDays(validDays));
    }

    /** A warning for the user when the profile is past its validity at {@code now}. */
    public Optional<String> validityWarning(Instant now) {
        if (now.isAfter(expiresAt())) {
            long days = Duration.between(expiresAt(), now).toDays();
            return Optional.of(String.format(Locale.ROOT, "calibration %s is out of date: valid for %d days from %s, "
                    + "expired %d day%s ago; recalibrate or run 'palpa calibration check'", id, validDays,
                    createdAt.toString().substring(0, 10), days, days == 1 ? "" : "s"));
        }
        return Optional.empty();
    }
}
