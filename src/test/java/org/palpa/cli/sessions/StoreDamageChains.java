package org.palpa.cli.sessions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.SessionLedger;
import org.palpa.core.record.SigningKeys;
import org.palpa.core.record.StoredSession;

/** What a forger with write access but without the private key can do: recompute every SHA-256. */
final class StoreDamageChains {
    private StoreDamageChains() {
    }

    static byte[] chunkData(StoreDamage d, long session, int chunk) throws Exception {
        try (PreparedStatement p = d.c.prepareStatement("SELECT data FROM sample_chunks WHERE session_id = ? AND chunk_index = ?")) {
            p.setLong(1, session);
            p.setInt(2, chunk);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getBytes(1);
            }
        }
    }

    static void setChunkData(StoreDamage d, long session, int chunk, byte[] data) throws Exception {
        try (PreparedStatement p = d.c.prepareStatement("UPDATE sample_chunks SET data = ? WHERE session_id = ? AND chunk_index = ?")) {
            p.setBytes(1, data);
            p.setLong(2, session);
            p.setInt(3, chunk);
            p.executeUpdate();
        }
    }

    /** Recomputes the session's chain (and, if asked, its genesis hash) from what is stored now. */
    static void recompute(StoreDamage d, Path dataDir, long session, boolean genesisToo) throws Exception {
        StoredSession s;
        List<ChainEntry> entries = new ArrayList<>();
        try (JdbcSessionStore store = JdbcSessionStore.openSqliteReadOnly(dataDir)) {
            s = store.find(session).orElseThrow();
            store.forEachEntry(session, entries::add);
        }
        String head = genesisToo ? IntegrityChain.genesis(s.meta()) : s.genesisHash();
        if (genesisToo) {
            d.sql("UPDATE sessions SET genesis_hash = '" + head + "' WHERE id = " + session);
        }
        for (ChainEntry e : entries) {
            head = IntegrityChain.link(head, e.item());
            String table = switch (e.item()) {
                case ChainEntry.Chunk c -> "sample_chunks";
                case ChainEntry.Event ev -> "events";
                case ChainEntry.Hold h -> "holds";
            };
            d.setHash(table, session, e.seq(), head);
        }
        d.sql("UPDATE sessions SET chain_head = '" + head + "' WHERE id = " + session);
    }

    /**
     * Rewrites the session's latest seal with its current head and a correct entry hash: keeping
     * the old signature ({@code key} null), or signing with a key of the forger's own.
     */
    static void rewriteSeal(StoreDamage d, long session, KeyPair key) throws Exception {
        LedgerEntry old;
        try (PreparedStatement p = d.c.prepareStatement("SELECT seq, previous_hash, kind, genesis_hash, chain_length, "
                + "chain_head, closing_hash, entered_at, key_fingerprint, hash, signature FROM ledger WHERE session_id = ? "
                + "AND kind <> 'OPENED' ORDER BY seq DESC LIMIT 1")) {
            p.setLong(1, session);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                old = new LedgerEntry(r.getLong(1), r.getString(2), LedgerEntry.Kind.valueOf(r.getString(3)), session,
                        r.getString(4), r.getLong(5), r.getString(6), r.getString(7), r.getLong(8), r.getString(9),
                        r.getString(10), r.getString(11));
            }
        }
        String head;
        try (ResultSet r = d.c.createStatement().executeQuery("SELECT chain_head FROM sessions WHERE id = " + session)) {
            r.next();
            head = r.getString(1);
        }
        String fingerprint = key == null ? old.keyFingerprint() : SigningKeys.fingerprint(key.getPublic().getEncoded());
        String text = SessionLedger.text(old.seq(), old.previousHash(), old.kind(), session, old.genesisHash(),
                old.chainLength(), head, old.closingHash(), old.atEpochMillis(), fingerprint);
        String signature = old.signature();
        if (key != null) {
            Signature sig = Signature.getInstance("Ed25519");
            sig.initSign(key.getPrivate());
            sig.update(text.getBytes(StandardCharsets.UTF_8));
            signature = StoreDamage.hex(sig.sign());
        }
        try (PreparedStatement p = d.c.prepareStatement("UPDATE ledger SET chain_head = ?, hash = ?, key_fingerprint = ?, "
                + "signature = ? WHERE seq = ?")) {
            p.setString(1, head);
            p.setString(2, IntegrityChain.sha256(text));
            p.setString(3, fingerprint);
            p.setString(4, signature);
            p.setLong(5, old.seq());
            p.executeUpdate();
        }
    }
}
