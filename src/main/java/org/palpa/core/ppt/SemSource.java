package org.palpa.core.ppt;

/**
 * Where a standard error of measurement comes from, so that every real-change answer can say it.
 *
 * @param semKpa     the standard error of measurement of a site's result, kPa
 * @param clinic     whether it was estimated from the clinic's own repeat measurements
 * @param citation   the source in words: the study and its figure, or the clinic data used
 */
public record SemSource(double semKpa, boolean clinic, String citation) {
    public SemSource {
        if (!(semKpa > 0) || Double.isInfinite(semKpa) || citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("a SEM must be positive and say where it comes from");
        }
    }

    /** MDC95 = 1.96 × √2 × SEM: the smallest change between two results that exceeds measurement error with 95 % confidence. */
    public double mdc95Kpa() {
        return 1.96 * Math.sqrt(2) * semKpa;
    }
}
