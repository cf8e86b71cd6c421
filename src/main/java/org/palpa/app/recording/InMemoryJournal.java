package org.palpa.app.recording;

import java.util.ArrayList;
import java.util.List;
import org.palpa.app.port.SessionJournal;
import org.palpa.app.port.RecordableSession;
import org.palpa.core.session.SessionMark;

/**
 * A journal that keeps commands and marks in memory: what the window uses until a session store
 * is plugged in, and what tests read back.
 */
public final class InMemoryJournal implements SessionJournal {
    private final String status;
    private final List<String> commands = new ArrayList<>();
    private final List<SessionMark> marks = new ArrayList<>();

    /** A journal whose status says that marks are kept in memory only. */
    public InMemoryJournal() {
        this("kept in memory only");
    }

    /** A journal whose status bar text says why nothing is recorded, such as {@code not recorded (--no-record)}. */
    public InMemoryJournal(String status) {
        this.status = status;
    }

    @Override
    public Status status() {
        return new Status(status, false);
    }

    @Override
    public synchronized void start(RecordableSession session, String site) {
        commands.add("start " + session.device().model() + (site.isEmpty() ? "" : " at " + site));
    }

    @Override
    public synchronized void pause() {
        commands.add("pause");
    }

    @Override
    public synchronized void resume() {
        commands.add("resume");
    }

    @Override
    public synchronized void stop() {
        commands.add("stop");
    }

    @Override
    public synchronized void mark(SessionMark mark) {
        marks.add(mark);
    }

    /** The commands received, in order, such as {@code start sim-algometer at neck}. */
    public synchronized List<String> commands() {
        return List.copyOf(commands);
    }

    public synchronized List<SessionMark> marks() {
        return List.copyOf(marks);
    }
}
