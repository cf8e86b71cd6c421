package org.palpa.adapter.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
 * The session store on a JDBC database: an embedded SQLite file in WAL mode, or PostgreSQL.
 * Opening the store runs the schema migrations and marks sessions whose recorder died as
 * interrupted. Every write commits before it returns. One connection is shared, so the methods
 * are synchronized; a recorder writes from one thread.
 */
public final class JdbcSessionStore implements SessionStore, LedgerReader {
    private final Connection connection;
    private final String description;
    private final Dialect dialect;
    private final LedgerRows ledger;
    private final boolean readOnly;
    private final int interruptedOnOpen;
    private final int adoptedOnOpen;

    private JdbcSessionStore(Connection connection, String description, Dialect dialect, RecordSigner signer,
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
        this.adoptedOnOpen = before >= 1 && before < LEDGER_VERSION ? ledger.adoptAll(connection) : 0;
        connection.commit();
        this.interruptedOnOpen = Recovery.markInterrupted(connection, dialect, ledger);
    }

    /** The schema version that added the ledger. */
    private static final int LEDGER_VERSION = 3;

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
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // FULL syncs the WAL at every commit, so a committed second survives power loss, not only a crash.
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
            }
            ownerOnly(db);
            return new JdbcSessionStore(c, db.toString(), Dialect.SQLITE, signer, false);
        } catch (SQLException e) {
            throw new StoreException("cannot open the session store " + db + ": " + SqlErrors.explain(e), e);
        }
    }

    /** Opens the store at a JDBC URL ({@code jdbc:postgresql://host/db?user=..} or {@code jdbc:sqlite:FILE}), unsigned. */
    public static JdbcSessionStore open(String jdbcUrl) {
        return open(jdbcUrl, null);
    }

    /**
     * Opens the store at a JDBC URL and signs its ledger entries with {@code signer}.
     */
    public static JdbcSessionStore open(String jdbcUrl, RecordSigner signer) {
        Dialect dialect = Dialect.of(jdbcUrl);
        try {
            return new JdbcSessionStore(DriverManager.getConnection(jdbcUrl), Dialect.redact(jdbcUrl), dialect, signer, false);
        } catch (SQLException e) {
            throw new StoreException("cannot open the session store " + Dialect.redact(jdbcUrl) + ": "
                    + SqlErrors.explain(e), e);
        }
    }

    private static void ownerOnly(Path db) {
        try {
            if (Files.exists(db) && db.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (java.io.IOException e) {
            // the owner-only directory already keeps other users out
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
        Path db = ReadOnlyOpen.existingDatabase(dataDir);
        try {
            return new JdbcSessionStore(ReadOnlyOpen.sqlite(db), db.toString(), Dialect.SQLITE, null, true);
        } catch (SQLException e) {
            throw new StoreException("cannot open the session store " + db + ": " + SqlErrors.explain(e), e);
        }
    }

    /** Opens the store at a JDBC URL for reading only, as {@link #openSqliteReadOnly}. */
    public static JdbcSessionStore openReadOnly(String jdbcUrl) {
        Dialect dialect = Dialect.of(jdbcUrl);
        try {
            Connection c = dialect == Dialect.SQLITE ? ReadOnlyOpen.sqlite(ReadOnlyOpen.existingFile(jdbcUrl))
                    : DriverManager.getConnection(jdbcUrl);
            c.setReadOnly(true);
            return new JdbcSessionStore(c, Dialect.redact(jdbcUrl), dialect, null, true);
        } catch (SQLException e) {
            throw new StoreException("cannot open the session store " + Dialect.redact(jdbcUrl) + ": "
                    + SqlErrors.explain(e), e);
        }
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
            if (!"recording".equals(status(sessionId))) {
                // a note on an ended session moves its head: seal the new head
                ledger.enter(connection, LedgerEntry.Kind.SEALED, sessionId);
            }
            return null;
        });
    }

    private String status(long sessionId) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT status FROM sessions WHERE id = ?")) {
            p.setLong(1, sessionId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
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
        StringBuilder sql = new StringBuilder("SELECT " + SessionRows.COLUMNS + SessionRows.FROM + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.clientCode() != null) {
            sql.append(" AND client_code = ?");
            args.add(f.clientCode());
        }
        if (f.therapist() != null) {
            sql.append(" AND therapist = ?");
            args.add(f.therapist());
        }
        if (f.site() != null) {
            sql.append(" AND site = ?");
            args.add(f.site());
        }
        if (f.from() != null) {
            sql.append(" AND started_at >= ?");
            args.add(f.from().toEpochMilli());
        }
        if (f.until() != null) {
            sql.append(" AND started_at < ?");
            args.add(f.until().toEpochMilli());
        }
        sql.append(" ORDER BY started_at, id");
        return read("list sessions", () -> {
            List<StoredSession> out = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    p.setObject(i + 1, args.get(i));
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(SessionRows.read(connection, r));
                    }
                }
            }
            return out;
        });
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
        return read("list sessions", () -> {
            List<Long> ids = new ArrayList<>();
            try (Statement st = connection.createStatement(); ResultSet r = st.executeQuery("SELECT id FROM sessions ORDER BY id")) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        });
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
        if (dialect != Dialect.SQLITE) {
            return new DatabaseCheck(false, List.of());
        }
        return read("check the database", () -> {
            List<String> problems = new ArrayList<>();
            try (Statement st = connection.createStatement(); ResultSet r = st.executeQuery("PRAGMA integrity_check(20)")) {
                while (r.next()) {
                    if (!"ok".equalsIgnoreCase(r.getString(1))) {
                        problems.add(r.getString(1));
                    }
                }
            }
            return new DatabaseCheck(true, problems);
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the session store " + description + ": " + SqlErrors.explain(e), e);
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T write(String what, SqlWork<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the first error is the one to report
            }
            throw new StoreException("cannot " + what + " in " + description + ": " + SqlErrors.explain(e), e);
        }
    }

    private <T> T read(String what, SqlWork<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            try {
                connection.rollback(); // PostgreSQL refuses further statements in a failed transaction
            } catch (SQLException ignored) {
                // the first error is the one to report
            }
            throw new StoreException("cannot " + what + " from " + description + ": " + SqlErrors.explain(e), e);
        }
    }

    Dialect dialect() {
        return dialect;
    }
}
