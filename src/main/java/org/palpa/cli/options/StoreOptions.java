package org.palpa.cli.options;

import java.nio.file.Path;
import org.palpa.adapter.store.DataDirectory;
import org.palpa.adapter.store.JdbcSessionStore;
import picocli.CommandLine.Option;

/** Where session records live: the options shared by recording commands and {@code palpa sessions}. */
public final class StoreOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the session database (default: $XDG_DATA_HOME/palpa or ~/.local/share/palpa).")
    Path dataDir;

    @Option(names = "--store", paramLabel = "JDBC-URL",
            description = "Use a shared database instead, such as jdbc:postgresql://host/palpa?user=palpa (overrides --data-dir).")
    String storeUrl;

    /** Opens the store these options name; the caller closes it. */
    public JdbcSessionStore open() {
        if (storeUrl != null) {
            return JdbcSessionStore.open(storeUrl);
        }
        return JdbcSessionStore.openSqlite(dataDir != null ? dataDir : DataDirectory.platformDefault());
    }
}
