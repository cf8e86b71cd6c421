package org.palpa.app.stream;

import java.util.Locale;
import org.palpa.app.port.ForwardingJournal;
import org.palpa.app.port.SessionJournal;
import org.palpa.core.session.SessionMark;

/**
 * A session journal that also streams what the window marks out to the lab: pain scores, the
 * space bar's events, body sites, a plan's steps and cues, and markers from other instruments go
 * to the journal as before and to the {@link WindowLab} as events, with the kinds and details
 * that {@code palpa live} and {@code palpa plan run} send (docs/streaming.md).
 */
public final class LabJournal extends ForwardingJournal {
    private final WindowLab lab;

    public LabJournal(SessionJournal journal, WindowLab lab) {
        super(journal);
        this.lab = lab;
    }

    @Override
    public void mark(SessionMark mark) {
        super.mark(mark);
        String[] event = event(mark);
        if (event != null) {
            lab.event(event[0], event[1]);
        }
    }


    /** The kind and detail a mark is streamed with, or null for one the lab is not told of. */
    static String[] event(SessionMark mark) {
        if (mark instanceof SessionMark.PainScore p) {
            return new String[] {"pain", String.valueOf(p.score())};
        } else if (mark instanceof SessionMark.EventMarker e) {
            return new String[] {"annotation", e.note().isEmpty() ? "event" : e.note()};
        } else if (mark instanceof SessionMark.SiteChosen s) {
            return new String[] {"annotation", "body site: " + s.site()};
        } else if (mark instanceof SessionMark.LabMarker m) {
            return new String[] {"marker", m.text()};
        } else if (mark instanceof SessionMark.PlanRecord r) {
            return new String[] {r.event().kind().name().toLowerCase(Locale.ROOT), r.event().detail()};
        }
        return null; // feedback changes of a practice schedule are the window's own business
    }
}
