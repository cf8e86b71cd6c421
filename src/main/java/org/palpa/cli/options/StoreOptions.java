package org.palpa.cli.options;

import java.nio.file.Path;
import java.util.List;
import org.palpa.adapter.keys.Ed25519KeyFolder;
import org.palpa.adapter.store.DataDirectory;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.core.record.SigningKeys;
import picocli.CommandLine.Option;

/** Where session records live: the options shared by recording commands and {@code palpa sessions}. */
public final class StoreOptions {
    /** The signing key's folder inside the data folder, unless {@code --key-dir} names another. */
    public static final String KEY_FOLDER = "keys";

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the session database (default: $XDG_DATA_HOME/palpa or ~/.local/share/palpa).")
    Path dataDir;

    @Option(names = "--store", paramLabel = "JDBC-URL",
            description = "Use a shared database instead, such as jdbc:postgresql://host/palpa?user=palpa (overrides --data-dir).")
    String storeUrl;

    @Option(names = "--key-dir", paramLabel = "DIR", defaultValue = "${env:PALPA_KEY_DIR}",
            description = "Folder of the Ed25519 signing key (default: $PALPA_KEY_DIR, else keys/ in the data folder).")
    Path keyDir;

    /** Opens the store these options name for recording, signing with the installation's key (made if needed); the caller closes it. */
    public JdbcSessionStore open() {
        if (storeUrl == null || keyDir == null) {
            DataDirectory.prepare(dataDir()); // owner-only, before the key folder is made inside it
        }
        Ed25519KeyFolder signer = Ed25519KeyFolder.loadOrCreate(keyDir());
        if (storeUrl != null) {
            return JdbcSessionStore.open(storeUrl, signer);
        }
        return JdbcSessionStore.openSqlite(dataDir(), signer);
    }

    /** Opens the store for changing what it holds (upgrade, migrate), which must exist already: nothing new is made. */
    public JdbcSessionStore openExisting() {
        if (storeUrl == null) {
            DataDirectory.requireDatabase(dataDir());
        }
        return open();
    }

    /** Opens the store for reading only: it must exist, and nothing is created or changed. */
    public JdbcSessionStore openReadOnly() {
        if (storeUrl != null) {
            return JdbcSessionStore.openReadOnly(storeUrl);
        }
        return JdbcSessionStore.openSqliteReadOnly(dataDir());
    }

    /** The folder of the session database. */
    public Path dataDir() {
        return dataDir != null ? dataDir : DataDirectory.platformDefault();
    }

    /** The folder of the signing key. */
    public Path keyDir() {
        return keyDir != null ? keyDir : dataDir().resolve(KEY_FOLDER);
    }

    /** The keys a check trusts: this installation's public key, if it has one, and each of {@code extra} (PEM files). */
    public SigningKeys trustedKeys(List<Path> extra) {
        SigningKeys keys = SigningKeys.none();
        var own = Ed25519KeyFolder.publicKey(keyDir());
        if (own.isPresent()) {
            keys = keys.with(own.get());
        }
        for (Path p : extra) {
            keys = keys.with(Ed25519KeyFolder.readPublicKey(p));
        }
        return keys;
    }

    /** The fingerprint of this installation's public key, or null when it has none yet. */
    public String ownFingerprint() {
        return Ed25519KeyFolder.publicKey(keyDir()).map(SigningKeys::fingerprint).orElse(null);
    }
}
