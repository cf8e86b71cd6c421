package org.palpa.core.record;

/**
 * Maps a frame's time from the session's start (device clock) to the wall-clock time it was
 * recorded at. The two run together in a real-time session; a simulated device run faster than
 * real time ({@code --speed 10}) puts a minute of signal into six seconds, so its device times are
 * compressed onto the recorded start and end. The result never runs past the session's end.
 *
 * @param startedAtEpochMillis the session's wall-clock start
 * @param wallPerDevice        wall-clock nanoseconds per device nanosecond, in (0, 1]
 */
public record SessionClock(long startedAtEpochMillis, double wallPerDevice) {
    public SessionClock {
        if (!(wallPerDevice > 0) || wallPerDevice > 1) {
            throw new IllegalArgumentException("wall time per device time must be in (0, 1], was " + wallPerDevice);
        }
    }

    /**
     * The clock of a session that started and ended at these wall-clock times and whose last frame
     * came {@code lastFrameNanos} after its first; an unfinished session (no end) keeps device time.
     */
    public static SessionClock of(long startedAtEpochMillis, Long endedAtEpochMillis, long lastFrameNanos) {
        if (endedAtEpochMillis == null || lastFrameNanos <= 0 || endedAtEpochMillis <= startedAtEpochMillis) {
            return new SessionClock(startedAtEpochMillis, 1.0);
        }
        double wallNanos = (endedAtEpochMillis - startedAtEpochMillis) * 1e6;
        return new SessionClock(startedAtEpochMillis, Math.min(1.0, wallNanos / lastFrameNanos));
    }

    /** Wall-clock time in nanoseconds since 1970 of a frame {@code relativeNanos} after the first. */
    public long epochNanos(long relativeNanos) {
        return startedAtEpochMillis * 1_000_000L + Math.round(relativeNanos * wallPerDevice);
    }
}
