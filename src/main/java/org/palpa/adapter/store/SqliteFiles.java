package org.palpa.adapter.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens an SQLite database file for recording: WAL, full syncs, foreign keys, and owner-only permissions. */
final class SqliteFiles {
    private SqliteFiles() {
    }

    static Connection writable(Path db) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            // FULL syncs the WAL at every commit, so a committed second survives power loss, not only a crash.
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=5000");
        }
        ownerOnly(db);
        return c;
    }

    private static void ownerOnly(Path db) {
        try {
            if (Files.exists(db) && db.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            // the owner-only directory already keeps other users out
        }
    }
}
