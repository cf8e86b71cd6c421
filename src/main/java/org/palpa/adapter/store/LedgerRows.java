package org.palpa.adapter.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.palpa.app.port.RecordSigner;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.SessionLedger;

/**
 * Appends to and reads the {@code ledger} table. Entries are only ever inserted, each linked to
 * the one before by its hash and signed by the store's signer when it has one. Appends run inside
 * the caller's transaction, so a session row and its ledger entry commit together.
 */
final class LedgerRows {
    private static final String COLUMNS = "seq, previous_hash, kind, session_id, genesis_hash, chain_length, chain_head, "
            + "closing_hash, entered_at, key_fingerprint, hash, signature, replaced_head";
    private final Dialect dialect;
    private final RecordSigner signer;

    LedgerRows(Dialect dialect, RecordSigner signer) {
        this.dialect = dialect;
        this.signer = signer;
    }

    /** Enters session {@code id} with its chain as the session row holds it now. */
    LedgerEntry enter(Connection c, LedgerEntry.Kind kind, long sessionId) throws SQLException {
        return enter(c, kind, sessionId, null);
    }

    /** As {@link #enter(Connection, LedgerEntry.Kind, long)}, for a conversion that replaced {@code replacedHead}. */
    LedgerEntry enter(Connection c, LedgerEntry.Kind kind, long sessionId, String replacedHead) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT genesis_hash, chain_length, chain_head, status, "
                + "ended_at, end_reason, frame_count, lost_frames FROM sessions WHERE id = ?")) {
            p.setLong(1, sessionId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("session " + sessionId + " vanished while it was being entered in the ledger");
                }
                long ended = r.getLong(5);
                Long endedAt = r.wasNull() ? null : ended;
                String closing = IntegrityChain.sha256(SessionLedger.closingText(r.getString(4), endedAt, r.getString(6),
                        r.getLong(7), r.getLong(8)));
                return append(c, kind, sessionId, r.getString(1), r.getLong(2), r.getString(3), closing, replacedHead);
            }
        }
    }

    private LedgerEntry append(Connection c, LedgerEntry.Kind kind, long sessionId, String genesis, long length, String head,
                               String closing, String replacedHead) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                // rooms sharing a store append one at a time, so the ledger stays one chain
                s.execute("LOCK TABLE ledger IN SHARE ROW EXCLUSIVE MODE");
            }
        }
        long seq = 1;
        String previous = SessionLedger.START;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1")) {
            if (r.next()) {
                seq = r.getLong(1) + 1;
                previous = r.getString(2);
            }
        }
        long now = System.currentTimeMillis();
        String fingerprint = signer == null ? null : signer.fingerprint();
        String text = SessionLedger.text(seq, previous, kind, sessionId, genesis, length, head, closing, now, fingerprint,
                replacedHead);
        String signature = signer == null ? null
                : HexFormat.of().formatHex(signer.sign(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        LedgerEntry e = new LedgerEntry(seq, previous, kind, sessionId, genesis, length, head, closing, now, fingerprint,
                IntegrityChain.sha256(text), signature, replacedHead);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ledger (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            p.setLong(i++, e.seq());
            p.setString(i++, e.previousHash());
            p.setString(i++, e.kind().name());
            p.setLong(i++, e.sessionId());
            p.setString(i++, e.genesisHash());
            p.setLong(i++, e.chainLength());
            p.setString(i++, e.chainHead());
            p.setString(i++, e.closingHash());
            p.setLong(i++, e.atEpochMillis());
            p.setString(i++, e.keyFingerprint());
            p.setString(i++, e.hash());
            p.setString(i++, e.signature());
            p.setString(i, e.replacedHead());
            p.executeUpdate();
        }
        return e;
    }

    /** Enters every session already in the store, once, when the store gains its ledger. */
    int adoptAll(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM sessions WHERE status <> 'recording' ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        for (long id : ids) {
            enter(c, LedgerEntry.Kind.ADOPTED, id);
        }
        return ids.size();
    }

    static List<LedgerEntry> all(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM ledger ORDER BY seq", null);
    }

    static Optional<LedgerEntry> latestSeal(Connection c, long sessionId) throws SQLException {
        List<LedgerEntry> e = query(c, "SELECT " + COLUMNS + " FROM ledger WHERE session_id = ? AND kind <> 'OPENED' "
                + "ORDER BY seq DESC LIMIT 1", sessionId);
        return e.stream().findFirst();
    }

    private static List<LedgerEntry> query(Connection c, String sql, Long sessionId) throws SQLException {
        List<LedgerEntry> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (sessionId != null) {
                p.setLong(1, sessionId);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(read(r));
                }
            }
        }
        return out;
    }

    private static LedgerEntry read(ResultSet r) throws SQLException {
        try {
            return new LedgerEntry(r.getLong(1), r.getString(2), LedgerEntry.Kind.valueOf(r.getString(3)), r.getLong(4),
                    r.getString(5), r.getLong(6), r.getString(7), r.getString(8), r.getLong(9), r.getString(10),
                    r.getString(11), r.getString(12), r.getString(13));
        } catch (IllegalArgumentException e) {
            throw new SQLException("ledger entry " + r.getLong(1) + " cannot be read: " + e.getMessage(), e);
        }
    }
}
