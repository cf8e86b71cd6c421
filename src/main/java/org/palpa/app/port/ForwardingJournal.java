package org.palpa.app.port;

import org.palpa.core.session.SessionMark;

/**
 * A journal that hands everything on to another one; a subclass overrides {@link #mark} to see
 * each mark on its way (the running plan's pain ceiling, the stream to the lab).
 */
public abstract class ForwardingJournal implements SessionJournal {
    private final SessionJournal journal;

    protected ForwardingJournal(SessionJournal journal) {
        this.journal = journal;
    }

    @Override
    public void start(RecordableSession session, String site) {
        journal.start(session, site);
    }

    @Override
    public void pause() {
        journal.pause();
    }

    @Override
    public void resume() {
        journal.resume();
    }

    @Override
    public void stop() {
        journal.stop();
    }

    @Override
    public void mark(SessionMark mark) {
        journal.mark(mark);
    }

    @Override
    public Status status() {
        return journal.status();
    }
}
