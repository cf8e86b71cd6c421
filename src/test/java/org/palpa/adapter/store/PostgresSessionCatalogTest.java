package org.palpa.adapter.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The session list's queries on a real PostgreSQL server, as {@link PostgresStoreTest}. */
@EnabledIfEnvironmentVariable(named = "PALPA_TEST_PG_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "no PostgreSQL test database: set PALPA_TEST_PG_URL (.ci/run starts one)")
class PostgresSessionCatalogTest extends SessionCatalogContract {
    private static final String URL = System.getenv("PALPA_TEST_PG_URL");

    @Override
    JdbcSessionStore emptyStore() {
        org.palpa.testing.TestPostgres.empty(URL);
        return JdbcSessionStore.open(URL);
    }
}
