package org.palpa.app.classroom;

import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.pipeline.ProcessedFrame;

/**
 * What a station's tile shows, kept up to date by the station's own thread and read by the
 * display without locks: every field is a single volatile value, and updating them allocates
 * nothing, so a frame costs a few stores. Counts cover every session the station ran.
 */
public final class StationBoard {
    private volatile StationPhase phase = StationPhase.CONNECTING;
    private volatile String message = "";
    private volatile BandState state = BandState.NO_CONTACT;
    private volatile double value = Double.NaN;
    private volatile double heldMillis;
    private volatile long frames;
    private volatile long contactFrames;
    private volatile long inBandFrames;
    private volatile int holds;
    private volatile int holdsMet;
    private volatile double scoreSum;
    private volatile int scored;
    private volatile long lostFrames;
    private volatile long droppedFrames;
    private volatile long overflow;
    private volatile long recordedFrames;
    private volatile long processedFrames;
    private volatile long recordingLost;
    private volatile int sessions;
    private volatile int reconnects;
    private volatile int markers;
    private volatile String lastMarker = "";
    private volatile boolean planLed;

    /** Takes one processed frame of the station's judged channel. */
    void frame(ProcessedFrame f, int channel) {
        BandState s = f.states()[channel];
        if (!planLed) {
            state = s;
            value = f.smoothed()[channel];
            heldMillis = f.heldMillis()[channel];
        }
        frames++;
        if (s != BandState.NO_CONTACT) {
            contactFrames++;
            if (s == BandState.IN_BAND) {
                inBandFrames++;
            }
        }
    }

    /** Counts a finished hold of the judged channel with its technique score (0 to 100, NaN if it had too few samples). */
    void hold(HoldResult hold, double techniqueScore) {
        if (!Double.isNaN(techniqueScore)) {
            scoreSum += techniqueScore;
            scored++;
        }
        holds++;
        if (hold.outcome() == HoldOutcome.MET) {
            holdsMet++;
        }
    }

    /**
     * While a plan runs, the tile's state, value and hold follow the plan's step, judged against
     * the step's own band: {@code status} is the runner's latest, or null when no plan runs.
     */
    void planned(org.palpa.core.plan.PlanStatus status) {
        planLed = status != null;
        if (status != null && status.state() != null) {
            state = status.state();
            value = status.value();
            heldMillis = status.heldMillis();
        }
    }

    void phase(StationPhase p, String why) {
        message = why == null ? "" : why;
        phase = p;
        if (p != StationPhase.LIVE && p != StationPhase.DEVICE_LOST) {
            state = BandState.NO_CONTACT;
            value = Double.NaN;
            heldMillis = 0;
        }
    }

    void ended(long processed) {
        processedFrames += processed;
    }

    void losses(long lost, long dropped, long overflowed) {
        lostFrames += lost;
        droppedFrames += dropped;
        overflow += overflowed;
    }

    void recorded(long framesWritten, long lost) {
        recordedFrames += framesWritten;
        recordingLost += lost;
        sessions++;
    }

    void reconnected() {
        reconnects++;
    }

    /** Counts a marker from another instrument recorded into this station's session. */
    void marker(String text) {
        lastMarker = text;
        markers++;
    }

    /** Markers from other instruments recorded at this station, over every session. */
    public int markers() {
        return markers;
    }

    /** The text of the latest marker, empty before any. */
    public String lastMarker() {
        return lastMarker;
    }

    public StationPhase phase() {
        return phase;
    }

    /** Why the station is not live, in words, or an empty string. */
    public String message() {
        return message;
    }

    public BandState state() {
        return state;
    }

    /** The smoothed value of the judged channel in the target's unit; NaN without a reading. */
    public double value() {
        return value;
    }

    /** Time in band so far in the current contact. */
    public double heldMillis() {
        return heldMillis;
    }

    public long frames() {
        return frames;
    }

    public int holds() {
        return holds;
    }

    public int holdsMet() {
        return holdsMet;
    }

    /**
     * The running score, 0 to 100: the mean technique score of the finished holds (time in band
     * with partial credit, duration, ramp rate, steadiness, overshoot and release, as the
     * assessment's {@code TechniqueScorer} weighs them), NaN before the first hold.
     */
    public double score() {
        int n = scored;
        return n == 0 ? Double.NaN : scoreSum / n;
    }

    /** Share of the frames in contact that were in the band, 0 to 100; NaN before any contact. */
    public double percentInBand() {
        long c = contactFrames;
        return c == 0 ? Double.NaN : 100.0 * inBandFrames / c;
    }

    /** Frames missing from the device's numbering, over every session. */
    public long lostFrames() {
        return lostFrames;
    }

    /** Frames the pipeline had no room for. */
    public long droppedFrames() {
        return droppedFrames;
    }

    /** Frames the tile's own listener had no room for (the display only; recording is separate). */
    public long overflow() {
        return overflow;
    }

    /** Frames written to the store by the sessions that ended. */
    public long recordedFrames() {
        return recordedFrames;
    }

    /** Frames the station's pipelines processed, over the sessions that ended. */
    public long processedFrames() {
        return processedFrames;
    }

    /** Frames the recorder could not keep (a stalled disk), over the sessions that ended. */
    public long recordingLost() {
        return recordingLost;
    }

    /** Sessions recorded and finished. */
    public int sessions() {
        return sessions;
    }

    /** Times the device came back after it went away. */
    public int reconnects() {
        return reconnects;
    }
}
