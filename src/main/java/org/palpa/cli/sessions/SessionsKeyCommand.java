package org.palpa.cli.sessions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.palpa.adapter.keys.Ed25519KeyFolder;
import org.palpa.cli.options.StoreOptions;
import org.palpa.core.PalpaException;
import org.palpa.core.record.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa sessions key}: prints this installation's public signing key for third parties. */
@Command(name = "key", mixinStandardHelpOptions = true,
        description = {"Prints this installation's Ed25519 public key and its SHA-256 fingerprint.",
                "Auditors and insurers check records and exports with it (palpa sessions verify-export FILE --key KEY).",
                "The private key never leaves its folder."})
public final class SessionsKeyCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the public key (PEM) to FILE.")
    Path output;

    @Option(names = "--create", description = "Make the key pair now if there is none (it is otherwise made with the first recording).")
    boolean create;

    @Override
    public Integer call() throws IOException {
        Path dir = store.keyDir();
        if (!Files.exists(dir.resolve(Ed25519KeyFolder.PRIVATE_FILE)) && !create) {
            throw new PalpaException("no signing key in " + dir + " yet; it is made when the first session is "
                    + "recorded, or now with 'palpa sessions key --create'");
        }
        Ed25519KeyFolder key = create ? Ed25519KeyFolder.loadOrCreate(dir) : Ed25519KeyFolder.load(dir);
        if (output != null) {
            Files.writeString(output, key.publicKeyPem(), StandardCharsets.US_ASCII);
            System.out.println("Wrote the public key to " + output);
        } else {
            System.out.print(key.publicKeyPem());
        }
        System.out.println("Fingerprint (SHA-256 of the key): " + key.fingerprint());
        System.out.println("Short form: " + SigningKeys.shortForm(key.fingerprint()) + "; private key: "
                + dir.resolve(Ed25519KeyFolder.PRIVATE_FILE));
        return 0;
    }

}
