package org.palpa.core.record;

/**
 * A session as the store holds it.
 *
 * @param id                the session's number, unique in its store
 * @param meta              what was known when it began
 * @param status            recording, complete or interrupted
 * @param endedAtEpochMillis wall-clock end, or null while recording or after an interruption
 * @param endReason         why it ended, or null
 * @param frameCount        frames committed
 * @param lostFrames        frames the recorder could not keep (each loss is also an event)
 * @param chainLength       items in the integrity chain after the metadata
 * @param genesisHash       the hash of the metadata when the session began, hex
 * @param chainHead         the hash of the last chain item, hex; the session's fingerprint
 */
public record StoredSession(long id, SessionMeta meta, SessionStatus status, Long endedAtEpochMillis,
                            String endReason, long frameCount, long lostFrames, long chainLength, String genesisHash,
                            String chainHead) {
    public StoredSession {
        if (meta == null || status == null || chainHead == null || genesisHash == null) {
            throw new IllegalArgumentException("stored session " + id + " is missing its metadata, status or chain head");
        }
    }
}
