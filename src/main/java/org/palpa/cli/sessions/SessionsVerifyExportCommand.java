package org.palpa.cli.sessions;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.palpa.adapter.export.ExportVerifier;
import org.palpa.adapter.keys.Ed25519KeyFolder;
import org.palpa.cli.Main;
import org.palpa.core.record.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code palpa sessions verify-export FILE --key PUBLIC-KEY}: checks an exported session without the database. */
@Command(name = "verify-export", mixinStandardHelpOptions = true,
        description = {"Checks an exported session without the database, with the clinic's public key.",
                "Checks the Ed25519 signature of its seal and, for a json export, its whole chain recomputed from the file.",
                "Exit status 0 when valid, 1 when not, 2 when the file or key cannot be read."})
public final class SessionsVerifyExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A json export, or a csv export (its .csv.json sidecar is read).")
    Path file;

    @Option(names = "--key", required = true, paramLabel = "PUBLIC-KEY",
            description = "The clinic's public key (PEM), as 'palpa sessions key' prints it.")
    Path key;

    @Override
    public Integer call() {
        SigningKeys keys = SigningKeys.none().with(Ed25519KeyFolder.readPublicKey(key));
        ExportVerifier.Outcome o = ExportVerifier.check(file, keys);
        System.out.println(file + ": " + (o.valid() ? "VALID: " : "NOT VALID: ") + o.summary());
        return o.valid() ? 0 : Main.FAILED;
    }
}
