package org.palpa.core.ppt;

import java.util.List;
import java.util.Locale;


/**
 * The result at one site: the mean, SD and CV of the valid trials. With no valid trial there is
 * no mean; {@link #text()} says why.
 *
 * @param site           where it was measured
 * @param trials         every trial, valid or not
 * @param validCount     how many trials count
 * @param meanKpa        mean of the valid thresholds; NaN with none
 * @param sdKpa          their sample standard deviation; NaN with fewer than two
 * @param cvPercent      SD / mean × 100; NaN with fewer than two
 */
public record PptResult(PptSite site, List<TrialOutcome> trials, int validCount, double meanKpa, double sdKpa,
                        double cvPercent) {
    public PptResult {
        if (site == null) {
            throw new IllegalArgumentException("a result needs a site");
        }
        trials = List.copyOf(trials);
    }

    /** Summarises {@code trials} at {@code site}. */
    public static PptResult of(PptSite site, List<TrialOutcome> trials) {
        double[] v = trials.stream().filter(t -> t instanceof TrialOutcome.Measured m && m.valid())
                .mapToDouble(t -> ((TrialOutcome.Measured) t).thresholdKpa()).toArray();
        double mean = v.length == 0 ? Double.NaN : java.util.Arrays.stream(v).average().orElseThrow();
        double sd = Double.NaN;
        if (v.length >= 2) {
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            sd = Math.sqrt(ss / (v.length - 1));
        }
        return new PptResult(site, trials, v.length, mean, sd, v.length >= 2 ? sd / mean * 100 : Double.NaN);
    }

    /** Whether there is a mean to report. */
    public boolean hasMean() {
        return validCount > 0;
    }

    /** Such as {@code upper-trapezius/left: 312.4 kPa (SD 14.2, CV 4.5 %, 3 of 3 trials valid)}. */
    public String text() {
        if (!hasMean()) {
            boolean ceiling = trials.stream().anyMatch(t -> t instanceof TrialOutcome.NoThreshold);
            return site + ": no valid trial" + (ceiling ? " (" + TrialOutcome.NO_THRESHOLD + ")" : "");
        }
        String spread = validCount < 2 ? "SD and CV need two valid trials"
                : String.format(Locale.ROOT, "SD %.1f kPa, CV %.1f %%", sdKpa, cvPercent);
        return String.format(Locale.ROOT, "%s: %.1f kPa (%s, %d of %d trials valid)", site, meanKpa, spread,
                validCount, trials.size());
    }
}
