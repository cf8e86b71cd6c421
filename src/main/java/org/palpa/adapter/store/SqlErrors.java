package org.palpa.adapter.store;

import java.sql.SQLException;

/** Turns database errors into a short reason a person can act on. */
final class SqlErrors {
    private SqlErrors() {
    }

    static String explain(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("SQLITE_FULL")) {
            return "the disk is full";
        }
        if (m.contains("SQLITE_READONLY")) {
            return "the database or its directory is read-only";
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            return "the database file cannot be opened (missing directory or no permission)";
        }
        if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")) {
            return "the database is locked by another program";
        }
        if (m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT")) {
            return "the file is not a Palpa database or is damaged";
        }
        if ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) {
            return "the database refused the user name or password";
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return "the database server cannot be reached (" + firstLine(m) + ")";
        }
        return firstLine(m);
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
