package org.palpa.adapter.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The session list's queries on an SQLite store. */
class SqliteSessionCatalogTest extends SessionCatalogContract {
    @TempDir
    Path dir;

    private int stores;

    @Override
    JdbcSessionStore emptyStore() {
        return JdbcSessionStore.openSqlite(dir.resolve("store-" + stores++));
    }
}
