package org.palpa.cli.sessions;

import java.util.List;
import org.palpa.cli.CommandFamily;
import picocli.CommandLine.Command;

/**
 * {@code palpa sessions}: lists, shows, verifies, exports and reports recorded sessions. Its members
 * are built only when a command line names them ({@link CommandFamily}); a new one is added to
 * {@link #members()}.
 */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = {"Works with recorded sessions: list, show, verify, export, report, replay, note, verify-export, key, upgrade, migrate.",
                "Sessions are kept in the data directory (see docs/records.md)."})
public final class SessionsCommand implements CommandFamily {
    @Override
    public List<Class<?>> members() {
        return List.of(SessionsListCommand.class, SessionsShowCommand.class, SessionsVerifyCommand.class,
                SessionsReplayCommand.class, SessionsExportCommand.class,
                SessionsReportCommand.class, SessionsNoteCommand.class, SessionsMapCommand.class,
                SessionsVerifyExportCommand.class, SessionsKeyCommand.class, SessionsUpgradeCommand.class,
                SessionsMigrateCommand.class);
    }
}
