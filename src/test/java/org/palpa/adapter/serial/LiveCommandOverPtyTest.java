package org.palpa.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.Main;
import org.palpa.core.protocol.PalpaFrames;

/** {@code palpa live --port} end to end: the command line, a real pty, and an emulated algometer. */
class LiveCommandOverPtyTest {
    @TempDir
    Path dir;

    @Test
    void liveOnAPort_recognisesTheAlgometer_judgesTheHold_andPrintsTheLinkStatistics() throws Exception {
        assumeTrue(PtyPair.socatInstalled(), "socat is not installed: apt-get install socat (.ci/run does)");
        DeviceEmulator.Mode.Palpa algometer = new DeviceEmulator.Mode.Palpa(seq -> PalpaFrames.hello((int) (seq & 0xFFFF),
                0, "palpa-algometer", "A0001", "1.0.0", 24, 80, List.of("probe")), 400, 80, 0,
                seq -> PalpaFrames.data((int) (seq & 0xFFFF), seq * 12_500L, 40));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int status;
        try (PtyPair pty = new PtyPair(dir);
             DeviceEmulator device = DeviceEmulator.on(pty.device, algometer)) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            // the emulated Palpa firmware sends converter counts with no calibration: a raw session, judged in counts
            status = Main.run("live", "--port", pty.host.toString(), "--raw", "--target", "40counts", "--hold", "2s",
                    "--duration", "4s", "--plain");
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(status).as(out).isZero();
        assertThat(out).contains("Palpa live: palpa-algometer (1 channel at 80 Hz)")
                .contains("1 of 1 finished hold met the target")
                .containsPattern("serial: \\d+ bytes, \\d+ frames, 0 CRC errors, 0 other errors, 0 resyncs \\(0 bytes skipped\\), 0 lost frames, "
                        + "0 overrun bytes, 0 reconnects");
    }

    @Test
    void portsTable_showsPathDescriptionSerialAndIds() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(Main.run("ports")).isZero();
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        List<PortDescription> ports = SerialTransport.listPorts();
        if (ports.isEmpty()) {
            assertThat(out).startsWith("No serial ports found.");
        } else {
            assertThat(out).startsWith("PORT").contains("USB SERIAL");
            ports.forEach(p -> assertThat(out).contains(p.path()));
        }
    }
}
