package org.palpa.app.live;

/**
 * How well data is reaching the display, for the status bar.
 *
 * @param frames          frames received by the display feed
 * @param lostFrames      frames missing from the device's sequence numbers
 * @param droppedFrames   frames the pipeline had no room for
 * @param displayOverflow frames the display feed had no room for (shown later frames instead)
 * @param deviceErrors    errors the device or link reported, such as CRC failures
 * @param reconnects      times the link was re-established
 * @param rateHz          frames per second over the last second of host time
 * @param endReason       why the stream ended, or null while it runs
 */
public record LinkHealth(long frames, long lostFrames, long droppedFrames, long displayOverflow, long deviceErrors,
                         long reconnects, double rateHz, String endReason) {
    /** Whether nothing has been lost or gone wrong so far. */
    public boolean clean() {
        return lostFrames == 0 && droppedFrames == 0 && displayOverflow == 0 && deviceErrors == 0;
    }
}
