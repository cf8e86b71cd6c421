package org.palpa.core.assess;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;

/**
 * Scores holds against their target, in the manner of CPR-training manikins: each sub-skill as
 * a percentage, and a total that is not binary, because a sample just outside the band earns
 * part of its credit (docs/assessment.md gives the formulas and a worked example).
 *
 * <p>Every interval between two samples is credited to the later sample, as the hold tracker
 * does. Pure: no I/O, and the same input always gives the same score.
 */
public final class TechniqueScorer {
    private final AssessmentRules rules;

    public TechniqueScorer(AssessmentRules rules) {
        this.rules = rules;
    }

    /** Scores every hold, each against the target its channel was tracked against. */
    public Assessment score(List<HoldTrace> traces, java.util.function.IntFunction<Target> targetOfChannel) {
        return scoreEach(traces, t -> targetOfChannel.apply(t.hold().channel()));
    }

    /** Scores every hold against its own target, as the steps of a treatment plan give them. */
    public Assessment scoreEach(List<HoldTrace> traces, java.util.function.Function<HoldTrace, Target> targetOfHold) {
        List<HoldScore> scores = new ArrayList<>();
        for (HoldTrace t : traces) {
            scores.add(scoreHold(t, targetOfHold.apply(t)));
        }
        Map<SubScore, Double> means = new EnumMap<>(SubScore.class);
        for (SubScore s : SubScore.values()) {
            scores.stream().filter(h -> h.subscores().containsKey(s)).mapToDouble(h -> h.subscores().get(s))
                    .average().ifPresent(m -> means.put(s, m));
        }
        double total = scores.stream().mapToDouble(HoldScore::total).average().orElse(0);
        return new Assessment(scores, means, total, rules.passMark(), !scores.isEmpty() && total >= rules.passMark());
    }

    /** Scores one hold against {@code target}. */
    public HoldScore scoreHold(HoldTrace trace, Target target) {
        HoldResult h = trace.hold();
        double falloff = rules.falloffFraction() * (target.max() - target.min()) / 2;
        double window = 0;
        double inBand = 0;
        double credit = 0;
        double over = 0;
        long[] t = trace.timesNanos();
        double[] v = trace.values();
        for (int i = 1; i < t.length; i++) {
            if (t[i] <= h.holdStartNanos() || t[i] > h.holdEndNanos()) {
                continue;
            }
            double dt = (t[i] - t[i - 1]) / 1e9;
            window += dt;
            credit += dt * credit(v[i], target, falloff);
            if (v[i] > target.max()) {
                over += dt;
            } else if (v[i] >= target.min()) {
                inBand += dt;
            }
        }
        Map<SubScore, Double> s = new EnumMap<>(SubScore.class);
        s.put(SubScore.TIME_IN_BAND, window > 0 ? 100 * inBand / window : 0);
        s.put(SubScore.DURATION, 100 * Math.min(1, h.timeInBandNanos() / (target.holdMillis() * 1e6)));
        if (!target.rampRate().isAny()) {
            s.put(SubScore.RAMP_RATE, 100 * rampCredit(h.rampRatePerSecond(), target.rampRate()));
        }
        s.put(SubScore.STEADINESS, 100 * steadiness(h.coefficientOfVariation()));
        double overFraction = window > 0 ? over / window : 0;
        double exceed = h.peak() - target.max();
        double size = exceed <= 0 ? 1 : Math.max(0, 1 - exceed / falloff);
        s.put(SubScore.OVERSHOOT, 100 * (1 - overFraction) * size);
        double releaseMillis = (h.contactEndNanos() - h.holdEndNanos()) / 1e6;
        s.put(SubScore.RELEASE, 100 * Math.min(1, releaseMillis / rules.releaseGoalMillis()));
        if (!trace.painScores().isEmpty()) {
            long within = trace.painScores().stream().filter(p -> p <= rules.painCeiling()).count();
            s.put(SubScore.PAIN_CEILING, 100.0 * within / trace.painScores().size());
        }
        double bandCredit = window > 0 ? 100 * credit / window : 0;
        double weighted = 0;
        double weights = 0;
        for (var e : s.entrySet()) {
            double w = rules.weights().of(e.getKey());
            weighted += w * (e.getKey() == SubScore.TIME_IN_BAND ? bandCredit : e.getValue());
            weights += w;
        }
        double total = weights > 0 ? weighted / weights : 0;
        return new HoldScore(h, s, clamp(bandCredit), clamp(total), trace.feedbackShown());
    }

    /** Full credit in the band, falling linearly to none {@code falloff} units outside it. */
    static double credit(double value, Target target, double falloff) {
        double distance = value < target.min() ? target.min() - value : value > target.max() ? value - target.max() : 0;
        return Math.max(0, 1 - distance / falloff);
    }

    /** Full credit in the rate band, falling linearly to none when the rate is off by the whole nearer edge. */
    static double rampCredit(double rate, RateBand band) {
        if (band.contains(rate)) {
            return 1;
        }
        double edge = rate < band.minPerSecond() ? band.minPerSecond() : band.maxPerSecond();
        return edge <= 0 ? 0 : Math.max(0, 1 - Math.abs(rate - edge) / edge);
    }

    private double steadiness(double cv) {
        if (!(cv > rules.steadyCv())) {
            return Double.isNaN(cv) ? 0 : 1;
        }
        return Math.max(0, (rules.unsteadyCv() - cv) / (rules.unsteadyCv() - rules.steadyCv()));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }
}
