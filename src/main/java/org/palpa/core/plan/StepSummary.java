package org.palpa.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.palpa.core.bodymap.BodySite;
import org.palpa.core.bodymap.BodyZone;
import org.palpa.core.bodymap.Side;

/**
 * What one step of a plan came to: the row of the plan-adherence table. It is recorded as the
 * detail of the step's end event, in the text form of {@link #format()}, so reports read it back
 * from the record alone.
 *
 * @param stepNumber  1-based
 * @param site        the trigger point
 * @param side        the side
 * @param repsPlanned the step's repetitions
 * @param repsDone    repetitions finished (a redone one counts once)
 * @param holdsMet    repetitions whose hold met the band and time
 * @param meanForce   mean of the repetitions' hold means, in {@code unit}; NaN with no repetition
 * @param peakForce   highest value of any repetition, in {@code unit}; NaN with no repetition
 * @param timeInBandSeconds total time in the band over the repetitions
 * @param highestPain the highest pain marked during the step, or -1 if none
 * @param ceilings    how many times the pain reached the ceiling
 * @param skipped     whether the therapist skipped the step before its last repetition
 * @param finalBand   the band of the last repetition (lower than planned after a ceiling)
 * @param referral    zones the pain referred to, as recorded
 */
public record StepSummary(int stepNumber, BodySite site, Side side, int repsPlanned, int repsDone, int holdsMet,
                          double meanForce, double peakForce, double timeInBandSeconds, int highestPain, int ceilings,
                          boolean skipped, PlanBand finalBand, List<BodyZone> referral) {

    public StepSummary {
        referral = List.copyOf(referral);
    }

    /** Whether the final band is below the planned one because of a pain ceiling. */
    public boolean lowered() {
        return ceilings > 0;
    }

    /** The recorded form: space-separated {@code key=value} pairs. */
    public String format() {
        return String.format(Locale.ROOT, "step=%d site=%s side=%s reps=%d done=%d met=%d mean=%s peak=%s inband=%.2f "
                        + "pain=%d ceilings=%d skipped=%s band=%s referral=%s", stepNumber, site.key(), side.key(),
                repsPlanned, repsDone, holdsMet, num(meanForce), num(peakForce), timeInBandSeconds, highestPain, ceilings,
                skipped ? "yes" : "no", finalBand, String.join(",", referral.stream().map(BodyZone::key).toList()));
    }

    /** Reads {@link #format()}'s text back. */
    public static StepSummary parse(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String part : text.strip().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                f.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        try {
            List<BodyZone> zones = new ArrayList<>();
            for (String z : f.getOrDefault("referral", "").split(",")) {
                BodyZone.find(z).ifPresent(zones::add);
            }
            return new StepSummary(Integer.parseInt(f.get("step")), BodySite.fromName(f.get("site")),
                    Side.find(f.get("side")).orElseThrow(), Integer.parseInt(f.get("reps")),
                    Integer.parseInt(f.get("done")), Integer.parseInt(f.get("met")), Double.parseDouble(f.get("mean")),
                    Double.parseDouble(f.get("peak")), Double.parseDouble(f.get("inband")),
                    Integer.parseInt(f.get("pain")), Integer.parseInt(f.get("ceilings")),
                    "yes".equals(f.get("skipped")), PlanBand.parse(f.get("band")), zones);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a plan step summary: '" + text + "'");
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.2f", v);
    }
}
