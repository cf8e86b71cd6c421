package org.palpa.app.recording;

import org.palpa.app.port.SessionJournal;
import org.palpa.app.port.RecordableSession;
import org.palpa.core.session.SessionMark;

/**
 * The start, pause and stop buttons of a session: keeps the recording state and passes only
 * valid commands on to the {@link SessionJournal}, so a store never sees a pause before a start.
 */
public final class RecordingControl {
    /** Where recording stands. */
    public enum State { IDLE, RECORDING, PAUSED }

    private final SessionJournal journal;
    private State state = State.IDLE;
    private long marks;

    public RecordingControl(SessionJournal journal) {
        this.journal = journal;
    }

    /** Starts recording, or resumes a paused one; returns whether anything changed. */
    public boolean start(RecordableSession session, String site) {
        switch (state) {
            case IDLE -> {
                if (session == null) {
                    return false;
                }
                journal.start(session, site == null ? "" : site);
            }
            case PAUSED -> journal.resume();
            case RECORDING -> {
                return false;
            }
        }
        state = State.RECORDING;
        return true;
    }

    /** Pauses a running recording; returns whether anything changed. */
    public boolean pause() {
        if (state != State.RECORDING) {
            return false;
        }
        journal.pause();
        state = State.PAUSED;
        return true;
    }

    /** Stops a running or paused recording; returns whether anything changed. */
    public boolean stop() {
        if (state == State.IDLE) {
            return false;
        }
        journal.stop();
        state = State.IDLE;
        return true;
    }

    /** Passes a mark on to the journal. */
    public void mark(SessionMark mark) {
        journal.mark(mark);
        marks++;
    }

    /** What the journal says about itself, for the status bar. */
    public SessionJournal.Status journalStatus() {
        return journal.status();
    }

    public State state() {
        return state;
    }

    /** Marks passed on so far. */
    public long marks() {
        return marks;
    }
}
