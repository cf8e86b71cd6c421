package org.palpa.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palpa.core.bodymap.BodySite;
import org.palpa.core.bodymap.BodyZone;
import org.palpa.core.bodymap.Side;

/**
 * A point treated in one or more steps, as the body chart marks it: its dose and its highest pain.
 *
 * @param site              the trigger point
 * @param side              the side
 * @param peakForce         the highest force over its repetitions, NaN if none was done
 * @param timeInBandSeconds total time in the band
 * @param highestPain       the highest pain marked, or -1
 * @param referral          where the pain was recorded to refer
 * @param painHistory       the highest pain of each session in order, -1 where none was marked
 *                          (one entry for a single session)
 */
public record TreatedPoint(BodySite site, Side side, double peakForce, double timeInBandSeconds, int highestPain,
                           List<BodyZone> referral, List<Integer> painHistory) {

    public TreatedPoint {
        referral = List.copyOf(referral);
        painHistory = List.copyOf(painHistory);
    }

    /** The points of one session's steps; steps at the same site and side add up. */
    public static List<TreatedPoint> of(List<StepSummary> steps) {
        return across(List.of(steps));
    }

    /** The points of several sessions' steps, each session given in order, with the pain at each over time. */
    public static List<TreatedPoint> across(List<List<StepSummary>> sessions) {
        Map<String, Acc> points = new LinkedHashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            for (StepSummary s : sessions.get(i)) {
                Acc a = points.computeIfAbsent(s.site().key() + "/" + s.side().key(), k -> new Acc(s.site(), s.side()));
                if (!Double.isNaN(s.peakForce())) {
                    a.peak = Double.isNaN(a.peak) ? s.peakForce() : Math.max(a.peak, s.peakForce());
                }
                a.inBand += s.timeInBandSeconds();
                a.pain = Math.max(a.pain, s.highestPain());
                a.referral.addAll(s.referral());
                a.painBySession.merge(i, s.highestPain(), Math::max);
            }
        }
        List<TreatedPoint> out = new ArrayList<>();
        for (Acc a : points.values()) {
            List<Integer> history = new ArrayList<>(a.painBySession.values());
            out.add(new TreatedPoint(a.site, a.side, a.peak, a.inBand, a.pain, List.copyOf(a.referral), history));
        }
        return out;
    }

    private static final class Acc {
        final BodySite site;
        final Side side;
        double peak = Double.NaN;
        double inBand;
        int pain = -1;
        final Set<BodyZone> referral = new LinkedHashSet<>();
        final Map<Integer, Integer> painBySession = new LinkedHashMap<>();

        Acc(BodySite site, Side side) {
            this.site = site;
            this.side = side;
        }
    }
}
