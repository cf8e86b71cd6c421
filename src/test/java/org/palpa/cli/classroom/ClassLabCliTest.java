package org.palpa.cli.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;
import org.palpa.cli.live.OscReceiver;
import org.palpa.core.stream.OscWriter;

/**
 * A class streams to the lab: every station under its own OSC name, each with every frame it
 * says it sent, and a marker for every station, or for one, lands in the right sessions.
 */
class ClassLabCliTest {
    private static final Map<String, Integer> CHANNELS = Map.of("a", 5, "b", 1, "c", 1);

    @Test
    void threeStationsStreamUnderTheirOwnNamesAndMarkersReachEveryStationOrOne(@TempDir Path dir) throws Exception {
        try (OscReceiver receiver = OscReceiver.open()) {
            int markerPort = OscReceiver.freePort();
            CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(() -> CliRunner.run("classroom",
                    "--terminal", "--station", "a=sim-glove", "--station", "b=sim-algometer", "--station",
                    "c=sim-algometer", "--osc", "127.0.0.1:" + receiver.port(), "--osc-rate", "50",
                    "--markers", "udp:" + markerPort, "--close-after", "8s", "--data-dir", dir.toString()));
            while (!run.isDone() && receiver.datagrams().size() < 10) {
                Thread.sleep(100);
            }
            try (DatagramSocket s = new DatagramSocket()) {
                InetSocketAddress palpa = new InetSocketAddress(InetAddress.getLoopbackAddress(), markerPort);
                sendUntil(s, palpa, "/palpa/mark", "to all", run, receiver, "a", "b", "c");
                sendUntil(s, palpa, "/palpa/c/mark", "only c", run, receiver, "c");
            }
            CliRunner.Result r = run.get(60, TimeUnit.SECONDS);
            assertThat(r.exitCode()).as(r.err()).isZero();
            receiver.awaitQuiet();
            List<OscReceiver.Datagram> got = receiver.datagrams();

            Map<String, Long> sessions = new HashMap<>();
            Matcher rec = Pattern.compile("Recorded session (\\d+) \\(station (\\w)").matcher(r.out());
            while (rec.find()) {
                sessions.put(rec.group(2), Long.parseLong(rec.group(1)));
            }
            for (String station : List.of("a", "b", "c")) {
                Matcher sent = Pattern.compile("palpa classroom: " + station
                        + ": OSC to 127\\.0\\.0\\.1:\\d+: (\\d+) frames in (\\d+) packets").matcher(r.out());
                assertThat(sent.find()).as(r.out()).isTrue();
                String prefix = "/palpa/" + station + "/";
                List<OscReceiver.Datagram> frames = got.stream().filter(d -> d.bundle()
                        && d.messages().get(0).text().startsWith(prefix + "frame ")).toList();
                assertThat(frames).hasSize(Integer.parseInt(sent.group(1))).hasSizeGreaterThan(200);
                long packets = got.stream().filter(d -> d.messages().get(0).text().startsWith(prefix)).count();
                assertThat(packets).isEqualTo(Long.parseLong(sent.group(2)));
                long seq = frames.get(0).messages().get(0).intArgument(0);
                int step = station.equals("a") ? 4 : 2; // 50 a second of the glove's 200 and the algometer's 100
                for (OscReceiver.Datagram f : frames) {
                    assertThat(f.messages().get(0).intArgument(0)).isEqualTo(seq);
                    seq += step;
                    assertThat(f.messages()).hasSize(1 + CHANNELS.get(station));
                    assertThat(f.messages().subList(1, f.messages().size()))
                            .allMatch(m -> m.text().startsWith(prefix + "force ,if "));
                }
                long echoed = got.stream().filter(d -> !d.bundle()
                        && d.messages().get(0).text().startsWith(prefix + "event ,ss marker ")).count();
                CliRunner.Result show = CliRunner.run("sessions", "show", String.valueOf(sessions.get(station)),
                        "--data-dir", dir.toString());
                List<String> markers = show.out().lines().filter(l -> l.matches("\\s+[0-9.]+ s\\s+MARKER\\s+.*"))
                        .map(l -> l.replaceAll("^\\s+[0-9.]+ s\\s+MARKER\\s+", "")).toList();
                assertThat(markers).hasSize((int) echoed).contains("to all");
                if (station.equals("c")) {
                    assertThat(markers).contains("only c");
                } else {
                    assertThat(markers).doesNotContain("only c");
                }
            }
            assertThat(r.out()).containsPattern("palpa classroom: markers on udp 127\\.0\\.0\\.1:" + markerPort
                    + ": \\d+ kept, 0 refused");
        }
    }

    @Test
    void aMalformedOscTargetOrAnOscStationIsBadInputInOneLine() {
        CliRunner.Result osc = CliRunner.run("classroom", "--terminal", "--station", "a=sim-algometer",
                "--osc", "127.0.0.1", "--no-record");
        assertThat(osc.exitCode()).isEqualTo(2);
        assertThat(osc.err().strip()).isEqualTo("palpa classroom: --osc takes HOST:PORT, such as 127.0.0.1:9000, "
                + "was '127.0.0.1'");
        assertThat(osc.out()).isEmpty();
        CliRunner.Result station = CliRunner.run("classroom", "--terminal", "--station", "a=sim-algometer",
                "--osc", "127.0.0.1:9000", "--osc-station", "x", "--no-record");
        assertThat(station.exitCode()).isEqualTo(2);
        assertThat(station.err().strip()).startsWith("palpa classroom: --osc-station does not apply to a class")
                .doesNotContain("\n");
    }

    /** Sends a marker until every one of {@code stations} has streamed it back out, or the class ended. */
    private static void sendUntil(DatagramSocket s, InetSocketAddress palpa, String address, String text,
                                  CompletableFuture<?> run, OscReceiver receiver, String... stations) throws Exception {
        OscWriter w = new OscWriter(256);
        w.beginMessage(OscWriter.address(address), 1).putString(text);
        byte[] mark = java.util.Arrays.copyOf(w.bytes(), w.length());
        while (!run.isDone() && !java.util.Arrays.stream(stations)
                .allMatch(st -> receiver.saw("/palpa/" + st + "/event ,ss marker " + text))) {
            s.send(new DatagramPacket(mark, mark.length, palpa));
            Thread.sleep(500);
        }
    }
}
