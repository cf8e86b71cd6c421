package org.palpa.core.pipeline;

import java.util.Arrays;
import org.palpa.core.calibration.RangeStatus;
import org.palpa.core.hold.BandState;

/**
 * A frame after calibration, filtering and tracking: what feedback shows and recorders keep.
 *
 * @param timestampNanos the frame's timestamp
 * @param sequence       the frame's sequence number
 * @param raw            the values as the device sent them
 * @param forceNewtons   calibrated force per channel, unfiltered
 * @param smoothed       filtered value per channel, in the target unit
 * @param states         band state per channel
 * @param heldMillis     time in band so far in the current contact, per channel
 * @param rangeStatus    per channel, whether the raw reading was inside its calibrated range
 */
public record ProcessedFrame(long timestampNanos, long sequence, double[] raw, double[] forceNewtons,
                             double[] smoothed, BandState[] states, double[] heldMillis, RangeStatus[] rangeStatus) {

    /** A frame whose channels are all in range, as from a device that reports its own force unit. */
    public ProcessedFrame(long timestampNanos, long sequence, double[] raw, double[] forceNewtons,
                          double[] smoothed, BandState[] states, double[] heldMillis) {
        this(timestampNanos, sequence, raw, forceNewtons, smoothed, states, heldMillis, allInRange(raw.length));
    }

    private static RangeStatus[] allInRange(int channels) {
        RangeStatus[] s = new RangeStatus[channels];
        Arrays.fill(s, RangeStatus.IN_RANGE);
        return s;
    }

    public int channelCount() {
        return raw.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessedFrame p && p.timestampNanos == timestampNanos && p.sequence == sequence
                && Arrays.equals(p.raw, raw) && Arrays.equals(p.smoothed, smoothed)
                && Arrays.equals(p.states, states) && Arrays.equals(p.rangeStatus, rangeStatus);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timestampNanos) * 31 + Arrays.hashCode(smoothed);
    }

    @Override
    public String toString() {
        return "ProcessedFrame[t=" + timestampNanos + ", seq=" + sequence + ", smoothed="
                + Arrays.toString(smoothed) + ", states=" + Arrays.toString(states) + "]";
    }
}
