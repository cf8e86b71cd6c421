package org.palpa.app.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.palpa.app.port.ChunkCompaction;
import org.palpa.app.port.LedgerReader;
import org.palpa.app.port.SessionReader;
import org.palpa.app.port.StoreException;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.record.SigningKeys;
import org.palpa.core.record.StoredSession;

/**
 * Converts a store's sessions to compact chunks, keeping them trustworthy: a session is converted
 * only after its chain and its signed seal verify (as {@code palpa sessions verify} checks them),
 * and a session that does not verify, or is still recording, is left exactly as it is and reported.
 */
public final class SessionMigration {
    private SessionMigration() {
    }

    /** What happened to one session. */
    public sealed interface Outcome {
        long sessionId();
    }

    /** Its chunks were re-encoded and its new chain sealed. */
    public record Converted(ChunkCompaction.Converted result) implements Outcome {
        @Override
        public long sessionId() {
            return result.sessionId();
        }
    }

    /** It had no chunk in the old encoding. */
    public record AlreadyCompact(long sessionId) implements Outcome {
    }

    /** It was not touched, for {@code reason}. */
    public record LeftAsIs(long sessionId, String reason) implements Outcome {
    }

    /**
     * Audits the whole store once, then converts every session whose verdict is intact, telling
     * {@code progress} about each session as it is done.
     */
    public static List<Outcome> run(SessionReader reader, LedgerReader ledger, ChunkCompaction compaction, SigningKeys keys,
                                    Consumer<Outcome> progress) {
        StoreAudit.Report report = StoreAudit.run(reader, ledger, keys, Optional.empty());
        List<Outcome> out = new ArrayList<>();
        for (StoreAudit.SessionVerdict v : report.sessions()) {
            Outcome o = one(reader, compaction, v);
            out.add(o);
            progress.accept(o);
        }
        return out;
    }

    private static Outcome one(SessionReader reader, ChunkCompaction compaction, StoreAudit.SessionVerdict v) {
        long id = v.sessionId();
        if (v.outcome() != StoreAudit.Outcome.INTACT) {
            return new LeftAsIs(id, "it does not verify: " + v.detail());
        }
        Optional<StoredSession> found = reader.find(id);
        if (found.isEmpty()) {
            return new LeftAsIs(id, "it vanished from the store");
        }
        if (found.get().status() == SessionStatus.RECORDING) {
            return new LeftAsIs(id, "it is still recording");
        }
        try {
            return compaction.compact(id, found.get().chainHead()).<Outcome>map(Converted::new)
                    .orElse(new AlreadyCompact(id));
        } catch (StoreException e) {
            return new LeftAsIs(id, e.getMessage());
        }
    }
}
