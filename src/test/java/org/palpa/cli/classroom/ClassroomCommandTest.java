package org.palpa.cli.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.port.SessionReader;
import org.palpa.cli.CliRunner;
import org.palpa.core.record.StoredSession;

/** {@code palpa classroom} from the command line: the terminal table, the recorded sessions, and bad input. */
class ClassroomCommandTest {
    @TempDir
    Path dir;

    @Test
    void terminalClass_recordsASessionPerStation_withTheStudentAndClass_andPrintsTheSummary() throws Exception {
        Path data = dir.resolve("data");
        CliRunner.Result r = CliRunner.run("classroom", "--terminal", "--class", "MT-2", "--station",
                "S1=sim-algometer,student=ST-01", "--station", "S2=sim-glove,student=ST-02,target=30N",
                "--speed", "4", "--hold", "2s", "--close-after", "6s", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("STATION  STUDENT    LINK").contains("Class summary of MT-2")
                .containsPattern("S1 +ST-01 +\\d+ of \\d+").containsPattern("S2 +ST-02 +\\d+ of \\d+")
                .contains("% of one core");
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(data)) {
            List<StoredSession> sessions = store.list(SessionReader.Filter.ALL);
            assertThat(sessions).extracting(s -> s.meta().clientCode()).containsExactlyInAnyOrder("ST-01", "ST-02");
            assertThat(sessions).allSatisfy(s -> {
                assertThat(s.meta().site()).isEqualTo("class MT-2");
                assertThat(s.meta().notes()).startsWith("classroom class MT-2, station S");
                assertThat(s.frameCount()).isPositive();
                assertThat(s.lostFrames()).isZero();
                assertThat(store.trainees().traineeOf(s.id())).contains(
                        new org.palpa.core.record.Trainee(s.meta().clientCode(), "MT-2"));
            });
            assertThat(store.trainees().sessionsOf("ST-02", "MT-2")).hasSize(1);
            assertThat(sessions).filteredOn(s -> s.meta().clientCode().equals("ST-02")).singleElement()
                    .satisfies(s -> assertThat(s.meta().target().max()).isEqualTo(33.0, org.assertj.core.data.Offset.offset(1e-9)));
        }
        assertThat(r.out()).containsPattern("Recorded session \\d+ \\(station S1, student ST-01\\)");
    }

    @Test
    void aClassFile_givesTheClassAndStations_andItsMistakesNameTheField() throws Exception {
        Path file = dir.resolve("class.json");
        Files.writeString(file, "{\"class\": \"Tue\", \"stations\": [{\"name\": \"A\", \"device\": \"sim-algometer\"},"
                + " {\"name\": \"B\", \"devise\": \"sim-glove\"}]}");
        CliRunner.Result bad = CliRunner.run("classroom", "--terminal", "--config", file.toString(), "--no-record");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("palpa: " + file + ": stations[1].devise: unknown field (known: baud, "
                + "config, device, feedback, name, plan, protocol, student, target)");

        Files.writeString(file, "{\"class\": \"Tue\", \"stations\": [{\"name\": \"A\", \"device\": \"sim-algometer\"}]}");
        CliRunner.Result ok = CliRunner.run("classroom", "--terminal", "--config", file.toString(), "--no-record",
                "--close-after", "2s");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("1 stations of class Tue, not recorded").contains("A          A");
    }

    @Test
    void badStations_areOneLineNamingTheStation_withExitStatus2() {
        assertThat(CliRunner.run("classroom", "--terminal", "--station", "S1=sim-glove", "--station", "S1=sim-algometer",
                "--no-record")).satisfies(r -> {
                    assertThat(r.exitCode()).isEqualTo(2);
                    assertThat(r.err().strip()).isEqualTo("palpa classroom: two stations are named S1");
                });
        assertThat(CliRunner.run("classroom", "--terminal", "--station", "S1=sim-glovez", "--no-record")).satisfies(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("palpa classroom: station S1: unknown device 'sim-glovez' (known: ");
        });
        assertThat(CliRunner.run("classroom", "--terminal", "--station", "S1=sim-glove,colour=red")).satisfies(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("palpa classroom: station S1: unknown setting 'colour' (known: "
                    + "student, target, feedback, protocol, baud, config, plan)");
        });
        assertThat(CliRunner.run("classroom", "--terminal", "--station", "S1=serial:/dev/x,protocol=morse")).satisfies(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("palpa classroom: station S1: unknown protocol 'morse'");
        });
        assertThat(CliRunner.run("classroom", "--terminal", "--station", "S1=sim-glove,student=Jane Doe")).satisfies(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().strip()).contains("student code 'Jane Doe' of station S1 must be 1 to 40 letters");
        });
        assertThat(CliRunner.run("classroom", "--terminal", "--client", "C-1")).satisfies(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("palpa classroom: --client is given per station");
        });
    }
}
