package org.palpa.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL test database that {@code .ci/run} starts, named by {@code PALPA_TEST_PG_URL}. */
public final class TestPostgres {
    private TestPostgres() {
    }

    /** Drops every table of the test database at {@code url}, so a test starts from an empty store. */
    public static void empty(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database: " + e.getMessage(), e);
        }
    }
}
