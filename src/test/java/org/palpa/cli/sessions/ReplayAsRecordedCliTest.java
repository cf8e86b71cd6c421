package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;

/** Replays and re-analyses judge as the session was judged, unless another target is given and named. */
class ReplayAsRecordedCliTest {
    private static final Pattern TALLY = Pattern.compile("(\\d+) of (\\d+) finished holds? met");

    @TempDir
    Path dir;

    private static String tally(String out) {
        Matcher m = TALLY.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1) + "/" + m.group(2);
    }

    @Test
    void givenAGloveSessionWithATargetPerFingerAndAShortHold_thenReplayAndAnalyzeJudgeItAsRecorded() throws Exception {
        String data = dir.toString();
        CliRunner.Result live = CliRunner.run("live", "--device", "sim-glove", "--target", "thumb=30N,index=15N",
                "--hold", "15s", "--duration", "60s", "--speed", "max", "--plain", "--data-dir", data);
        assertThat(live.exitCode()).as(live.err()).isZero();

        CliRunner.Result replay = CliRunner.run("sessions", "replay", "1", "--speed", "max", "--plain", "--data-dir", data);
        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("Judged as recorded").contains("thumb 27.00..33.00 N for 15.0 s")
                .contains("index 13.50..16.50 N for 15.0 s");
        assertThat(tally(replay.out())).isEqualTo(tally(live.out()));

        CliRunner.Result analyze = CliRunner.run("analyze", "--session", "1", "--data-dir", data);
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(analyze.err()).contains("Judged as recorded");
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(analyze.out()).get("summary");
        assertThat(summary.get("met").asInt() + "/" + summary.get("finished").asInt()).isEqualTo(tally(live.out()));
    }

    @Test
    void givenAnotherTarget_thenTheReplayNamesItAsNotTheRecordedOne() {
        String data = dir.toString();
        assertThat(CliRunner.run("live", "--hold", "15s", "--duration", "40s", "--speed", "max", "--plain",
                "--data-dir", data).exitCode()).isZero();
        CliRunner.Result replay = CliRunner.run("sessions", "replay", "1", "--speed", "max", "--plain", "--hold", "5s",
                "--data-dir", data);
        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("Judged against --hold given here, NOT as recorded")
                .contains("for 5.0 s").contains("(recorded: 36.00..44.00 N for 15.0 s");
    }
}
