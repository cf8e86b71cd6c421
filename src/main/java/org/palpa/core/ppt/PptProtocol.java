package org.palpa.core.ppt;

import java.util.Locale;
import org.palpa.core.hold.RateBand;
import org.palpa.core.sample.ProbeArea;

/**
 * How pressure pain thresholds are measured. The defaults follow the DFNS quantitative sensory
 * testing protocol (Rolke et al. 2006, Pain 123:231–243): a 1 cm² probe, a ramp of 50 kPa/s, three
 * trials per site, the result being their mean.
 *
 * @param probeArea              the probe's contact area
 * @param rateKpaPerSecond       the ramp rate the therapist aims for
 * @param rateToleranceKpaPerSecond how far a trial's ramp rate may stray before it is flagged invalid
 * @param trials                 trials per site, 1 to 10
 * @param restMillis             the rest between trials
 * @param ceilingKpa             a trial with no press stops here and gives no threshold
 * @param contactKpa             pressure at which a ramp is taken to have started, and below which
 *                               the probe is taken to be off the skin
 */
public record PptProtocol(ProbeArea probeArea, double rateKpaPerSecond, double rateToleranceKpaPerSecond, int trials,
                          long restMillis, double ceilingKpa, double contactKpa) {
    /** DFNS ramp rate, kPa/s (Rolke et al. 2006). */
    public static final double DFNS_RATE_KPA_PER_SECOND = 50;
    /** The default acceptable deviation from the rate: ±20 %, the band issue 12 asks for. */
    public static final double DEFAULT_TOLERANCE_KPA_PER_SECOND = 10;
    /** The default rest between trials; DFNS leaves it open and reliability studies use 20–60 s. */
    public static final long DEFAULT_REST_MILLIS = 30_000;
    /** A safety ceiling of 1000 kPa, twice the upper range of healthy DFNS reference values at the trunk. */
    public static final double DEFAULT_CEILING_KPA = 1000;
    /** 10 kPa (0.1 kgf on a 1 cm² tip): the probe rests on the skin; below this it is off. */
    public static final double DEFAULT_CONTACT_KPA = 10;

    public PptProtocol {
        if (probeArea == null) {
            throw new IllegalArgumentException("the probe area must be given");
        }
        if (!(rateKpaPerSecond > 0) || Double.isInfinite(rateKpaPerSecond)) {
            throw new IllegalArgumentException("the ramp rate must be above 0 kPa/s, was " + fmt(rateKpaPerSecond));
        }
        if (!(rateToleranceKpaPerSecond > 0) || !(rateToleranceKpaPerSecond < rateKpaPerSecond)) {
            throw new IllegalArgumentException("the rate tolerance must be above 0 and below the rate, was "
                    + fmt(rateToleranceKpaPerSecond) + " kPa/s");
        }
        if (trials < 1 || trials > 10) {
            throw new IllegalArgumentException("trials must be 1 to 10, was " + trials);
        }
        if (restMillis < 0) {
            throw new IllegalArgumentException("the rest must not be negative, was " + restMillis + " ms");
        }
        if (!(contactKpa > 0) || !(ceilingKpa > contactKpa * 2) || Double.isInfinite(ceilingKpa)) {
            throw new IllegalArgumentException("the ceiling must be above twice the contact pressure ("
                    + fmt(contactKpa) + " kPa), was " + fmt(ceilingKpa) + " kPa");
        }
    }

    /** The DFNS protocol with the default tolerance, rest and ceiling. */
    public static PptProtocol standard() {
        return new PptProtocol(ProbeArea.ALGOMETER_TIP, DFNS_RATE_KPA_PER_SECOND, DEFAULT_TOLERANCE_KPA_PER_SECOND, 3,
                DEFAULT_REST_MILLIS, DEFAULT_CEILING_KPA, DEFAULT_CONTACT_KPA);
    }

    /** The band a valid trial's ramp rate lies in. */
    public RateBand rateBand() {
        return new RateBand(rateKpaPerSecond - rateToleranceKpaPerSecond, rateKpaPerSecond + rateToleranceKpaPerSecond);
    }

    public PptProtocol withRate(double kpaPerSecond, double toleranceKpaPerSecond) {
        return new PptProtocol(probeArea, kpaPerSecond, toleranceKpaPerSecond, trials, restMillis, ceilingKpa, contactKpa);
    }

    public PptProtocol withTrials(int n, long rest) {
        return new PptProtocol(probeArea, rateKpaPerSecond, rateToleranceKpaPerSecond, n, rest, ceilingKpa, contactKpa);
    }

    public PptProtocol withCeiling(double kpa) {
        return new PptProtocol(probeArea, rateKpaPerSecond, rateToleranceKpaPerSecond, trials, restMillis, kpa, contactKpa);
    }

    public PptProtocol withProbeArea(ProbeArea area) {
        return new PptProtocol(area, rateKpaPerSecond, rateToleranceKpaPerSecond, trials, restMillis, ceilingKpa, contactKpa);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d trials at %s ± %s kPa/s on %.2f cm², %d s rest, ceiling %s kPa", trials,
                fmt(rateKpaPerSecond), fmt(rateToleranceKpaPerSecond), probeArea.squareCentimetres(), restMillis / 1000,
                fmt(ceilingKpa));
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
