package org.palpa.app.port;

import java.util.List;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.SessionStatus;

/**
 * Where a recorder writes a session. Only one thread writes a given session; every method
 * commits before it returns, so what it wrote survives a crash of the process.
 */
public interface SessionWriter {

    /**
     * Starts a session in state {@link SessionStatus#RECORDING}.
     *
     * @param genesisHash the chain's start, the hash of {@code meta}
     * @return the new session's id
     * @throws StoreException naming the store and the cause when it cannot be written
     */
    long create(SessionMeta meta, String genesisHash);

    /**
     * Appends chain entries in one transaction and moves the session's chain head to the last of them.
     *
     * @param newFrames frames in the appended chunks
     * @param newLostFrames frames the recorder had to drop since the last append
     */
    void append(long sessionId, List<ChainEntry> entries, long newFrames, long newLostFrames);

    /** Marks a session complete or interrupted, with its wall-clock end and the reason. */
    void finish(long sessionId, SessionStatus status, long endedAtEpochMillis, String reason);
}
