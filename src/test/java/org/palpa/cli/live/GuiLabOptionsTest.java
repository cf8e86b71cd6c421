package org.palpa.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.palpa.cli.CliRunner;

/** The lab options of {@code palpa gui} are checked before any window opens, display or not. */
class GuiLabOptionsTest {
    @Test
    void aMalformedOscTargetIsBadInputInOneLineBeforeTheWindow() {
        CliRunner.Result r = CliRunner.run("gui", "--device", "sim-glove", "--osc", "localhost", "--no-record");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("palpa gui: --osc takes HOST:PORT, such as 127.0.0.1:9000, was 'localhost'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anOscPortOutOfRangeOrAMalformedMarkerPortIsBadInputInOneLine() {
        CliRunner.Result port = CliRunner.run("gui", "--osc", "127.0.0.1:70000", "--no-record");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err().strip()).isEqualTo("palpa gui: --osc port must be 1 to 65535, was 70000");
        CliRunner.Result markers = CliRunner.run("gui", "--markers", "9001", "--no-record");
        assertThat(markers.exitCode()).isEqualTo(2);
        assertThat(markers.err().strip()).isEqualTo("palpa gui: --markers takes udp:PORT, such as udp:9001, was '9001'");
    }
}
