package org.palpa.cli.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.port.SessionReader;
import org.palpa.cli.CliRunner;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.StoredSession;

/** A feedback schedule per classroom station: each station's session records the decisions of its own schedule. */
class ClassroomFeedbackTest {
    @TempDir
    Path dir;

    /** Each student's feedback decisions, as {@code 1} shown or {@code 0} hidden, hold by hold. */
    private static Map<String, String> decisions(Path data) {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(data)) {
            List<StoredSession> sessions = store.list(SessionReader.Filter.ALL);
            return sessions.stream().collect(Collectors.toMap(s -> s.meta().clientCode(), s -> store.events(s.id()).stream()
                    .filter(e -> e.kind() == RecordedEvent.Kind.FEEDBACK)
                    .map(e -> e.value() > 0.5 ? "1" : "0").collect(Collectors.joining())));
        }
    }

    @Test
    void givenAStationScheduleAndAClassDefault_thenEachStationRecordsItsOwnScheduleHoldByHold() {
        Path data = dir.resolve("data");
        CliRunner.Result r = CliRunner.run("classroom", "--terminal", "--class", "MT-F", "--feedback", "none",
                "--station", "S1=sim-algometer,student=ST-01,feedback=every:2", "--station", "S2=sim-algometer,student=ST-02",
                "--station", "S3=sim-algometer,student=ST-03,feedback=constant",
                "--speed", "8", "--hold", "2s", "--close-after", "12s", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        Map<String, String> d = decisions(data);
        assertThat(d.get("ST-01")).as("every:2").hasSizeGreaterThanOrEqualTo(3).startsWith("101");
        assertThat(d.get("ST-01")).matches("(10)*1?");
        assertThat(d.get("ST-02")).as("the class's none").hasSizeGreaterThanOrEqualTo(3).matches("0+");
        assertThat(d.get("ST-03")).as("constant needs no decisions").isEmpty();
    }

    @Test
    void aClassFileGivesAStationItsSchedule_andABadScheduleIsOneLineNamingTheStation() throws Exception {
        Path file = dir.resolve("class.json");
        Files.writeString(file, "{\"class\": \"Wed\", \"stations\": [{\"name\": \"A\", \"device\": \"sim-algometer\", "
                + "\"student\": \"ST-9\", \"feedback\": \"faded\"}]}");
        Path data = dir.resolve("d2");
        CliRunner.Result ok = CliRunner.run("classroom", "--terminal", "--config", file.toString(), "--speed", "8",
                "--close-after", "6s", "--data-dir", data.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(decisions(data).get("ST-9")).as("faded starts with five shown holds").isNotEmpty().matches("1{1,5}");

        CliRunner.Result bad = CliRunner.run("classroom", "--terminal", "--station", "S1=sim-glove,feedback=sometimes",
                "--no-record");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("palpa classroom: station S1: feedback schedule 'sometimes' is not one of "
                + "constant, faded, every:N, on-request, none");
        Files.writeString(file, "{\"class\": \"Wed\", \"stations\": [{\"name\": \"A\", \"device\": \"sim-algometer\", "
                + "\"feedback\": \"every:0\"}]}");
        CliRunner.Result badFile = CliRunner.run("classroom", "--terminal", "--config", file.toString(), "--no-record");
        assertThat(badFile.exitCode()).isEqualTo(2);
        assertThat(badFile.err().strip()).isEqualTo("palpa: " + file + ": stations[0]: station A: every:N needs N of 1 "
                + "or more, was 0");
    }
}
