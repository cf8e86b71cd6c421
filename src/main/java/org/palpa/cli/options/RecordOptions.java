package org.palpa.cli.options;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The recording options of {@code palpa live}, {@code palpa gui} and {@code palpa demo}: whether,
 * where and for whom to record.
 */
public final class RecordOptions {
    @Mixin
    public StoreOptions store;

    @Option(names = "--no-record", description = "Do not record this session.")
    public boolean noRecord;

    @Option(names = "--client", paramLabel = "CODE", defaultValue = "unassigned",
            description = "The client's pseudonymous code, such as C-0042; never a name (default: ${DEFAULT-VALUE}).")
    public String client;

    @Option(names = "--client-name", paramLabel = "NAME",
            description = "The client's name, kept in the store only; left out of logs and exports.")
    public String clientName;

    @Option(names = "--therapist", paramLabel = "NAME", description = "Who treats (default: the login name).")
    String therapist;

    @Option(names = "--site", paramLabel = "SITE", defaultValue = "", description = "Room or clinic.")
    public String site;

    @Option(names = "--notes", paramLabel = "TEXT", defaultValue = "", description = "Notes kept with the session.")
    public String notes;

    /**
     * Refuses recording options that cannot make a record, before any device starts: a client code
     * that is not a pseudonym (a name with spaces, an empty code) or an empty therapist.
     *
     * @throws IllegalArgumentException naming the option
     */
    public void check() {
        if (noRecord) {
            return;
        }
        try {
            org.palpa.core.record.SessionMeta.requireClientCode(client);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--client: " + e.getMessage() + "; put a name in --client-name, "
                    + "or pass --no-record");
        }
        if (therapistOrUser().isBlank()) {
            throw new IllegalArgumentException("--therapist must not be empty");
        }
    }

    public String therapistOrUser() {
        return therapist != null ? therapist : System.getProperty("user.name", "unknown");
    }
}
