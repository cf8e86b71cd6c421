package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.app.port.StoreException;

class MigrationsTest {
    @TempDir
    Path dir;

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void migrationsRunOnceOnFirstOpenAndTheDatabaseIsInWalMode() throws Exception {
        JdbcSessionStore.openSqlite(dir).close();
        JdbcSessionStore.openSqlite(dir).close();
        assertThat(count("SELECT COUNT(*) FROM schema_version")).isEqualTo(Migrations.SCRIPTS.size());
        assertThat(count("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                + "('clients', 'therapists', 'sessions', 'channels', 'sample_chunks', 'events', 'holds')")).isEqualTo(7);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aDatabaseFromANewerPalpaIsRefusedWithAClearMessage() throws Exception {
        JdbcSessionStore.openSqlite(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO schema_version VALUES (99, 'V99__future.sql', 0)");
        }
        assertThatThrownBy(() -> JdbcSessionStore.openSqlite(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99, newer than this Palpa knows (" + Migrations.SCRIPTS.size()
                        + "); use a newer Palpa");
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedInTheError() throws Exception {
        Files.writeString(dir.resolve("palpa.db"), "these are my notes, not a database ".repeat(100));
        assertThatThrownBy(() -> JdbcSessionStore.openSqlite(dir)).isInstanceOf(StoreException.class)
                .hasMessage("cannot open the session store " + dir.resolve("palpa.db")
                        + ": the file is not a Palpa database or is damaged");
    }
}
