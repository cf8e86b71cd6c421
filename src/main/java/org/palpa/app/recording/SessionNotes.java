package org.palpa.app.recording;

import java.util.List;
import org.palpa.app.port.SessionReader;
import org.palpa.app.port.SessionWriter;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.record.StoredSession;
import org.palpa.core.PalpaException;

/**
 * Adds a pain score or an annotation to a finished session. The note is linked onto the end of
 * the session's integrity chain, so it is covered like everything recorded live, and the chain
 * head changes: a report printed before the note shows the earlier head.
 */
public final class SessionNotes {
    private SessionNotes() {
    }

    /**
     * Appends {@code event} to session {@code id}.
     *
     * @return the new chain head
     * @throws PalpaException when the session does not exist, is still recording, or is not intact
     */
    public static String add(SessionReader reader, SessionWriter writer, long id, RecordedEvent event) {
        StoredSession s = reader.find(id).orElseThrow(() -> new PalpaException("no session " + id));
        if (s.status() == SessionStatus.RECORDING) {
            throw new PalpaException("session " + id + " is still being recorded; add notes when it has ended");
        }
        if (!(IntegrityCheck.verify(reader, id) instanceof IntegrityCheck.Intact)) {
            throw new PalpaException("session " + id + " is not intact (see palpa sessions verify " + id
                    + "); notes are not added to a changed record");
        }
        ChainEntry.Item item = new ChainEntry.Event(event);
        String hash = IntegrityChain.link(s.chainHead(), item);
        writer.append(id, List.of(new ChainEntry(s.chainLength() + 1, hash, item)), 0, 0);
        return hash;
    }
}
