package org.palpa.core.record;

import java.nio.charset.StandardCharsets;

/**
 * The canonical form of ledger entries, built here and nowhere else, for writing, checking and
 * checking an export alike. The text has the entry's place, the previous entry's hash, and what
 * it records, each field length-prefixed; its SHA-256 is the entry's hash, and the Ed25519
 * signature is over the same text.
 */
public final class SessionLedger {
    /** The "previous hash" of a ledger's first entry. */
    public static final String START = "0".repeat(64);

    private SessionLedger() {
    }

    /** The canonical text of an entry, without its own hash and signature, of any kind but a conversion. */
    public static String text(long seq, String previousHash, LedgerEntry.Kind kind, long sessionId, String genesisHash,
                              long chainLength, String chainHead, String closingHash, long atEpochMillis,
                              String keyFingerprint) {
        return text(seq, previousHash, kind, sessionId, genesisHash, chainLength, chainHead, closingHash, atEpochMillis,
                keyFingerprint, null);
    }

    /**
     * The canonical text of an entry. Only a conversion has a replaced head, as one more field at the
     * end, so every other entry keeps the text (and hash) it was signed with.
     */
    public static String text(long seq, String previousHash, LedgerEntry.Kind kind, long sessionId, String genesisHash,
                              long chainLength, String chainHead, String closingHash, long atEpochMillis,
                              String keyFingerprint, String replacedHead) {
        StringBuilder sb = new StringBuilder("palpa.ledger/1");
        for (String f : new String[] {Long.toString(seq), previousHash, kind.name(), Long.toString(sessionId),
                genesisHash, Long.toString(chainLength), chainHead, closingHash, Long.toString(atEpochMillis),
                keyFingerprint}) {
            if (f == null) {
                sb.append("|-");
            } else {
                sb.append('|').append(f.length()).append(':').append(f);
            }
        }
        if (replacedHead != null) {
            sb.append("|replaces|").append(replacedHead.length()).append(':').append(replacedHead);
        }
        return sb.toString();
    }

    /** The canonical text of {@code e}, as it was signed. */
    public static String text(LedgerEntry e) {
        return text(e.seq(), e.previousHash(), e.kind(), e.sessionId(), e.genesisHash(), e.chainLength(), e.chainHead(),
                e.closingHash(), e.atEpochMillis(), e.keyFingerprint(), e.replacedHead());
    }

    /**
     * The canonical text of how a session stands, the facts its chain does not cover: status code,
     * wall-clock end (UTC ms, or none), end reason, frames and lost frames.
     */
    public static String closingText(String status, Long endedAtEpochMillis, String endReason, long frames, long lostFrames) {
        StringBuilder sb = new StringBuilder("palpa.closing/1");
        for (String f : new String[] {status, endedAtEpochMillis == null ? null : Long.toString(endedAtEpochMillis),
                endReason, Long.toString(frames), Long.toString(lostFrames)}) {
            if (f == null) {
                sb.append("|-");
            } else {
                sb.append('|').append(f.length()).append(':').append(f);
            }
        }
        return sb.toString();
    }

    /** Hex SHA-256 of {@link #closingText} for a stored session. */
    public static String closingHash(StoredSession s) {
        return IntegrityChain.sha256(closingText(s.status().code(), s.endedAtEpochMillis(), s.endReason(), s.frameCount(),
                s.lostFrames()));
    }

    /** The bytes that are signed for {@code e}. */
    public static byte[] message(LedgerEntry e) {
        return text(e).getBytes(StandardCharsets.UTF_8);
    }

    /** True when {@code e}'s hash is the hash of its own fields. */
    public static boolean hashMatches(LedgerEntry e) {
        return IntegrityChain.sha256(text(e)).equals(e.hash());
    }
}
