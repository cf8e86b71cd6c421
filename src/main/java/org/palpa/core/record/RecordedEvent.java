package org.palpa.core.record;

import org.palpa.core.sample.DeviceEvent;

/**
 * Something that happened in a session besides samples and holds.
 *
 * @param timestampNanos on the device's clock, like the frames
 * @param kind           what happened
 * @param value          the pain score for {@link Kind#PAIN}, else null
 * @param detail         free text for people, never null
 */
public record RecordedEvent(long timestampNanos, Kind kind, Double value, String detail) {

    /** The kinds of recorded event: every {@link DeviceEvent.Kind} and a few of the recorder's own. */
    public enum Kind {
        STOP_BUTTON, TARE_DONE, OVERLOAD, DEVICE_ERROR, GAP, RECONNECTED, DISCONNECTED,
        /** A pain score from 0 (none) to 10 (worst imaginable), as on a numeric rating scale. */
        PAIN,
        /** A note a person added. */
        ANNOTATION,
        /** Frames that reached the recorder but could not be written; the detail says how many and why. */
        LOSS,
        /** The recording ended; the detail gives the reason. */
        SESSION_END,
        /** The therapist paused recording: frames and holds until the next {@link #RECORDING_RESUMED} are not kept. */
        RECORDING_PAUSED,
        /** Recording went on after a pause; the detail says how long it was and what it left out. */
        RECORDING_RESUMED,
        /** A pressure-pain-threshold trial; value is the threshold in kPa, or null when it gave none (see docs/ppt.md). */
        PPT_TRIAL,
        /** A pressure-pain-threshold result at a site; value is the mean of the valid trials in kPa, or null. */
        PPT_RESULT
    }

    public RecordedEvent {
        if (kind == null) {
            throw new IllegalArgumentException("a recorded event needs a kind");
        }
        if (kind == Kind.PAIN && (value == null || !(value >= 0 && value <= 10))) {
            throw new IllegalArgumentException("a pain score must be between 0 and 10, was " + value);
        }
        detail = detail == null ? "" : detail;
    }

    /** The recorded form of a device's event. */
    public static RecordedEvent of(DeviceEvent e) {
        return new RecordedEvent(e.timestampNanos(), Kind.valueOf(e.kind().name()), null, e.detail());
    }

    /** A pain score. */
    public static RecordedEvent pain(long timestampNanos, double score, String detail) {
        return new RecordedEvent(timestampNanos, Kind.PAIN, score, detail);
    }
}
