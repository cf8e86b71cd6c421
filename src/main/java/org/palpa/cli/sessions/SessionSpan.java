package org.palpa.cli.sessions;

import org.palpa.app.port.SessionReader;
import org.palpa.core.PalpaException;
import org.palpa.core.record.RecordedEvent;

/** How far a recorded session runs on its device clock: to its last frame or its last event, whichever is later. */
final class SessionSpan {
    private SessionSpan() {
    }

    /** The device timestamp of the session's end. */
    static long lastNanos(SessionReader reader, long sessionId) {
        long last = reader.lastFrameNanos(sessionId);
        if (last == Long.MIN_VALUE) {
            throw new PalpaException("session " + sessionId + " holds no samples, so no time in it can take a note");
        }
        // a recording paused in the window ends after its last frame; its resume and end events say when
        for (RecordedEvent e : reader.events(sessionId)) {
            last = Math.max(last, e.timestampNanos());
        }
        return last;
    }
}
