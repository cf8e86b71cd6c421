package org.palpa.cli.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;
import org.palpa.core.stream.OscWriter;

/**
 * The live window streams to the lab as {@code palpa live} does: a loopback receiver (and liblo's
 * {@code oscdump}, where installed) gets every frame the window says it sent, as
 * docs/streaming.md documents it, and a marker sent to {@code --markers} is recorded in the stored
 * session and flagged on the chart.
 */
@Tag("gui")
class LabWindowGuiTest {
    private static final Pattern SENT = Pattern.compile("OSC to 127\\.0\\.0\\.1:\\d+: (\\d+) frames in (\\d+) packets");

    @Test
    void givenALoopbackReceiver_whenTheWindowRunsTheGlove_thenEveryFrameArrivesAndAMarkerIsRecordedAndDrawn(
            @TempDir Path dir) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display; run under xvfb-run");
        try (OscReceiver receiver = OscReceiver.open()) {
            int markerPort = OscReceiver.freePort();
            Path png = dir.resolve("window.png");
            CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(() -> CliRunner.run("gui",
                    "--device", "sim-glove", "--osc", "127.0.0.1:" + receiver.port(), "--markers", "udp:" + markerPort,
                    "--close-after", "9s", "--screenshot", png.toString(), "--data-dir", dir.resolve("data").toString()));
            // UDP says nothing of whether anyone listens: send until the marker comes back out over OSC
            int sent = sendUntilEchoed(markerPort, receiver, run);
            CliRunner.Result r = run.get(90, TimeUnit.SECONDS);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(sent).as("the marker never came back out over OSC").isPositive();
            receiver.awaitQuiet();

            Matcher m = SENT.matcher(r.out());
            assertThat(m.find()).as(r.out()).isTrue();
            long framesSent = Long.parseLong(m.group(1));
            List<OscReceiver.Datagram> got = receiver.datagrams();
            assertThat(got).hasSize(Integer.parseInt(m.group(2)));
            List<OscReceiver.Datagram> frames = got.stream().filter(d -> d.bundle()
                    && d.messages().get(0).text().startsWith("/palpa/live/frame ")).toList();
            assertThat(frames).hasSize((int) framesSent);
            assertThat(framesSent).isGreaterThan(1000); // 9 s of a 200 Hz glove, less the start-up
            long seq = frames.get(0).messages().get(0).intArgument(0);
            for (OscReceiver.Datagram frame : frames) {
                assertThat(frame.messages()).extracting(OscReceiver.Message::text).first().asString()
                        .isEqualTo("/palpa/live/frame ,i " + seq++);
                assertThat(frame.messages()).hasSize(6);
                for (int c = 0; c < 5; c++) {
                    assertThat(frame.messages().get(c + 1).text()).matches("/palpa/live/force ,if " + c
                            + " -?\\d+\\.\\d+(E-?\\d+)?");
                }
            }
            List<String> others = got.stream().filter(d -> !d.bundle()).map(d -> d.messages().get(0).text()).toList();
            assertThat(others).allMatch(t -> t.matches("/palpa/live/(start ,sif sim-glove 5 200\\.0"
                    + "|state ,iss [0-4] \\w+ (NO_CONTACT|UNDER|IN_BAND|OVER)"
                    + "|hold ,issfff [0-4] \\w+ [A-Z_]+ .+"
                    + "|event ,ss [a-z_]+ .*|end ,s .+)"));
            assertThat(got.get(0).messages()).extracting(OscReceiver.Message::text)
                    .startsWith("/palpa/live/start ,sif sim-glove 5 200.0", "/palpa/live/channel ,iss 0 thumb N");
            long echoed = others.stream().filter(t -> t.equals("/palpa/live/event ,ss marker hello")).count();
            assertThat(others).last().isEqualTo("/palpa/live/end ,s the session was closed");

            assertThat(r.out()).contains("markers on udp 127.0.0.1:" + markerPort + ": " + echoed + " kept, 0 refused");
            CliRunner.Result show = CliRunner.run("sessions", "show", "1", "--data-dir", dir.resolve("data").toString());
            assertThat(show.out().lines().filter(l -> l.matches("\\s+[0-9.]+ s\\s+MARKER\\s+hello"))).hasSize((int) echoed);
            assertThat(flagPixels(ImageIO.read(png.toFile()))).as("the marker's flag on the chart").isGreaterThan(100);
        }
    }

    @Test
    void givenOscdumpListening_whenTheWindowStreams_thenEveryLineParsesAsDocumentedAndEveryFrameArrives(
            @TempDir Path dir) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display; run under xvfb-run");
        assumeTrue(OscReceiver.installed("oscdump"), "oscdump is not installed: apt-get install liblo-tools (.ci/run does)");
        int port = OscReceiver.freePort();
        Process dump = new ProcessBuilder("stdbuf", "-oL", "oscdump", String.valueOf(port)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("dump.txt").toFile()).start();
        try {
            Thread.sleep(500); // oscdump binds its port
            // 50 of the glove's 200 frames a second, as the live test does: a printing receiver keeps up with that
            CliRunner.Result r = CliRunner.run("gui", "--device", "sim-glove", "--osc", "127.0.0.1:" + port,
                    "--osc-rate", "50", "--osc-station", "bench-1", "--close-after", "5s", "--no-record");
            assertThat(r.exitCode()).as(r.err()).isZero();
            Thread.sleep(1500);
            Matcher m = SENT.matcher(r.out());
            assertThat(m.find()).as(r.out()).isTrue();
            long framesSent = Long.parseLong(m.group(1));
            List<String> lines = Files.readAllLines(dir.resolve("dump.txt"), StandardCharsets.UTF_8);
            Pattern line = Pattern.compile("^[0-9a-f]{8}\\.[0-9a-f]{8} /palpa/bench-1/(?:frame i (?<seq>\\d+)"
                    + "|force if (?<ch>\\d) -?\\d+\\.\\d+|start sif \"sim-glove\" 5 200\\.0+"
                    + "|channel iss \\d \"(thumb|index|middle|ring|little)\" \"N\""
                    + "|state iss \\d \"\\w+\" \"(NO_CONTACT|UNDER|IN_BAND|OVER)\""
                    + "|hold issfff \\d \"\\w+\" \"[A-Z_]+\" [0-9.]+ -?[0-9.]+ -?[0-9.]+"
                    + "|event ss \"[a-z_]+\" \".*\"|end s \".+\")$");
            long frames = 0;
            long forces = 0;
            for (String l : lines) {
                Matcher lm = line.matcher(l);
                assertThat(lm.matches()).as("line of oscdump: %s", l).isTrue();
                frames += lm.group("seq") != null ? 1 : 0;
                forces += lm.group("ch") != null ? 1 : 0;
            }
            assertThat(frames).isEqualTo(framesSent).isGreaterThan(100);
            assertThat(forces).isEqualTo(5 * framesSent);
            assertThat(lines).last().asString().endsWith("/palpa/bench-1/end s \"the session was closed\"");
        } finally {
            dump.destroy();
        }
    }

    /** Pixels of the flags' colour (ChartFlags), which nothing else on the window uses. */
    private static int flagPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == 0xB0008C ? 1 : 0;
            }
        }
        return n;
    }

    private static int sendUntilEchoed(int markerPort, OscReceiver receiver, CompletableFuture<?> run)
            throws IOException, InterruptedException {
        OscWriter w = new OscWriter(256);
        w.beginMessage(OscWriter.address("/palpa/mark"), 1).putString("hello");
        byte[] mark = java.util.Arrays.copyOf(w.bytes(), w.length());
        int sent = 0;
        try (DatagramSocket s = new DatagramSocket()) {
            InetSocketAddress palpa = new InetSocketAddress(InetAddress.getLoopbackAddress(), markerPort);
            // markers before the device connects go nowhere; wait for the stream, and some force on the chart
            while (!run.isDone() && receiver.datagrams().isEmpty()) {
                Thread.sleep(100);
            }
            Thread.sleep(2500);
            while (!run.isDone() && !receiver.saw("/palpa/live/event ,ss marker hello")) {
                s.send(new DatagramPacket(mark, mark.length, palpa));
                sent++;
                Thread.sleep(700);
            }
        }
        return receiver.saw("/palpa/live/event ,ss marker hello") ? sent : 0;
    }
}
