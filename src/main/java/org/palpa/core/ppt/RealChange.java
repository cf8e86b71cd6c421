package org.palpa.core.ppt;

import java.util.List;
import java.util.Locale;


/**
 * Decides whether a change between two results is real: it must exceed MDC95 = 1.96 × √2 × SEM.
 * The SEM comes from the clinic's own repeat measurements at the site once there are
 * {@link #MIN_CLINIC_SESSIONS} of them, else from a published default (see docs/ppt.md).
 */
public final class RealChange {
    /**
     * Sessions with at least two valid trials needed before the clinic's own SEM replaces the
     * default. Thirty three-trial sessions give about 60 degrees of freedom, so the estimated SD is
     * within about ±9 % (1/√(2·df)) — tighter than the spread between published values.
     */
    public static final int MIN_CLINIC_SESSIONS = 30;

    /** kg/cm² to kPa (standard gravity over 1 cm²). */
    private static final double KPA_PER_KGF_CM2 = 98.0665;
    private static final double MDC_TO_SEM = 1.96 * Math.sqrt(2);
    /** Upper trapezius, MDC95 0.34–0.62 kg/cm² (Walton et al. 2011, JOSPT 41:644–650, and later trapezius studies); the upper end is used. */
    private static final SemSource TRAPEZIUS = new SemSource(0.62 * KPA_PER_KGF_CM2 / MDC_TO_SEM, false,
            "default for the upper trapezius: MDC95 0.62 kg/cm² (60.8 kPa), the upper end of the 0.34–0.62 kg/cm² "
                    + "reported for the upper trapezius (e.g. Walton et al. 2011, JOSPT 41:644)");
    /** Low back and forearm, MDC 28.71–50.56 kPa (Mailloux et al. 2021, PLoS ONE 16:e0245278, PMC7802960); the upper end. */
    private static final SemSource BACK_FOREARM = new SemSource(50.56 / MDC_TO_SEM, false,
            "default for the low back and forearm: MDC 50.6 kPa, the upper end of 28.7–50.6 kPa "
                    + "(Mailloux et al. 2021, PLoS ONE 16:e0245278, PMC7802960)");

    private RealChange() {
    }

    /** The published default for {@code site}; a site without its own figure gets the largest default. */
    public static SemSource defaultFor(PptSite site) {
        return switch (site.site().key()) {
            case "upper-trapezius" -> TRAPEZIUS;
            case "quadratus-lumborum", "forearm-extensors" -> BACK_FOREARM;
            default -> new SemSource(TRAPEZIUS.semKpa(), false, "no published default for " + site.site().key()
                    + "; the largest default is used, the upper trapezius's MDC95 0.62 kg/cm² (60.8 kPa; e.g. Walton et "
                    + "al. 2011, JOSPT 41:644)");
        };
    }

    /**
     * The SEM for {@code site}: from {@code repeats} (each session's valid thresholds there, any
     * client) once {@link #MIN_CLINIC_SESSIONS} have two or more, else the default. The clinic's SEM
     * is the pooled within-session SD of single trials divided by √(mean trials per session), the
     * standard error of a session's mean.
     */
    public static SemSource semFor(PptSite site, List<double[]> repeats) {
        double ss = 0;
        long df = 0;
        long values = 0;
        int usable = 0;
        for (double[] r : repeats) {
            if (r.length < 2) {
                continue;
            }
            usable++;
            double mean = java.util.Arrays.stream(r).average().orElseThrow();
            for (double x : r) {
                ss += (x - mean) * (x - mean);
            }
            df += r.length - 1;
            values += r.length;
        }
        if (usable < MIN_CLINIC_SESSIONS || ss <= 0) {
            SemSource d = defaultFor(site);
            return new SemSource(d.semKpa(), false, d.citation() + String.format(Locale.ROOT,
                    "; the clinic has %d of the %d sessions with repeats at this site needed for its own SEM", usable,
                    MIN_CLINIC_SESSIONS));
        }
        double perTrial = Math.sqrt(ss / df);
        double sem = perTrial / Math.sqrt((double) values / usable);
        return new SemSource(sem, true, String.format(Locale.ROOT, "the clinic's own repeats: pooled within-session SD "
                + "%.1f kPa over %d sessions at %s (%d trials), SEM %.1f kPa", perTrial, usable, site.site().key(), values, sem));
    }

    /**
     * The decision on a change from {@code beforeKpa} to {@code afterKpa}.
     *
     * @param changeKpa after minus before
     * @param mdcKpa    the MDC95 it is compared with
     * @param real      whether |change| exceeds the MDC95
     * @param source    where the SEM came from
     */
    public record Decision(double beforeKpa, double afterKpa, double changeKpa, double mdcKpa, boolean real,
                           SemSource source) {
        /** A sentence for people, naming the source. */
        public String text() {
            String verdict = real ? (changeKpa > 0 ? "a real increase (less sensitive to pressure)"
                    : "a real decrease (more sensitive to pressure)") : "not a real change (within measurement error)";
            return String.format(Locale.ROOT, "%.1f → %.1f kPa: change %+.1f kPa, MDC95 %.1f kPa: %s. Source: %s",
                    beforeKpa, afterKpa, changeKpa, mdcKpa, verdict, source.citation());
        }
    }

    public static Decision decide(double beforeKpa, double afterKpa, SemSource source) {
        if (!Double.isFinite(beforeKpa) || !Double.isFinite(afterKpa)) {
            throw new IllegalArgumentException("both results need a mean to compare");
        }
        double change = afterKpa - beforeKpa;
        double mdc = source.mdc95Kpa();
        return new Decision(beforeKpa, afterKpa, change, mdc, Math.abs(change) > mdc, source);
    }
}
