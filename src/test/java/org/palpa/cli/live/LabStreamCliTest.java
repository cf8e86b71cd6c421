package org.palpa.cli.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.lsl.LslOutlet;
import org.palpa.cli.CliRunner;
import org.palpa.core.stream.OscWriter;

/**
 * Streaming to the lab end to end: what {@code palpa live --osc} sends is read by liblo's
 * {@code oscdump}, a receiver nobody here wrote, and markers sent to {@code --markers} end up in
 * the recorded session.
 */
class LabStreamCliTest {
    /** Every line oscdump prints for Palpa's stream, as docs/streaming.md documents the address space. */
    private static final Pattern LINE = Pattern.compile("^(?:[0-9a-f]{8}\\.[0-9a-f]{8}|\\S+) /palpa/live/(?:"
            + "frame i (?<seq>\\d+)"
            + "|force if (?<ch>\\d) -?\\d+\\.\\d+"
            + "|start sif \"sim-glove\" 5 200\\.0+"
            + "|channel iss \\d \"(thumb|index|middle|ring|little)\" \"N\""
            + "|state iss \\d \"\\w+\" \"(NO_CONTACT|UNDER|IN_BAND|OVER)\""
            + "|hold issfff \\d \"\\w+\" \"[A-Z_]+\" [0-9.]+ -?[0-9.]+ -?[0-9.]+"
            + "|event ss \"[a-z_]+\" \".*\""
            + "|end s \".+\")$");

    private static int freeUdpPort() throws SocketException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Waits until oscdump has printed nothing new for a second. */
    private static void waitForQuiet(java.io.ByteArrayOutputStream so) throws InterruptedException {
        int last = -1;
        for (int i = 0; i < 30; i++) {
            int now;
            synchronized (so) {
                now = so.size();
            }
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(1000);
        }
    }

    private static boolean installed(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void givenOscdumpListening_whenTheGloveStreams_thenEveryLineParsesAsDocumentedAndEveryFrameArrives() throws Exception {
        assumeTrue(installed("oscdump"), "oscdump is not installed: apt-get install liblo-tools (.ci/run does)");
        int port = freeUdpPort();
        Process dump = new ProcessBuilder("stdbuf", "-oL", "oscdump", String.valueOf(port))
                .redirectErrorStream(true).start();
        java.io.ByteArrayOutputStream dumpedSoFar = new java.io.ByteArrayOutputStream();
        CompletableFuture<String> dumped = CompletableFuture.supplyAsync(() -> {
            byte[] buf = new byte[8192];
            try (java.io.InputStream in = dump.getInputStream()) {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    synchronized (dumpedSoFar) {
                        dumpedSoFar.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // oscdump was stopped
            }
            synchronized (dumpedSoFar) {
                return dumpedSoFar.toString(StandardCharsets.UTF_8);
            }
        });
        Thread.sleep(500); // oscdump binds its port
        // 50 of the glove's 200 frames a second: a printing receiver on a loaded machine keeps up with that;
        // the full rate is measured by OscSoak with a receiver that only counts
        CliRunner.Result r = CliRunner.run("live", "--device", "sim-glove", "--duration", "4s", "--osc-rate", "50",
                "--target", "20N", "--hold", "1s", "--osc", "127.0.0.1:" + port, "--no-record", "--plain");
        assertThat(r.exitCode()).as(r.err()).isZero();
        waitForQuiet(dumpedSoFar);
        dump.destroy();
        String out = dumped.get(10, TimeUnit.SECONDS);
        Matcher sent = Pattern.compile("OSC to 127\\.0\\.0\\.1:\\d+: (\\d+) frames in (\\d+) packets").matcher(r.out());
        assertThat(sent.find()).as(r.out()).isTrue();
        long framesSent = Long.parseLong(sent.group(1));
        assertThat(r.out()).contains("Session ended: reached 4 s. 4.0 s of signal, " + 4 * framesSent + " frames");

        List<String> lines = out.lines().toList();
        long frames = 0;
        long forces = 0;
        long expectedSeq = 0;
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as("line of oscdump: %s", line).isTrue();
            if (m.group("seq") != null) {
                assertThat(Long.parseLong(m.group("seq"))).isEqualTo(expectedSeq);
                expectedSeq += 4; // every 4th frame at 50 of 200 a second
                frames++;
            } else if (m.group("ch") != null) {
                forces++;
            }
        }
        assertThat(frames).isEqualTo(framesSent).isEqualTo(200);
        assertThat(forces).isEqualTo(5 * framesSent);
        assertThat(out).contains("/palpa/live/end s \"reached 4 s\"");
    }

    @Test
    void givenOscdumpListening_whenAPlanRuns_thenItsStepsAndCuesAreStreamedAsEvents() throws Exception {
        assumeTrue(installed("oscdump"), "oscdump is not installed: apt-get install liblo-tools (.ci/run does)");
        int port = freeUdpPort();
        Process dump = new ProcessBuilder("stdbuf", "-oL", "oscdump", String.valueOf(port)).redirectErrorStream(true).start();
        java.io.ByteArrayOutputStream so = new java.io.ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (java.io.InputStream in = dump.getInputStream()) {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    synchronized (so) {
                        so.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // oscdump was stopped
            }
        });
        reader.start();
        Thread.sleep(500);
        CliRunner.Result r = CliRunner.run("plan", "run", "taster", "--device", "sim-glove", "--speed", "10",
                "--osc", "127.0.0.1:" + port, "--osc-rate", "5", "--no-record", "--plain");
        assertThat(r.exitCode()).as(r.err()).isZero();
        waitForQuiet(so);
        dump.destroy();
        reader.join(5000);
        String out;
        synchronized (so) {
            out = so.toString(StandardCharsets.UTF_8);
        }
        assertThat(out).contains("/palpa/live/event ss \"plan_started\" \"plan=taster")
                .contains("/palpa/live/event ss \"step_started\" \"step=1 site=infraspinatus")
                .contains("/palpa/live/event ss \"step_started\" \"step=2")
                .contains("/palpa/live/event ss \"plan_finished\"");
    }

    @Test
    void givenMarkersOnUdp_whenAnotherInstrumentSendsThem_thenTheGoodOnesAreRecordedAndTheBadOnesCounted(
            @TempDir Path dir) throws Exception {
        int port = freeUdpPort();
        CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(() -> CliRunner.run("live",
                "--device", "sim-algometer", "--duration", "8s", "--markers", "udp:" + port, "--plain",
                "--data-dir", dir.toString(), "--client", "C-0007"));
        // UDP says nothing of whether anyone listens, so the sender keeps sending until Palpa has ended:
        // OSC and plain-text markers in turn, each followed by one with a control character
        int sent = 0;
        try (DatagramSocket s = new DatagramSocket()) {
            InetSocketAddress palpa = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            while (!run.isDone()) {
                sent++;
                byte[] good;
                if (sent % 2 == 0) {
                    OscWriter w = new OscWriter(256);
                    w.beginMessage(OscWriter.address("/palpa/mark"), 1).putString("osc mark " + sent);
                    good = java.util.Arrays.copyOf(w.bytes(), w.length());
                } else {
                    good = ("text mark " + sent).getBytes(StandardCharsets.UTF_8);
                }
                s.send(new DatagramPacket(good, good.length, palpa));
                byte[] bad = "bell\u0007".getBytes(StandardCharsets.UTF_8);
                s.send(new DatagramPacket(bad, bad.length, palpa));
                Thread.sleep(250);
            }
        }
        CliRunner.Result r = run.get(60, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as(r.err()).isZero();
        Matcher m = Pattern.compile("markers on udp 127\\.0\\.0\\.1:" + port
                + ": (\\d+) kept, (\\d+) refused \\(\\d+ control characters\\)").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        int kept = Integer.parseInt(m.group(1));
        assertThat(kept).isGreaterThanOrEqualTo(5).isLessThanOrEqualTo(sent);
        assertThat(Integer.parseInt(m.group(2))).isBetween(kept - 1, kept + 1);

        CliRunner.Result show = CliRunner.run("sessions", "show", "1", "--data-dir", dir.toString());
        List<String> recorded = show.out().lines().filter(l -> l.contains("MARKER")).toList();
        assertThat(recorded).hasSize(kept).allMatch(l -> l.matches("\\s+[0-9.]+ s\\s+MARKER\\s+(osc|text) mark \\d+"));
        assertThat(recorded).anyMatch(l -> l.contains("osc mark")).anyMatch(l -> l.contains("text mark"));
        assertThat(show.out()).doesNotContain("bell");
    }

    @Test
    void withoutLiblsl_theLslOptionSaysInOneLineHowToGetIt() {
        assumeFalse(LslOutlet.available(), "liblsl is installed here; the outlet itself is exercised instead");
        CliRunner.Result r = CliRunner.run("live", "--device", "sim-algometer", "--duration", "1s", "--lsl",
                "--no-record", "--plain");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("palpa: --lsl needs liblsl").doesNotContain("\n")
                .doesNotContain("Exception").doesNotContain("UnsatisfiedLinkError");
        assertThat(r.out()).doesNotContain("Session ended");
    }

    @Test
    void aMalformedOscTargetOrMarkerPortIsBadInputInOneLine() {
        CliRunner.Result osc = CliRunner.run("live", "--device", "sim-algometer", "--duration", "1s", "--osc", "9000",
                "--no-record");
        assertThat(osc.exitCode()).isEqualTo(2);
        assertThat(osc.err().strip()).isEqualTo("palpa live: --osc takes HOST:PORT, such as 127.0.0.1:9000, was '9000'");
        CliRunner.Result markers = CliRunner.run("live", "--device", "sim-algometer", "--duration", "1s", "--markers",
                "9001", "--no-record");
        assertThat(markers.exitCode()).isEqualTo(2);
        assertThat(markers.err().strip()).isEqualTo("palpa live: --markers takes udp:PORT, such as udp:9001, was '9001'");
    }
}
