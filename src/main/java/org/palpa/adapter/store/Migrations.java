package org.palpa.adapter.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database's schema up to date when a store opens. Each migration is a SQL resource
 * {@code migrations/V<n>__<name>.sql} run once, in order, in its own transaction; the table
 * {@code schema_version} records which have run.
 */
final class Migrations {
    /** The migrations in order; append, never edit one that has shipped. */
    /** The schema version that added the ledger. */
    static final int LEDGER_VERSION = 3;

    static final List<String> SCRIPTS = List.of("V1__sessions.sql", "V2__target_plan.sql", "V3__ledger.sql",
            "V4__trainees.sql", "V5__converted_sessions.sql", "V6__clinic_indexes.sql");

    private Migrations() {
    }

    /** Runs the migrations the database has not seen; returns the schema version it was at before (0 when new). */
    static int migrate(Connection c, Dialect dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "script TEXT NOT NULL, applied_at BIGINT NOT NULL)");
        }
        c.commit();
        int current = currentVersion(c);
        if (current > SCRIPTS.size()) {
            throw new SQLException("the database has schema version " + current + ", newer than this Palpa knows ("
                    + SCRIPTS.size() + "); use a newer Palpa");
        }
        for (int v = current + 1; v <= SCRIPTS.size(); v++) {
            String script = SCRIPTS.get(v - 1);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(dialect.render(load(script)))) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_version (version, script, applied_at) VALUES (" + v + ", '" + script
                        + "', " + System.currentTimeMillis() + ")");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
            }
        }
        return current;
    }

    /** The schema version a database is at now (0 for an empty one). */
    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(clean.toString().split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration " + script + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }
}
