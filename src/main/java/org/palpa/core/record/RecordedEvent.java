package org.palpa.core.record;

import org.palpa.core.sample.DeviceEvent;

/**
 * Something that happened in a session besides samples and holds.
 *
 * @param timestampNanos on the device's clock, like the frames
 * @param kind           what happened
 * @param value          the pain score for {@link Kind#PAIN}, 1 or 0 for {@link Kind#FEEDBACK}, else null
 * @param detail         free text for people, never null
 * @param addedAtEpochMillis for a note added after the session ({@code palpa sessions note}): the
 *                       wall-clock time it was added, UTC milliseconds; null for what was recorded live
 * @param addedBy        for a note added after the session: who added it; null for what was recorded live
 */
public record RecordedEvent(long timestampNanos, Kind kind, Double value, String detail, Long addedAtEpochMillis,
                            String addedBy) {

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
        /** A marker sent from outside, by another lab instrument over UDP or OSC; the detail is its text. */
        MARKER,
        /** The therapist paused recording: frames and holds until the next {@link #RECORDING_RESUMED} are not kept. */
        RECORDING_PAUSED,
        /** Recording went on after a pause; the detail says how long it was and what it left out. */
        RECORDING_RESUMED,
        /** Whether live feedback shows from now on (value 1) or is hidden (value 0); the detail names the hold and the schedule. */
        FEEDBACK,
        /** A treatment plan began; the detail gives its id, name and content hash (see docs/plans.md). */
        PLAN_STARTED,
        /** A plan step began; the detail names the step, site, side and band. */
        STEP_STARTED,
        /** A plan step ended; the detail is its summary, the row of the plan-adherence table. */
        STEP_ENDED,
        /** The patient's pain reached the step's ceiling; the value is the pain, the detail the lowered band. */
        PAIN_CEILING,
        /** Where the pain of the point referred this time; the detail lists the body-chart zones. */
        REFERRAL,
        /** A cue the plan gave: hold done or release. */
        PLAN_CUE,
        /** Every step of the plan is over. */
        PLAN_FINISHED,
        /** A pressure-pain-threshold trial; value is the threshold in kPa, or null when it gave none (see docs/ppt.md). */
        PPT_TRIAL,
        /** A pressure-pain-threshold result at a site; value is the mean of the valid trials in kPa, or null. */
        PPT_RESULT
    }

    public RecordedEvent {
        if (kind == null) {
            throw new IllegalArgumentException("a recorded event needs a kind");
        }
        if ((kind == Kind.PAIN || kind == Kind.PAIN_CEILING) && (value == null || !(value >= 0 && value <= 10))) {
            throw new IllegalArgumentException("a pain score must be between 0 and 10, was " + value);
        }
        if (kind == Kind.FEEDBACK && (value == null || (value != 0 && value != 1))) {
            throw new IllegalArgumentException("a feedback event's value is 1 (shown) or 0 (hidden), was " + value);
        }
        detail = detail == null ? "" : detail;
        if ((addedAtEpochMillis == null) != (addedBy == null) || (addedBy != null && addedBy.isBlank())) {
            throw new IllegalArgumentException("a note added later needs both when it was added and by whom");
        }
    }

    /** An event recorded live, as it happened. */
    public RecordedEvent(long timestampNanos, Kind kind, Double value, String detail) {
        this(timestampNanos, kind, value, detail, null, null);
    }

    /** True for a note added after the session rather than recorded as it happened. */
    public boolean addedLater() {
        return addedBy != null;
    }

    /** For a note added later, {@code " (added later on 2026-12-01 22:40 UTC by NAME)"}; empty for a live event. */
    public String addedLaterText() {
        if (!addedLater()) {
            return "";
        }
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT)
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.ofEpochMilli(addedAtEpochMillis));
        return " (added later on " + when + " by " + addedBy + ")";
    }

    /** This event marked as added after the session, at {@code atEpochMillis} by {@code by}. */
    public RecordedEvent addedLater(long atEpochMillis, String by) {
        return new RecordedEvent(timestampNanos, kind, value, detail, atEpochMillis, by);
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
