package org.palpa.cli.sessions;

import picocli.CommandLine.Command;

/** {@code palpa sessions}: lists, shows, verifies, exports and reports recorded sessions. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = {"Works with recorded sessions: list, show, verify, export, report, replay, note, verify-export, key, upgrade.",
                "Sessions are kept in the data directory (see docs/records.md)."},
        subcommands = {SessionsListCommand.class, SessionsShowCommand.class, SessionsVerifyCommand.class,
                SessionsReplayCommand.class, SessionsExportCommand.class,
                SessionsReportCommand.class, SessionsNoteCommand.class, SessionsMapCommand.class,
                SessionsVerifyExportCommand.class, SessionsKeyCommand.class, SessionsUpgradeCommand.class,
                SessionsMigrateCommand.class})
public final class SessionsCommand {
}
