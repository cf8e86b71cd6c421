package org.palpa.app.recording;

import java.util.Locale;

/**
 * How a recording went.
 *
 * @param sessionId       the session's id in the store
 * @param framesWritten   frames committed
 * @param lostFrames      frames that reached the recorder but were not written
 * @param chainHead       the integrity chain's last hash
 * @param problem         why recording stopped early, or null
 * @param recordedSeconds seconds of signal committed: the frames written at the device's nominal rate
 */
public record RecordingResult(long sessionId, long framesWritten, long lostFrames, String chainHead, String problem,
                              double recordedSeconds) {
    /** Whether the whole session was recorded. */
    public boolean complete() {
        return problem == null;
    }

    /**
     * The line that says a session was recorded only in part, such as {@code session 1 was recorded
     * only up to 2.0 s of signal (400 frames) in /data/palpa.db; the rest was NOT recorded: the disk is full}.
     */
    public String partLine(String where) {
        return String.format(Locale.ROOT, "session %d was recorded only up to %.1f s of signal (%d frames)%s; the rest "
                + "was NOT recorded: %s", sessionId, recordedSeconds, framesWritten, where == null ? "" : " in " + where,
                problem);
    }

    /** What a recording that stopped while the session goes on says, in the words of {@link #partLine}. */
    static String stoppedLine(long sessionId, long framesWritten, double rateHz, String cause) {
        return String.format(Locale.ROOT, "session %d is recorded only up to %.1f s of signal (%d frames); the rest is "
                + "NOT recorded: %s; live feedback goes on", sessionId, framesWritten / Math.max(1e-9, rateHz),
                framesWritten, cause);
    }
}
