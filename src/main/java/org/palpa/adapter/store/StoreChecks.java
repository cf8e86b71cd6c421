package org.palpa.adapter.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.palpa.app.port.LedgerReader;

/** The queries of a full check: every session id without any join, and SQLite's own integrity check. */
final class StoreChecks {
    private StoreChecks() {
    }

    static List<Long> sessionIds(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT id FROM sessions ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /**
     * {@code PRAGMA integrity_check}: every b-tree page, index and constraint, up to 20 findings.
     * The database file is first read once from start to end (see {@link ReadAhead}), so that the
     * check and the sessions' checks running beside it find its pages in memory.
     */
    static LedgerReader.DatabaseCheck integrity(Connection c) throws SQLException {
        mainFile(c).ifPresent(ReadAhead::file);
        List<String> problems = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("PRAGMA integrity_check(20)")) {
            while (r.next()) {
                if (!"ok".equalsIgnoreCase(r.getString(1))) {
                    problems.add(r.getString(1));
                }
            }
        }
        return new LedgerReader.DatabaseCheck(true, problems);
    }

    private static Optional<Path> mainFile(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("PRAGMA database_list")) {
            while (r.next()) {
                String file = r.getString("file");
                if ("main".equals(r.getString("name")) && file != null && !file.isEmpty()) {
                    return Optional.of(Path.of(file));
                }
            }
        }
        return Optional.empty();
    }
}
