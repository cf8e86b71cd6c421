package org.palpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Main builds only the subcommand a command line names, yet help, suggestions and versions are unchanged. */
class LazySubcommandsTest {

    @Test
    void givenHelp_thenEverySubcommandIsListed() {
        CliRunner.Result r = CliRunner.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("live", "analyze", "demo", "gui", "ports", "calibrate", "calibration", "sessions", "help");
    }

    @Test
    void givenTheHelpSubcommand_thenItExplainsTheNamedCommand() {
        CliRunner.Result r = CliRunner.run("help", "analyze");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: palpa analyze").contains("--summary");
    }

    @Test
    void givenAMistypedSubcommand_thenTheRightOneIsSuggested() {
        CliRunner.Result r = CliRunner.run("analyse", "--input", "x.csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("analyse").contains("analyze");
    }

    @Test
    void givenVersion_thenTheVersionIsPrinted() {
        CliRunner.Result r = CliRunner.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("palpa ");
    }

    @Test
    void givenASessionsCommand_thenOnlyThatMemberOfTheFamilyIsBuilt() {
        picocli.CommandLine sessions = CommandTree.of(org.palpa.cli.sessions.SessionsCommand.class,
                CommandTree.wordsAfter(new String[] {"sessions", "list", "--data-dir", "x"}, "sessions"));
        assertThat(sessions.getSubcommands()).containsOnlyKeys("list");
    }

    @Test
    void givenSessionsHelp_thenEveryMemberIsListed() {
        CliRunner.Result r = CliRunner.run("sessions", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("list", "show", "verify", "replay", "export", "report", "note", "map",
                "verify-export", "key", "upgrade");
    }

    @Test
    void givenAMistypedSessionsCommand_thenTheRightOneIsSuggested() {
        CliRunner.Result r = CliRunner.run("sessions", "lst");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("lst").contains("list");
    }
}
