package org.palpa.adapter.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.palpa.app.port.ChunkCompaction;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.ChunkCodec;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.SampleChunk;

/**
 * Converts a session's version-1 chunks to the compact encoding on its store's connection, one
 * chunk in memory at a time. Each stored hash is checked against the old chain as it goes, and the
 * new chain is built beside it; the session's head and a {@link LedgerEntry.Kind#CONVERTED} ledger
 * entry are written in the same transaction.
 */
final class JdbcChunkCompaction implements ChunkCompaction {
    private final Object lock;
    private final Connection connection;
    private final LedgerRows ledger;
    private final String description;

    JdbcChunkCompaction(Object lock, Connection connection, LedgerRows ledger, String description) {
        this.lock = lock;
        this.connection = connection;
        this.ledger = ledger;
        this.description = description;
    }

    @Override
    public Optional<Converted> compact(long sessionId, String expectedHead) {
        synchronized (lock) {
            return Transactions.write(connection, "cannot convert session " + sessionId + " in " + description,
                    () -> convert(sessionId, expectedHead));
        }
    }

    private Optional<Converted> convert(long id, String expectedHead) throws SQLException {
        String genesis;
        try (PreparedStatement p = connection.prepareStatement("SELECT genesis_hash, status FROM sessions WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("session " + id + " is not in the store");
                }
                if ("recording".equals(r.getString(2))) {
                    throw new SQLException("session " + id + " is still recording");
                }
                genesis = r.getString(1);
            }
        }
        TreeMap<Long, ChainEntry> small = EntryRows.eventsAndHolds(connection, id);
        TreeMap<Long, Integer> chunkAt = chunkPlaces(id);
        TreeMap<Long, Object> order = new TreeMap<>(small);
        chunkAt.forEach(order::put);
        String oldHead = genesis;
        String newHead = genesis;
        long converted = 0;
        long before = 0;
        long after = 0;
        ChunkCodec codec = new ChunkCodec();
        for (Map.Entry<Long, Object> place : order.entrySet()) {
            ChainEntry stored = place.getValue() instanceof ChainEntry e ? e : chunk(id, place.getKey(), (Integer) place.getValue());
            if (!IntegrityChain.link(oldHead, stored.item()).equals(stored.hash())) {
                throw new SQLException(stored.describe() + " of session " + id + " does not match its chain; nothing was converted");
            }
            oldHead = stored.hash();
            ChainEntry.Item item = stored.item();
            if (item instanceof ChainEntry.Chunk(SampleChunk k)) {
                SampleChunk compact = compacted(k, codec);
                converted += compact == k ? 0 : 1;
                before += k.data().length;
                after += compact.data().length;
                item = new ChainEntry.Chunk(compact);
            }
            newHead = IntegrityChain.link(newHead, item);
            rewrite(id, stored, item, newHead);
        }
        if (!oldHead.equals(expectedHead)) {
            throw new SQLException("session " + id + "'s chain ends at " + oldHead.substring(0, 16) + "..., not at the verified head");
        }
        if (converted == 0) {
            connection.rollback();
            return Optional.empty();
        }
        try (PreparedStatement p = connection.prepareStatement("UPDATE sessions SET chain_head = ? WHERE id = ?")) {
            p.setString(1, newHead);
            p.setLong(2, id);
            p.executeUpdate();
        }
        ledger.enter(connection, LedgerEntry.Kind.CONVERTED, id, oldHead);
        return Optional.of(new Converted(id, converted, before, after, oldHead, newHead));
    }

    private static SampleChunk compacted(SampleChunk k, ChunkCodec codec) throws SQLException {
        try {
            return k.compacted(codec);
        } catch (IllegalArgumentException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    private TreeMap<Long, Integer> chunkPlaces(long id) throws SQLException {
        TreeMap<Long, Integer> out = new TreeMap<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT chain_seq, chunk_index FROM sample_chunks WHERE session_id = ? ORDER BY chain_seq")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), EntryRows.exactInt(r, 2, "chunk_index"));
                }
            }
        }
        return out;
    }

    private ChainEntry chunk(long id, long seq, int index) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT hash, chunk_index, first_timestamp_ns, frame_count, "
                + "channel_count, data FROM sample_chunks WHERE session_id = ? AND chain_seq = ?")) {
            p.setLong(1, id);
            p.setLong(2, seq);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("chunk " + index + " of session " + id + " vanished");
                }
                try {
                    return new ChainEntry(seq, r.getString(1), new ChainEntry.Chunk(EntryRows.chunk(r, 2)));
                } catch (IllegalArgumentException e) {
                    throw new SQLException("chunk " + index + " of session " + id + " cannot be read: " + e.getMessage(), e);
                }
            }
        }
    }

    private void rewrite(long id, ChainEntry stored, ChainEntry.Item item, String hash) throws SQLException {
        String table = switch (item) {
            case ChainEntry.Chunk c -> "sample_chunks";
            case ChainEntry.Event e -> "events";
            case ChainEntry.Hold h -> "holds";
        };
        boolean chunk = item instanceof ChainEntry.Chunk;
        try (PreparedStatement p = connection.prepareStatement("UPDATE " + table + " SET hash = ?"
                + (chunk ? ", data = ?" : "") + " WHERE session_id = ? AND chain_seq = ?")) {
            int i = 1;
            p.setString(i++, hash);
            if (item instanceof ChainEntry.Chunk(SampleChunk k)) {
                p.setBytes(i++, k.data());
            }
            p.setLong(i++, id);
            p.setLong(i, stored.seq());
            if (p.executeUpdate() != 1) {
                throw new SQLException(stored.describe() + " of session " + id + " could not be rewritten");
            }
        }
    }
}
