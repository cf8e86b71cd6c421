package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.recording.Recordings;
import org.palpa.cli.CliRunner;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** {@code sessions list} shows the most recent sessions and says how many match; --limit and --all choose how many. */
class SessionsListPagingTest {
    @TempDir
    Path dir;

    @BeforeEach
    void sixtySessionsOneADay() {
        var device = SimulatedDeviceSpec.algometer().deviceInfo(1);
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            for (int i = 0; i < 60; i++) {
                SessionMeta m = new SessionMeta(i % 4 == 0 ? "C-0007" : "C-0001", null, "t.one", "room-1", "",
                        1_767_225_600_000L + i * 86_400_000L, "test", device, null, null, null, Recordings.TARGET,
                        "median:5", 1.0);
                long id = store.create(m, IntegrityChain.genesis(m));
                store.finish(id, SessionStatus.COMPLETE, m.startedAtEpochMillis() + 60_000, "stopped");
            }
        }
    }

    private CliRunner.Result list(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "sessions";
        args[1] = "list";
        System.arraycopy(options, 0, args, 2, options.length);
        args[args.length - 2] = "--data-dir";
        args[args.length - 1] = dir.toString();
        return CliRunner.run(args);
    }

    private static long rows(CliRunner.Result r) {
        return r.out().lines().filter(l -> l.matches("\\s*\\d+\\s+20\\d\\d-.*")).count();
    }

    @Test
    void byDefaultTheFiftyMostRecentAreListedOldestFirstWithTheCountOfAll() {
        CliRunner.Result r = list();
        assertThat(r.exitCode()).isZero();
        assertThat(rows(r)).isEqualTo(SessionsListCommand.DEFAULT_LIMIT);
        assertThat(r.out()).contains("The 50 most recent of 60 sessions; --all lists every one");
        assertThat(r.out().indexOf("   11  ")).isLessThan(r.out().indexOf("   60  ")).isPositive();
        assertThat(r.out()).doesNotContain("   10  2026");
    }

    @Test
    void limitAndAllChooseHowManyAndAFilterCountsOnlyItsMatches() {
        assertThat(rows(list("--limit", "3"))).isEqualTo(3);
        CliRunner.Result all = list("--all");
        assertThat(rows(all)).isEqualTo(60);
        assertThat(all.out()).doesNotContain("most recent of");
        CliRunner.Result client = list("--client", "C-0007", "--limit", "5");
        assertThat(rows(client)).isEqualTo(5);
        assertThat(client.out()).contains("The 5 most recent of 15 matching sessions");
    }

    @Test
    void limitAndAllTogetherOrALimitBelowOneAreRefusedInOneLine() {
        CliRunner.Result both = list("--limit", "5", "--all");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err().strip()).contains("--all and --limit cannot be given together").doesNotContain("\n", "Exception");
        CliRunner.Result zero = list("--limit", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("'--limit'");
    }
}
