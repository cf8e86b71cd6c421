package org.palpa.app.port;

import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.session.SessionMark;

/**
 * Where the live window sends what should be kept of a session: the recording commands and the
 * therapist's marks. A session store implements it; the window never knows how it is stored.
 * Calls come from the user-interface thread and must return quickly.
 */
public interface SessionJournal {
    /** Recording starts for {@code device} at {@code site} (may be empty when none was chosen). */
    void start(DeviceInfo device, String site);

    /** Recording pauses; frames until {@link #resume()} are not kept. */
    void pause();

    /** Recording goes on after a pause. */
    void resume();

    /** Recording ends; nothing more is kept until the next {@link #start}. */
    void stop();

    /** Keeps a mark: a pain score, an event, a change of site. Marks arrive even when not recording. */
    void mark(SessionMark mark);
}
