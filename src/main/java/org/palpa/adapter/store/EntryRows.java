package org.palpa.adapter.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.sample.Unit;

/** Maps chain entries to and from the {@code sample_chunks}, {@code events} and {@code holds} tables. */
final class EntryRows {
    private static final String HOLD_COLUMNS = "chain_seq, hash, channel, hold_index, contact_start_ns, hold_start_ns, "
            + "hold_end_ns, contact_end_ns, time_in_band_ns, time_over_ns, mean, peak, cv, ramp_rate_per_s, "
            + "ramp_rate_in_band, outcome, unit";

    /**
     * Chunks fetched per round trip when a session's samples are read. PostgreSQL's driver then reads
     * through a cursor (the store's connection never auto-commits), so an hour-long session streams
     * instead of arriving whole; SQLite steps row by row anyway.
     */
    static final int FETCH_CHUNKS = 32;

    private EntryRows() {
    }

    static void insert(Connection c, long sessionId, List<ChainEntry> entries) throws SQLException {
        try (PreparedStatement chunk = c.prepareStatement("INSERT INTO sample_chunks (session_id, chunk_index, chain_seq, "
                + "first_timestamp_ns, frame_count, channel_count, data, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement event = c.prepareStatement("INSERT INTO events (session_id, chain_seq, timestamp_ns, kind, "
                     + "value, detail, hash, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement hold = c.prepareStatement("INSERT INTO holds (session_id, " + HOLD_COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ChainEntry e : entries) {
                switch (e.item()) {
                    case ChainEntry.Chunk(SampleChunk k) -> {
                        chunk.setLong(1, sessionId);
                        chunk.setInt(2, k.index());
                        chunk.setLong(3, e.seq());
                        chunk.setLong(4, k.firstTimestampNanos());
                        chunk.setInt(5, k.frameCount());
                        chunk.setInt(6, k.channelCount());
                        chunk.setBytes(7, k.data());
                        chunk.setString(8, e.hash());
                        chunk.executeUpdate();
                    }
                    case ChainEntry.Event(RecordedEvent ev) -> {
                        event.setLong(1, sessionId);
                        event.setLong(2, e.seq());
                        event.setLong(3, ev.timestampNanos());
                        event.setString(4, ev.kind().name());
                        if (ev.value() == null) {
                            event.setNull(5, Types.DOUBLE);
                        } else {
                            event.setDouble(5, ev.value());
                        }
                        event.setString(6, ev.detail());
                        event.setString(7, e.hash());
                        if (ev.addedLater()) {
                            event.setLong(8, ev.addedAtEpochMillis());
                        } else {
                            event.setNull(8, Types.BIGINT);
                        }
                        event.setString(9, ev.addedBy());
                        event.executeUpdate();
                    }
                    case ChainEntry.Hold(HoldResult h) -> {
                        int i = 1;
                        hold.setLong(i++, sessionId);
                        hold.setLong(i++, e.seq());
                        hold.setString(i++, e.hash());
                        hold.setInt(i++, h.channel());
                        hold.setInt(i++, h.index());
                        hold.setLong(i++, h.contactStartNanos());
                        hold.setLong(i++, h.holdStartNanos());
                        hold.setLong(i++, h.holdEndNanos());
                        hold.setLong(i++, h.contactEndNanos());
                        hold.setLong(i++, h.timeInBandNanos());
                        hold.setLong(i++, h.timeOverNanos());
                        hold.setDouble(i++, h.mean());
                        hold.setDouble(i++, h.peak());
                        hold.setDouble(i++, h.coefficientOfVariation());
                        hold.setDouble(i++, h.rampRatePerSecond());
                        hold.setInt(i++, h.rampRateInBand() ? 1 : 0);
                        hold.setString(i++, h.outcome().name());
                        hold.setString(i, h.unit().recordName());
                        hold.executeUpdate();
                    }
                }
            }
        }
    }

    static void chunks(Connection c, long sessionId, Consumer<SampleChunk> sink) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT chunk_index, first_timestamp_ns, frame_count, channel_count, "
                + "data FROM sample_chunks WHERE session_id = ? ORDER BY chunk_index")) {
            p.setFetchSize(FETCH_CHUNKS);
            p.setLong(1, sessionId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(chunk(r, 1));
                }
            }
        }
    }

    static java.util.Optional<SampleChunk> lastChunk(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT chunk_index, first_timestamp_ns, frame_count, channel_count, "
                + "data FROM sample_chunks WHERE session_id = ? ORDER BY chunk_index DESC LIMIT 1")) {
            p.setLong(1, sessionId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? java.util.Optional.of(chunk(r, 1)) : java.util.Optional.empty();
            }
        }
    }

    /**
     * An integer column that must fit an int. JDBC's getInt would silently drop the high bits of a
     * larger stored value, so a changed row could read back as the original.
     */
    static int exactInt(ResultSet r, int at, String column) throws SQLException {
        long v = r.getLong(at);
        if (v != (int) v) {
            throw new IllegalArgumentException("column " + column + " holds " + v + ", which is out of range");
        }
        return (int) v;
    }

    static SampleChunk chunk(ResultSet r, int at) throws SQLException {
        return new SampleChunk(exactInt(r, at, "chunk_index"), r.getLong(at + 1), exactInt(r, at + 2, "frame_count"),
                exactInt(r, at + 3, "channel_count"), r.getBytes(at + 4));
    }

    static List<RecordedEvent> events(Connection c, long sessionId) throws SQLException {
        return new ArrayList<>(eventEntries(c, sessionId).values().stream()
                .map(e -> ((ChainEntry.Event) e.item()).event()).toList());
    }

    static List<HoldResult> holds(Connection c, long sessionId) throws SQLException {
        return new ArrayList<>(holdEntries(c, sessionId).values().stream()
                .map(e -> ((ChainEntry.Hold) e.item()).hold()).toList());
    }

    private static TreeMap<Long, ChainEntry> eventEntries(Connection c, long sessionId) throws SQLException {
        TreeMap<Long, ChainEntry> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT chain_seq, hash, timestamp_ns, kind, value, detail, "
                + "added_at, added_by FROM events WHERE session_id = ? ORDER BY chain_seq")) {
            p.setLong(1, sessionId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    double v = r.getDouble(5);
                    Double value = r.wasNull() ? null : v;
                    long added = r.getLong(7);
                    Long addedAt = r.wasNull() ? null : added;
                    RecordedEvent ev = new RecordedEvent(r.getLong(3), RecordedEvent.Kind.valueOf(r.getString(4)), value,
                            r.getString(6), addedAt, r.getString(8));
                    out.put(r.getLong(1), new ChainEntry(r.getLong(1), r.getString(2), new ChainEntry.Event(ev)));
                }
            }
        }
        return out;
    }

    private static TreeMap<Long, ChainEntry> holdEntries(Connection c, long sessionId) throws SQLException {
        TreeMap<Long, ChainEntry> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + HOLD_COLUMNS + " FROM holds WHERE session_id = ? "
                + "ORDER BY chain_seq")) {
            p.setLong(1, sessionId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    int inBand = exactInt(r, 15, "ramp_rate_in_band");
                    if (inBand != 0 && inBand != 1) {
                        throw new IllegalArgumentException("holds.ramp_rate_in_band is " + inBand + ", not 0 or 1");
                    }
                    HoldResult h = new HoldResult(exactInt(r, 3, "channel"), exactInt(r, 4, "hold_index"), r.getLong(5), r.getLong(6), r.getLong(7),
                            r.getLong(8), r.getLong(9), r.getLong(10), r.getDouble(11), r.getDouble(12), r.getDouble(13),
                            r.getDouble(14), inBand == 1, HoldOutcome.valueOf(r.getString(16)),
                            Unit.fromRecordName(r.getString(17)));
                    out.put(r.getLong(1), new ChainEntry(r.getLong(1), r.getString(2), new ChainEntry.Hold(h)));
                }
            }
        }
        return out;
    }

    /** The (few) events and holds of a session, by chain place. */
    static TreeMap<Long, ChainEntry> eventsAndHolds(Connection c, long sessionId) throws SQLException {
        TreeMap<Long, ChainEntry> small = eventEntries(c, sessionId);
        small.putAll(holdEntries(c, sessionId));
        return small;
    }

    /** Streams chunks in chain order and merges in the (few) events and holds by their chain place. */
    static void entries(Connection c, long sessionId, Consumer<ChainEntry> sink) throws SQLException {
        TreeMap<Long, ChainEntry> small = eventsAndHolds(c, sessionId);
        try (PreparedStatement p = c.prepareStatement("SELECT chain_seq, hash, chunk_index, first_timestamp_ns, "
                + "frame_count, channel_count, data FROM sample_chunks WHERE session_id = ? ORDER BY chain_seq")) {
            p.setFetchSize(FETCH_CHUNKS);
            p.setLong(1, sessionId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long seq = r.getLong(1);
                    while (!small.isEmpty() && small.firstKey() < seq) {
                        sink.accept(small.pollFirstEntry().getValue());
                    }
                    sink.accept(new ChainEntry(seq, r.getString(2), new ChainEntry.Chunk(chunk(r, 3))));
                }
            }
        }
        small.values().forEach(sink);
    }
}
