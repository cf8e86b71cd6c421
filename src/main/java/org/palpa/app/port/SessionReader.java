package org.palpa.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.record.StoredSession;
import org.palpa.core.hold.HoldResult;

/** Reads recorded sessions back: for listing, replay, export, reports and verification. */
public interface SessionReader {

    /**
     * Which sessions to list; a null field matches anything.
     *
     * @param clientCode the client's code
     * @param therapist  the therapist
     * @param site       the site
     * @param from       sessions that started at or after this instant
     * @param until      sessions that started before this instant
     */
    record Filter(String clientCode, String therapist, String site, Instant from, Instant until) {
        /** Matches every session. */
        public static final Filter ALL = new Filter(null, null, null, null, null);

        /** True when {@code s} matches every field given. */
        public boolean matches(StoredSession s) {
            var m = s.meta();
            Instant started = Instant.ofEpochMilli(m.startedAtEpochMillis());
            return (clientCode == null || clientCode.equals(m.clientCode()))
                    && (therapist == null || therapist.equals(m.therapist()))
                    && (site == null || site.equals(m.site()))
                    && (from == null || !started.isBefore(from))
                    && (until == null || started.isBefore(until));
        }
    }

    /**
     * The session's latest seal in the store's ledger: its signed chain head. Empty when the
     * session has none, or the reader keeps no ledger.
     */
    default Optional<LedgerEntry> seal(long sessionId) {
        return Optional.empty();
    }

    /** The sessions that match, oldest first. */
    List<StoredSession> list(Filter filter);

    /** One session, if the store has it. */
    Optional<StoredSession> find(long sessionId);

    /** The timestamp of the session's first recorded frame, the origin of its time axis; 0 when it has none. */
    long originNanos(long sessionId);

    /** Calls {@code sink} with every sample chunk in order, reading them one at a time. */
    void forEachChunk(long sessionId, Consumer<SampleChunk> sink);

    /**
     * The timestamp of the session's last recorded frame, or {@link Long#MIN_VALUE} when it has none.
     * This reads every chunk; a store that can fetch the last chunk alone should do so.
     */
    default long lastFrameNanos(long sessionId) {
        long[] last = {Long.MIN_VALUE};
        forEachChunk(sessionId, c -> last[0] = c.lastTimestampNanos());
        return last[0];
    }

    /** The session's events, in chain order. */
    List<RecordedEvent> events(long sessionId);

    /** The session's holds, in chain order. */
    List<HoldResult> holds(long sessionId);

    /**
     * Calls {@code sink} with every chain entry (chunks, events and holds) in chain order, each
     * exactly as stored, so a checker can recompute the hashes.
     */
    void forEachEntry(long sessionId, Consumer<ChainEntry> sink);
}
