package org.palpa.core.session;

/**
 * Something the therapist noted during a session, stamped with the device clock so that it lines
 * up with the recorded frames. Marks come from the keyboard or the session controls and are kept
 * by whatever records the session.
 */
public sealed interface SessionMark {
    /** Device timestamp the mark belongs to. */
    long timestampNanos();

    /**
     * The patient's pain on the numeric rating scale, 0 (none) to 10 (worst imaginable)
     * (Hawker et al. 2011, Arthritis Care Res 63:S240). The keys 0 to 9 enter 0 to 9.
     */
    record PainScore(long timestampNanos, int score) implements SessionMark {
        public PainScore {
            if (score < 0 || score > 10) {
                throw new IllegalArgumentException("a pain score is 0 to 10, was " + score);
            }
        }
    }

    /** A moment the therapist flagged, such as a twitch or a patient's remark (the space bar). */
    record EventMarker(long timestampNanos, String note) implements SessionMark {
        public EventMarker {
            note = note == null ? "" : note.strip();
        }
    }

    /** An event a treatment plan produced in the window (a step's start or end, a cue, a referral), kept as it is. */
    record PlanRecord(long timestampNanos, org.palpa.core.record.RecordedEvent event) implements SessionMark {
        public PlanRecord {
            if (event == null) {
                throw new IllegalArgumentException("a plan record needs an event");
            }
        }
    }

    /**
     * Whether live feedback shows from now on, as a practice schedule decided before hold
     * {@code holdNumber} (see {@code org.palpa.core.feedback.FeedbackSchedule}).
     */
    record FeedbackChange(long timestampNanos, int holdNumber, boolean shown, String schedule) implements SessionMark {
    }

    /** A marker another lab instrument sent over UDP or OSC (docs/streaming.md), kept as a MARKER event. */
    record LabMarker(long timestampNanos, String text) implements SessionMark {
        public LabMarker {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a marker must not be blank");
            }
        }
    }

    /** The body site being treated from now on, such as {@code upper trapezius, left}. */
    record SiteChosen(long timestampNanos, String site) implements SessionMark {
        public SiteChosen {
            if (site == null || site.isBlank()) {
                throw new IllegalArgumentException("a site must not be blank");
            }
            site = site.strip();
        }
    }
}
