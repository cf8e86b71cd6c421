package org.palpa.app.plan;

import java.util.function.IntConsumer;
import org.palpa.app.port.ForwardingJournal;
import org.palpa.app.port.SessionJournal;
import org.palpa.core.session.SessionMark;

/**
 * The window's journal while a plan runs: everything goes on to the real journal, and each pain
 * score marked by key also reaches the plan, so the ceiling is enforced whichever way pain is marked.
 */
public final class PlanJournal extends ForwardingJournal {
    private volatile IntConsumer pain = score -> { };

    public PlanJournal(SessionJournal journal) {
        super(journal);
    }

    /** Where pain scores go besides the journal: the running plan. */
    public void painTo(IntConsumer sink) {
        pain = sink;
    }

    @Override
    public void mark(SessionMark mark) {
        super.mark(mark);
        if (mark instanceof SessionMark.PainScore p) {
            pain.accept(p.score());
        }
    }
}
