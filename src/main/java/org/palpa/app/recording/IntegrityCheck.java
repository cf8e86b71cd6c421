package org.palpa.app.recording;

import java.util.Locale;
import java.util.Optional;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.StoredSession;

/**
 * Recomputes a session's hash chain from what the store holds now and says whether it is intact
 * or, if not, where it first breaks.
 */
public final class IntegrityCheck {
    private IntegrityCheck() {
    }

    /** The outcome of a check. */
    public sealed interface Verdict {
        long sessionId();
    }

    /** Every item hashes to the chain the session recorded; {@code head} fingerprints the session. */
    public record Intact(long sessionId, long items, String head) implements Verdict {
    }

    /** The record was changed; {@code where} names the first place the chain breaks. */
    public record Tampered(long sessionId, String where) implements Verdict {
    }

    /** The store has no such session. */
    public record NotFound(long sessionId) implements Verdict {
    }

    /** Checks one session. */
    public static Verdict verify(SessionReader reader, long sessionId) {
        Optional<StoredSession> found = reader.find(sessionId);
        if (found.isEmpty()) {
            return new NotFound(sessionId);
        }
        StoredSession s = found.get();
        String genesis = IntegrityChain.genesis(s.meta());
        if (!genesis.equals(s.genesisHash())) {
            return new Tampered(sessionId, "the session's metadata (client, therapist, site, notes, device, "
                    + "calibration or target) was changed");
        }
        Walk walk = new Walk(genesis);
        try {
            reader.forEachEntry(sessionId, walk::step);
        } catch (IllegalArgumentException e) {
            return new Tampered(sessionId, "a stored item cannot be read back: " + e.getMessage());
        }
        if (walk.problem != null) {
            return new Tampered(sessionId, walk.problem);
        }
        if (walk.count < s.chainLength()) {
            return new Tampered(sessionId, (s.chainLength() - walk.count) + " item(s) missing at the end of the chain "
                    + "(after item " + walk.count + ")");
        }
        if (walk.count > s.chainLength() || !walk.head.equals(s.chainHead())) {
            return new Tampered(sessionId, "the chain head recorded with the session does not match its items");
        }
        return new Intact(sessionId, walk.count, walk.head);
    }

    private static final class Walk {
        String head;
        long count;
        String problem;
        Long originNanos;

        Walk(String genesis) {
            this.head = genesis;
        }

        void step(ChainEntry e) {
            if (problem != null) {
                return;
            }
            if (e.item() instanceof ChainEntry.Chunk c && originNanos == null) {
                originNanos = c.chunk().firstTimestampNanos();
            }
            long expected = count + 1;
            if (e.seq() != expected) {
                problem = (e.seq() - expected) + " item(s) missing from the chain before " + where(e)
                        + " (items " + expected + " to " + (e.seq() - 1) + ")";
                return;
            }
            String recomputed = IntegrityChain.link(head, e.item());
            if (!recomputed.equals(e.hash())) {
                problem = where(e) + " was changed (chain item " + e.seq() + ")";
                return;
            }
            head = recomputed;
            count++;
        }

        private String where(ChainEntry e) {
            if (e.item() instanceof ChainEntry.Chunk c && originNanos != null) {
                return String.format(Locale.ROOT, "%s (samples from %.3f s)", e.describe(),
                        (c.chunk().firstTimestampNanos() - originNanos) / 1e9);
            }
            return e.describe();
        }
    }
}
