package org.palpa.adapter.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.palpa.app.port.LedgerReader;
import org.palpa.app.port.RecordSigner;
import org.palpa.app.port.SessionStore;
import org.palpa.app.port.StoreException;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.record.StoredSession;
import org.palpa.core.hold.HoldResult;

/**
 * The session store on a JDBC database: an embedded SQLite file in WAL mode, or PostgreSQL. Opening
 * runs the schema migrations and marks sessions whose recorder died as interrupted. Every write
 * commits before it returns; one shared connection, so the methods are synchronized.
 */
public final class JdbcSessionStore implements SessionStore, LedgerReader {
    private final Connection connection;
    private final String description;
    private final Dialect dialect;
    private final LedgerRows ledger;
    private final boolean readOnly;
    private final int interruptedOnOpen;
    private final int adoptedOnOpen;

    JdbcSessionStore(Connection connection, String description, Dialect dialect, RecordSigner signer,
                             boolean readOnly) throws SQLException {
        this.connection = connection;
        this.description = description;
        this.dialect = dialect;
        this.ledger = new LedgerRows(dialect, signer);
        this.readOnly = readOnly;
        connection.setAutoCommit(false);
        if (readOnly) {
            ReadOnlyOpen.checkSchema(connection, description);
            this.interruptedOnOpen = 0;
            this.adoptedOnOpen = 0;
            return;
        }
        int before = Migrations.migrate(connection, dialect);
        this.adoptedOnOpen = before >= 1 && before < Migrations.LEDGER_VERSION ? ledger.adoptAll(connection) : 0;
        connection.commit();
        this.interruptedOnOpen = Recovery.markInterrupted(connection, dialect, ledger);
    }

    /** Opens (creating if needed) the SQLite store in {@code dataDir}; its ledger entries are left unsigned. */
    public static JdbcSessionStore openSqlite(Path dataDir) {
        return openSqlite(dataDir, null);
    }

    /**
     * Opens (creating if needed) the SQLite store in {@code dataDir}, which is made owner-only, and
     * signs its ledger entries with {@code signer} (null leaves them unsigned, which verify reports).
     */
    public static JdbcSessionStore openSqlite(Path dataDir, RecordSigner signer) {
        Path db = DataDirectory.prepare(dataDir);
        try {
            Connection c = SqliteFiles.writable(db);
            return new JdbcSessionStore(c, db.toString(), Dialect.SQLITE, signer, false);
        } catch (SQLException e) {
            throw new StoreException("cannot open the session store " + db + ": " + SqlErrors.explain(e), e);
        }
    }

    /** Opens the store at a JDBC URL ({@code jdbc:postgresql://host/db?user=..} or {@code jdbc:sqlite:FILE}), unsigned. */
    public static JdbcSessionStore open(String jdbcUrl) { return open(jdbcUrl, null); }

    /** Opens the store at a JDBC URL and signs its ledger entries with {@code signer}. */
    public static JdbcSessionStore open(String jdbcUrl, RecordSigner signer) {
        Dialect dialect = Dialect.of(jdbcUrl);
        try {
            return new JdbcSessionStore(DriverManager.getConnection(jdbcUrl, dialect.driverProperties()),
                    Dialect.redact(jdbcUrl), dialect, signer, false);
        } catch (SQLException e) {
            throw new StoreException("cannot open the session store " + Dialect.redact(jdbcUrl) + ": "
                    + SqlErrors.explain(e), e);
        }
    }

    /**
     * Opens the SQLite store in {@code dataDir} for reading only: nothing is created, migrated or
     * recovered, and the connection is opened read-only, so a user who may only read the folder
     * can list, show, verify and export.
     *
     * @throws StoreException when the folder holds no store
     */
    public static JdbcSessionStore openSqliteReadOnly(Path dataDir) {
        return ReadOnlyOpen.store(dataDir);
    }

    /** Opens the store at a JDBC URL for reading only, as {@link #openSqliteReadOnly}. */
    public static JdbcSessionStore openReadOnly(String jdbcUrl) {
        return ReadOnlyOpen.store(jdbcUrl);
    }

    /** True when this store was opened for reading only; every write then fails. */
    public boolean readOnly() {
        try {
            return readOnly && connection.isReadOnly();
        } catch (SQLException e) {
            return readOnly;
        }
    }

    /** Sessions that were in the store before it had a ledger and were entered into it by this open. */
    public int adoptedOnOpen() {
        return adoptedOnOpen;
    }

    /** Sessions this open marked interrupted because their recorder had died. */
    public int interruptedOnOpen() {
        return interruptedOnOpen;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public synchronized long create(SessionMeta meta, String genesisHash) {
        return write("start a session", () -> {
            long id = SessionRows.insert(connection, meta, genesisHash, Recovery.host(), ProcessHandle.current().pid());
            ledger.enter(connection, LedgerEntry.Kind.OPENED, id);
            return id;
        });
    }

    @Override
    public synchronized void append(long sessionId, List<ChainEntry> entries, long newFrames, long newLostFrames) {
        if (entries.isEmpty() && newLostFrames == 0) {
            return;
        }
        write("write session " + sessionId, () -> {
            EntryRows.insert(connection, sessionId, entries);
            try (PreparedStatement p = connection.prepareStatement("UPDATE sessions SET frame_count = frame_count + ?, "
                    + "lost_frames = lost_frames + ?, chain_length = chain_length + ?, "
                    + "chain_head = COALESCE(?, chain_head) WHERE id = ?")) {
                p.setLong(1, newFrames);
                p.setLong(2, newLostFrames);
                p.setLong(3, entries.size());
                p.setString(4, entries.isEmpty() ? null : entries.get(entries.size() - 1).hash());
                p.setLong(5, sessionId);
                p.executeUpdate();
            }
            if (!"recording".equals(SessionRows.status(connection, sessionId))) {
                // a note on an ended session moves its head: seal the new head
                ledger.enter(connection, LedgerEntry.Kind.SEALED, sessionId);
            }
            return null;
        });
    }

    @Override
    public synchronized void finish(long sessionId, SessionStatus status, long endedAtEpochMillis, String reason) {
        write("finish session " + sessionId, () -> {
            try (PreparedStatement p = connection.prepareStatement(
                    "UPDATE sessions SET status = ?, ended_at = ?, end_reason = ?, recorder_pid = NULL WHERE id = ?")) {
                p.setString(1, status.code());
                p.setLong(2, endedAtEpochMillis);
                p.setString(3, reason);
                p.setLong(4, sessionId);
                p.executeUpdate();
            }
            ledger.enter(connection, LedgerEntry.Kind.SEALED, sessionId);
            return null;
        });
    }

    @Override
    public synchronized List<StoredSession> list(Filter f) {
        return read("list sessions", () -> SessionRows.list(connection, f));
    }

    @Override
    public synchronized Optional<StoredSession> find(long sessionId) {
        return read("read session " + sessionId, () -> {
            try (PreparedStatement p = connection.prepareStatement("SELECT " + SessionRows.COLUMNS + SessionRows.FROM
                    + " WHERE id = ?")) {
                p.setLong(1, sessionId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(SessionRows.read(connection, r)) : Optional.<StoredSession>empty();
                }
            }
        });
    }

    @Override
    public synchronized long originNanos(long sessionId) {
        return read("read session " + sessionId, () -> {
            try (PreparedStatement p = connection.prepareStatement(
                    "SELECT first_timestamp_ns FROM sample_chunks WHERE session_id = ? ORDER BY chunk_index LIMIT 1")) {
                p.setLong(1, sessionId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0L;
                }
            }
        });
    }

    /** Reads only the session's last chunk, so a replay of an hour-long session opens at once. */
    @Override
    public synchronized long lastFrameNanos(long sessionId) {
        return read("read session " + sessionId, () -> EntryRows.lastChunk(connection, sessionId)
                .map(SampleChunk::lastTimestampNanos).orElse(Long.MIN_VALUE));
    }

    @Override
    public synchronized void forEachChunk(long sessionId, Consumer<SampleChunk> sink) {
        read("read the samples of session " + sessionId, () -> {
            EntryRows.chunks(connection, sessionId, sink);
            return null;
        });
    }

    @Override
    public synchronized List<RecordedEvent> events(long sessionId) {
        return read("read the events of session " + sessionId, () -> EntryRows.events(connection, sessionId));
    }

    @Override
    public synchronized List<HoldResult> holds(long sessionId) {
        return read("read the holds of session " + sessionId, () -> EntryRows.holds(connection, sessionId));
    }

    @Override
    public synchronized void forEachEntry(long sessionId, Consumer<ChainEntry> sink) {
        read("read session " + sessionId, () -> {
            EntryRows.entries(connection, sessionId, sink);
            return null;
        });
    }

    @Override
    public synchronized List<Long> sessionIds() {
        return read("list sessions", () -> StoreChecks.sessionIds(connection));
    }

    @Override
    public synchronized List<LedgerEntry> ledger() {
        return read("read the ledger", () -> LedgerRows.all(connection));
    }

    @Override
    public synchronized Optional<LedgerEntry> seal(long sessionId) {
        return read("read the ledger", () -> LedgerRows.latestSeal(connection, sessionId));
    }

    @Override
    public synchronized DatabaseCheck databaseCheck() {
        return dialect != Dialect.SQLITE ? new DatabaseCheck(false, List.of())
                : read("check the database", () -> StoreChecks.integrity(connection));
    }

    @Override
    public synchronized void close() {
        try {
            ReadOnlyOpen.close(connection, readOnly && dialect == Dialect.SQLITE ? description : null);
        } catch (SQLException e) {
            throw new StoreException("cannot close the session store " + description + ": " + SqlErrors.explain(e), e);
        }
    }

    private <T> T write(String what, Transactions.SqlWork<T> work) {
        return Transactions.write(connection, "cannot " + what + " in " + description, work);
    }

    private <T> T read(String what, Transactions.SqlWork<T> work) {
        return Transactions.read(connection, "cannot " + what + " from " + description, work);
    }

    /** Converts this store's sessions to compact chunks, on the same connection ({@code palpa sessions migrate}). */
    public org.palpa.app.port.ChunkCompaction compaction() {
        return new JdbcChunkCompaction(this, connection, ledger, description);
    }

    /** The newest sessions that match, with hold tallies, read without their samples (schema version 6's indexes). */
    public org.palpa.app.port.SessionCatalog catalog() {
        return new JdbcSessionCatalog(this, connection, description);
    }

    /** The students and classes of this store's training sessions, on the same connection. */
    public org.palpa.app.port.TraineeRegister trainees() {
        return new JdbcTraineeRegister(this, connection, description);
    }
}
