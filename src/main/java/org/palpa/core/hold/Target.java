package org.palpa.core.hold;

import java.util.Locale;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.sample.Unit;

/**
 * What the therapist aims for: a band of force or pressure, held for a duration, optionally
 * reached at a given ramp rate.
 *
 * @param min        lower edge of the band, in {@code unit}
 * @param max        upper edge of the band, in {@code unit}; above {@code min}
 * @param unit       a force or pressure unit, or counts for a session on uncalibrated raw values
 *                   ({@code --raw}); the pipeline tracks, shows and stores values in this unit
 * @param holdMillis how long the pressure must stay in the band
 * @param rampRate   acceptable ramp rate into the hold, in {@code unit} per second
 */
public record Target(double min, double max, Unit unit, long holdMillis, RateBand rampRate) {

    public Target {
        if (unit == null) {
            throw new IllegalArgumentException("a target needs a unit");
        }
        if (!(min > 0) || !(max > min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "target band needs 0 < min < max, was %.3f..%.3f %s", min, max, unit));
        }
        if (holdMillis <= 0) {
            throw new IllegalArgumentException("hold duration must be positive, was " + holdMillis + " ms");
        }
        rampRate = rampRate == null ? RateBand.ANY : rampRate;
    }

    /**
     * A band around {@code centre}. The tolerance is written as a percentage ({@code 10%}) or as a
     * quantity ({@code 4N}, converted with {@code area} if it is a pressure).
     */
    public static Target around(Quantity centre, String tolerance, long holdMillis, ProbeArea area) {
        String tol = tolerance.trim();
        double half;
        if (tol.endsWith("%")) {
            double pct;
            try {
                pct = Double.parseDouble(tol.substring(0, tol.length() - 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("tolerance '" + tolerance + "' is not a percentage such as 10%");
            }
            if (!(pct > 0) || pct >= 100) {
                throw new IllegalArgumentException("tolerance must be between 0% and 100%, was " + tolerance);
            }
            half = centre.value() * pct / 100.0;
        } else {
            half = Quantity.parse(tol).in(centre.unit(), area);
        }
        return new Target(centre.value() - half, centre.value() + half, centre.unit(), holdMillis, RateBand.ANY);
    }

    /** This target with a ramp-rate band. */
    public Target withRampRate(RateBand band) {
        return new Target(min, max, unit, holdMillis, band);
    }

    /** Classifies a value that is in contact. */
    public BandState classify(double value) {
        if (value < min) {
            return BandState.UNDER;
        }
        return value > max ? BandState.OVER : BandState.IN_BAND;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f..%.2f %s for %.1f s", min, max, unit.symbol(), holdMillis / 1000.0);
    }
}
