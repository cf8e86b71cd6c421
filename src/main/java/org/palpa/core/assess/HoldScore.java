package org.palpa.core.assess;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.palpa.core.hold.HoldResult;

/**
 * The score of one hold.
 *
 * @param hold          the hold scored
 * @param subscores     each sub-score that applies to this hold, 0 to 100
 * @param bandCredit    time in band with partial credit for near misses, 0 to 100: what the total uses
 * @param total         the weighted total, 0 to 100
 * @param feedbackShown whether live feedback was shown during the hold, or null if not recorded
 */
public record HoldScore(HoldResult hold, Map<SubScore, Double> subscores, double bandCredit, double total,
                        Boolean feedbackShown) {

    public HoldScore {
        subscores = Collections.unmodifiableMap(new EnumMap<>(subscores));
        if (!(total >= 0 && total <= 100) || !(bandCredit >= 0 && bandCredit <= 100)) {
            throw new IllegalArgumentException("a score is 0 to 100, was " + total + " (band credit " + bandCredit + ")");
        }
    }
}
