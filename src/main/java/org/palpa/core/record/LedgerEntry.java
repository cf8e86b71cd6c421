package org.palpa.core.record;

/**
 * One entry of a store's ledger: an append-only, hash-chained and signed list of what happened to
 * its sessions. Each session is entered when it is created ({@link Kind#OPENED}) and again with
 * its final chain head when it ends or a note is added ({@link Kind#SEALED}); sessions that were
 * in a store before it had a ledger are entered once when the store is upgraded
 * ({@link Kind#ADOPTED}). Deleting a session, cutting its chain short or recomputing its hashes
 * then disagrees with the ledger, and the ledger itself cannot be rewritten without the key.
 *
 * @param seq            1-based place in the ledger
 * @param previousHash   the hash of the entry before, or {@link SessionLedger#START} for the first
 * @param kind           what the entry records
 * @param sessionId      the session it is about
 * @param genesisHash    the session's metadata hash, which binds the entry to the session's content
 * @param chainLength    the session's chain items at this point (0 when opened)
 * @param chainHead      the session's chain head at this point
 * @param closingHash    hex SHA-256 of how the session stood ({@link SessionLedger#closingText}): status, end,
 *                       end reason, frame and loss counts, which the chain itself does not cover
 * @param atEpochMillis  when the entry was made, UTC milliseconds
 * @param keyFingerprint hex SHA-256 of the public key that signed it, or null if unsigned
 * @param hash           hex SHA-256 of the entry's canonical text ({@link SessionLedger#text})
 * @param signature      hex Ed25519 signature of the canonical text, or null if unsigned
 * @param replacedHead   for {@link Kind#CONVERTED}, the chain head the session had before its chunks
 *                       were re-encoded; null for every other kind
 */
public record LedgerEntry(long seq, String previousHash, Kind kind, long sessionId, String genesisHash,
                          long chainLength, String chainHead, String closingHash, long atEpochMillis, String keyFingerprint, String hash,
                          String signature, String replacedHead) {

    /** What a ledger entry records. */
    public enum Kind {
        /** A session was created. */
        OPENED,
        /** A session ended (or had a note added) with this chain; the latest seal is the one that counts. */
        SEALED,
        /** A session recorded before the store had a ledger, entered when the store was upgraded. */
        ADOPTED,
        /**
         * A verified session whose chunks were re-encoded compactly (same values, new bytes, so a new
         * chain): the entry names the head it replaced and seals the new one.
         */
        CONVERTED
    }

    /** An entry of any kind but {@link Kind#CONVERTED}. */
    public LedgerEntry(long seq, String previousHash, Kind kind, long sessionId, String genesisHash, long chainLength,
                       String chainHead, String closingHash, long atEpochMillis, String keyFingerprint, String hash,
                       String signature) {
        this(seq, previousHash, kind, sessionId, genesisHash, chainLength, chainHead, closingHash, atEpochMillis,
                keyFingerprint, hash, signature, null);
    }

    public LedgerEntry {
        if (seq < 1 || previousHash == null || kind == null || genesisHash == null || chainHead == null
                || closingHash == null || hash == null || chainLength < 0) {
            throw new IllegalArgumentException("a ledger entry needs a place from 1, the hash before it, a kind, "
                    + "the session's genesis and head, and its own hash");
        }
        if ((kind == Kind.CONVERTED) != (replacedHead != null)) {
            throw new IllegalArgumentException("a conversion entry, and only one, names the chain head it replaced");
        }
        if ((keyFingerprint == null) != (signature == null)) {
            throw new IllegalArgumentException("a ledger entry's signature and key fingerprint go together");
        }
    }

    /** True for the entries that fix a session's chain: seals and adoptions. */
    public boolean seals() {
        return kind != Kind.OPENED;
    }

    /** True when the entry carries a signature. */
    public boolean signed() {
        return signature != null;
    }
}
