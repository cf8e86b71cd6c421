package org.palpa.adapter.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    /** {@code PRAGMA integrity_check}: every b-tree page, index and constraint, up to 20 findings. */
    static LedgerReader.DatabaseCheck integrity(Connection c) throws SQLException {
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
}
