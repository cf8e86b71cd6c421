package org.palpa.adapter.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.palpa.app.port.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * Opening a store for reading only. A missing store is reported rather than created, so a
 * mistyped {@code --data-dir} never looks like an empty, clean record; the SQLite connection is
 * opened with {@code SQLITE_OPEN_READONLY}, so nothing can be written through it.
 */
final class ReadOnlyOpen {
    private ReadOnlyOpen() {
    }

    static JdbcSessionStore store(Path dataDir) {
        Path db = existingDatabase(dataDir);
        try {
            return new JdbcSessionStore(sqlite(db), db.toString(), Dialect.SQLITE, null, true);
        } catch (SQLException e) {
            throw new StoreException("cannot open the session store " + db + ": " + SqlErrors.explain(e), e);
        }
    }

    static JdbcSessionStore store(String jdbcUrl) {
        Dialect dialect = Dialect.of(jdbcUrl);
        try {
            Connection c = dialect == Dialect.SQLITE ? sqlite(existingFile(jdbcUrl))
                    : java.sql.DriverManager.getConnection(jdbcUrl, dialect.driverProperties());
            c.setReadOnly(true);
            return new JdbcSessionStore(c, Dialect.redact(jdbcUrl), dialect, null, true);
        } catch (SQLException e) {
            throw new StoreException("cannot open the session store " + Dialect.redact(jdbcUrl) + ": "
                    + SqlErrors.explain(e), e);
        }
    }

    /** The database file in {@code dataDir}, which must exist. */
    static Path existingDatabase(Path dataDir) {
        Path db = dataDir.resolve(DataDirectory.DATABASE_FILE);
        if (!Files.isDirectory(dataDir)) {
            throw new StoreException("no session store in " + dataDir + ": the folder does not exist (check --data-dir)");
        }
        if (!Files.isRegularFile(db)) {
            throw new StoreException("no session store in " + dataDir + ": it has no " + DataDirectory.DATABASE_FILE
                    + " (check --data-dir; sessions are recorded by live, gui and demo)");
        }
        return db;
    }

    /** The file of a {@code jdbc:sqlite:FILE} URL, which must exist. */
    static Path existingFile(String jdbcUrl) {
        Path db = Path.of(jdbcUrl.substring("jdbc:sqlite:".length()));
        if (!Files.isRegularFile(db)) {
            throw new StoreException("no session store at " + db + ": the file does not exist");
        }
        return db;
    }

    /**
     * Closes {@code c}; for a read-only SQLite store at {@code sqliteFile} (null for any other), also
     * removes the empty {@code -wal} and {@code -shm} files that a read-only connection leaves
     * behind, so that looking at a record leaves its folder as it was. SQLite deletes them only
     * when the last connection closing could write, so a plain connection is opened and closed:
     * with an empty log its close writes nothing to the database, and when another connection
     * (a recorder) still has the store open, SQLite leaves the files to it. On a read-only medium
     * there are no such files to remove.
     */
    static void close(Connection c, String sqliteFile) throws SQLException {
        c.close();
        if (sqliteFile == null) {
            return;
        }
        Path wal = Path.of(sqliteFile + "-wal");
        try {
            if (!Files.isRegularFile(wal) || Files.size(wal) != 0 || !Files.isWritable(wal.getParent())) {
                return; // nothing to tidy, or a log a writer has yet to checkpoint: never touched from here
            }
            try (Connection tidy = java.sql.DriverManager.getConnection("jdbc:sqlite:" + Path.of(sqliteFile).toAbsolutePath());
                 Statement s = tidy.createStatement()) {
                s.executeQuery("SELECT COUNT(*) FROM sqlite_master").close(); // SQLite opens the log only when read
            }
        } catch (java.io.IOException | SQLException e) {
            // tidying only; the store was read and is unchanged either way
        }
    }

    /** How much of the database file a reader maps into memory (address space, not heap). */
    static final long READER_MMAP_BYTES = 1L << 30;

    static Connection sqlite(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        // readers stream whole sessions: map the file instead of copying each page through SQLite's
        // cache, and keep 16 MB of cache for the tables and indexes a list walks
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(READER_MMAP_BYTES));
        config.setCacheSize(-16_384);
        Path file = db.toAbsolutePath();
        if (onReadOnlyMedium(file)) {
            // SQLite cannot make the -shm file a WAL store needs there; nothing can write it either, so
            // it is opened as immutable (https://sqlite.org/wal.html#readonly, https://sqlite.org/uri.html)
            config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
            return config.createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /** A store in a folder that cannot be written, with no writer's log beside it: a read-only medium or folder. */
    private static boolean onReadOnlyMedium(Path db) {
        Path folder = db.getParent();
        return folder != null && !Files.isWritable(folder) && !Files.exists(Path.of(db + "-wal"));
    }

    /** Refuses a store whose schema this Palpa cannot read without changing it. */
    static void checkSchema(Connection c, String description) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            version = r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                throw new SQLException("it is not a Palpa session store (it has no schema_version table)", e);
            }
            throw e;
        }
        c.commit();
        int known = Migrations.SCRIPTS.size();
        if (version > known) {
            throw new SQLException("the database has schema version " + version + ", newer than this Palpa knows ("
                    + known + "); use a newer Palpa");
        }
        if (version < known) {
            throw new SQLException("it was written by an older Palpa (schema version " + version + " of " + known
                    + "); upgrade it once with 'palpa sessions upgrade' as its owner");
        }
    }
}
