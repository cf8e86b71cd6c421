package org.palpa.app.port;

import java.util.Optional;

/**
 * Rewrites a stored session's sample chunks in the compact encoding. The values stay exactly the
 * same but the bytes change, so the session's chain is recomputed and the store's ledger gets a
 * signed conversion entry that names the old head and seals the new one. All in one transaction:
 * a session is converted whole or not at all.
 */
public interface ChunkCompaction {

    /** What a conversion did: chunks re-encoded, their bytes before and after, and the chain heads. */
    record Converted(long sessionId, long chunks, long bytesBefore, long bytesAfter, String oldHead, String newHead) {
    }

    /**
     * Converts session {@code sessionId}, whose stored chain must recompute, item by item, to
     * {@code expectedHead}.
     *
     * @return empty when the session has no chunk in the old encoding, so nothing was changed
     * @throws StoreException when the chain does not recompute as expected or the store fails;
     *                        nothing is changed then
     */
    Optional<Converted> compact(long sessionId, String expectedHead);
}
