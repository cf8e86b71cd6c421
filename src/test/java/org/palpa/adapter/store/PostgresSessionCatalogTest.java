package org.palpa.adapter.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The session list's queries on a real PostgreSQL server, as {@link PostgresStoreTest}. */
@EnabledIfEnvironmentVariable(named = "PALPA_TEST_PG_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "no PostgreSQL test database: set PALPA_TEST_PG_URL (.ci/run starts one)")
class PostgresSessionCatalogTest extends SessionCatalogContract {
    private static final String URL = System.getenv("PALPA_TEST_PG_URL");

    @Override
    JdbcSessionStore emptyStore() {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database: " + e.getMessage(), e);
        }
        return JdbcSessionStore.open(URL);
    }
}
