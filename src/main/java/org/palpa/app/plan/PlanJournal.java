package org.palpa.app.plan;

import java.util.function.IntConsumer;
import org.palpa.app.port.RecordableSession;
import org.palpa.app.port.SessionJournal;
import org.palpa.core.session.SessionMark;

/**
 * The window's journal while a plan runs: everything goes on to the real journal, and each pain
 * score marked by key also reaches the plan, so the ceiling is enforced whichever way pain is marked.
 */
public final class PlanJournal implements SessionJournal {
    private final SessionJournal journal;
    private volatile IntConsumer pain = score -> { };

    public PlanJournal(SessionJournal journal) {
        this.journal = journal;
    }

    /** Where pain scores go besides the journal: the running plan. */
    public void painTo(IntConsumer sink) {
        pain = sink;
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
        if (mark instanceof SessionMark.PainScore p) {
            pain.accept(p.score());
        }
    }

    @Override
    public Status status() {
        return journal.status();
    }
}
