package org.palpa.cli.live;

import org.palpa.cli.Main;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command-line side of {@code palpa gui}: what it says when it cannot open, and bad options. */
class GuiCommandTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void captureErr() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(savedErr);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenNoDisplay_whenTheWindowIsAskedFor_thenOneLineSaysWhyAndPointsToLiveAndTheExitIsOne() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "this JVM has a display");
        int status = Main.run("gui", "--device", "sim-algometer");
        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(errText()).startsWith("palpa: the window cannot open: no graphical display is available")
                .contains("palpa live").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(errText().lines().count()).isEqualTo(1);
    }

    @Test
    void anUnknownDeviceIsBadInputNamingTheKnownOnes() {
        int status = Main.run("gui", "--device", "sim-toaster");
        assertThat(status).isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).contains("unknown device 'sim-toaster'").contains("sim-algometer");
    }

    @Test
    void aReplayOfAMalformedFileIsReportedWithFileLineAndColumnBeforeAnyWindowOpens(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path csv = dir.resolve("session.csv");
        java.nio.file.Files.writeString(csv, "time_s,probe\n0,1\n0.01,abc\n");
        int status = Main.run("gui", "--replay", csv.toString());
        assertThat(status).isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).isEqualTo("palpa: session.csv:3: column 2 (probe): 'abc' is not a number"
                + System.lineSeparator());
    }

    @Test
    void aScreenshotWithoutCloseAfterIsBadInput() {
        int status = Main.run("gui", "--screenshot", "x.png");
        assertThat(status).isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).contains("--screenshot needs --close-after");
    }

    @Test
    void anUnknownStoredSessionIsOneLineNamingTheStoreBeforeAnyWindowOpens(@org.junit.jupiter.api.io.TempDir
                                                                           java.nio.file.Path dir) {
        org.palpa.adapter.store.JdbcSessionStore.openSqlite(dir).close();
        int status = Main.run("gui", "--session", "99", "--data-dir", dir.toString());
        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(errText()).isEqualTo("palpa: no session 99 in " + dir.resolve("palpa.db")
                + " (see palpa sessions list)" + System.lineSeparator());
    }

    @Test
    void aMalformedSessionIdOrTwoRecordingsAreBadInput() {
        assertThat(Main.run("gui", "--session", "abc")).isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).contains("'abc' is not a session id");
        assertThat(Main.run("gui", "--session", "3", "--replay", "trace.csv")).isEqualTo(Main.BAD_INPUT);
        assertThat(errText()).contains("--replay and --session both name a recording; give one");
    }
}
