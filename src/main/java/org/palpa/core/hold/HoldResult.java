package org.palpa.core.hold;

import org.palpa.core.sample.Unit;

/**
 * One finished hold on one channel: when it happened, how steady it was, and its outcome.
 *
 * <p>A hold lives inside one contact. It starts at the first sample that reached the band's lower
 * edge and ends at the last sample at or above it before the release. If the band was never
 * reached, start and end are those of the contact. Statistics cover the hold's samples.
 *
 * @param channel            the channel id
 * @param index              the 1-based number of this hold on its channel
 * @param contactStartNanos  first sample at or above the contact-on threshold
 * @param holdStartNanos     first sample in or above the band
 * @param holdEndNanos       last sample in or above the band before release
 * @param contactEndNanos    last sample before the value fell below contact-off
 * @param timeInBandNanos    time spent inside the band between start and end
 * @param timeOverNanos      time spent above the band between start and end
 * @param mean               mean value over the hold
 * @param peak               highest value during the contact
 * @param coefficientOfVariation standard deviation over mean, as a fraction
 * @param rampRatePerSecond  least-squares slope from contact start to hold start, in unit/s
 * @param rampRateInBand     whether the ramp rate met the target's rate band
 * @param outcome            the verdict against the target
 * @param unit               the unit of mean, peak and ramp rate
 */
public record HoldResult(int channel, int index, long contactStartNanos, long holdStartNanos, long holdEndNanos,
                         long contactEndNanos, long timeInBandNanos, long timeOverNanos, double mean, double peak,
                         double coefficientOfVariation, double rampRatePerSecond, boolean rampRateInBand,
                         HoldOutcome outcome, Unit unit) {

    /** Hold duration, end minus start, in seconds. */
    public double durationSeconds() {
        return (holdEndNanos - holdStartNanos) / 1e9;
    }

    public double timeInBandSeconds() {
        return timeInBandNanos / 1e9;
    }

    public double timeOverSeconds() {
        return timeOverNanos / 1e9;
    }
}
