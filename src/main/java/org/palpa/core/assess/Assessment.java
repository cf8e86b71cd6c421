package org.palpa.core.assess;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The technique score of a session or trace: each hold's score, the sub-scores averaged over
 * the holds, the total (the mean of the holds' totals) and whether it reaches the pass mark.
 *
 * @param holds     every hold's score, in order
 * @param subscores each sub-score's mean over the holds it applies to
 * @param total     the mean of the holds' totals, 0 when there is no hold
 * @param passMark  the mark the total had to reach
 * @param passed    whether there was at least one hold and the total reached the pass mark
 */
public record Assessment(List<HoldScore> holds, Map<SubScore, Double> subscores, double total, double passMark,
                         boolean passed) {

    public Assessment {
        holds = List.copyOf(holds);
        subscores = Collections.unmodifiableMap(subscores.isEmpty() ? new EnumMap<>(SubScore.class) : new EnumMap<>(subscores));
    }

    /** The mean total of the holds during which feedback was shown ({@code true}) or hidden ({@code false}). */
    public OptionalDouble totalWithFeedback(boolean shown) {
        return holds.stream().filter(h -> h.feedbackShown() != null && h.feedbackShown() == shown)
                .mapToDouble(HoldScore::total).average();
    }

    /** How many holds had feedback shown ({@code true}) or hidden ({@code false}). */
    public long holdsWithFeedback(boolean shown) {
        return holds.stream().filter(h -> h.feedbackShown() != null && h.feedbackShown() == shown).count();
    }
}
