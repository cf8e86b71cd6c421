package org.palpa.app.port;

import org.palpa.core.session.SessionMark;

/**
 * Where the live window sends what should be kept of a session: the recording commands and the
 * therapist's marks. A session store implements it; the window never knows how it is stored.
 * Calls come from the user-interface thread and must return quickly.
 */
public interface SessionJournal {
    /** Recording of {@code session} starts, at body site {@code site} (empty when none was chosen). */
    void start(RecordableSession session, String site);

    /** Recording pauses; frames until {@link #resume()} are not kept. */
    void pause();

    /** Recording goes on after a pause. */
    void resume();

    /** Recording ends; nothing more is kept until the next {@link #start}. */
    void stop();

    /** Keeps a mark: a pain score, an event, a change of site. Marks arrive even when not recording. */
    void mark(SessionMark mark);

    /** What the status bar says about the journal: the session kept, or why nothing is. Never blocks. */
    default Status status() {
        return new Status("kept in memory only", false);
    }

    /**
     * The journal's state in a few words.
     *
     * @param text    such as {@code session 12} or {@code recording stopped: the disk is full}
     * @param problem whether something went wrong that the user must see
     */
    record Status(String text, boolean problem) {
        public Status {
            text = text == null ? "" : text;
        }
    }
}
