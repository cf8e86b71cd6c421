package org.palpa.app.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.app.port.DatagramSource;
import org.palpa.core.stream.OscWriter;

class MarkerIntakeTest {
    /** A source that hands out a fixed list of datagrams, then reports itself closed. */
    private static final class ListedDatagrams implements DatagramSource {
        private final List<byte[]> datagrams;
        private int next;

        ListedDatagrams(List<byte[]> datagrams) {
            this.datagrams = datagrams;
        }

        @Override
        public synchronized int receive(byte[] buffer) {
            if (next >= datagrams.size()) {
                return -1;
            }
            byte[] d = datagrams.get(next++);
            System.arraycopy(d, 0, buffer, 0, d.length);
            return d.length;
        }

        @Override
        public String describe() {
            return "udp test";
        }

        @Override
        public void close() {
        }
    }

    private static byte[] osc(String address, String text) {
        OscWriter w = new OscWriter(512);
        w.beginMessage(OscWriter.address(address), 1).putString(text);
        return java.util.Arrays.copyOf(w.bytes(), w.length());
    }

    @Test
    void oscAndPlainTextMarkersAreKeptAndBadOnesAreCountedByReason() throws Exception {
        List<String> kept = new ArrayList<>();
        MarkerIntake intake = new MarkerIntake(new ListedDatagrams(List.of(
                osc("/palpa/mark", "stimulus on"),
                "video frame 120\n".getBytes(StandardCharsets.UTF_8),
                osc("/palpa/other", "not a marker"),
                "bad\u0001marker".getBytes(StandardCharsets.UTF_8),
                new byte[] {'/', 'x'})), kept::add);
        intake.start();
        String summary = intake.finish();
        assertThat(kept).containsExactly("stimulus on", "video frame 120");
        assertThat(summary).isEqualTo("markers on udp test: 2 kept, 3 refused (1 control characters, 2 malformed)");
    }

    @Test
    void aClassTakesMarkersForOneStationByAddressAndOthersForEveryStation() throws Exception {
        List<String> kept = new ArrayList<>();
        MarkerIntake intake = MarkerIntake.perStation(new ListedDatagrams(List.of(
                osc("/palpa/b/mark", "for b"),
                osc("/palpa/mark", "for all"),
                "plain text".getBytes(StandardCharsets.UTF_8),
                osc("/palpa/b c/mark", "bad name"))), (station, text) -> kept.add(station + ": " + text));
        intake.start();
        assertThat(intake.finish()).isEqualTo("markers on udp test: 3 kept, 1 refused (1 malformed)");
        assertThat(kept).containsExactly("b: for b", "null: for all", "null: plain text");
    }

    @Test
    void aSingleSessionRefusesAStationAddress() throws Exception {
        List<String> kept = new ArrayList<>();
        MarkerIntake intake = new MarkerIntake(new ListedDatagrams(List.of(osc("/palpa/b/mark", "for b"))), kept::add);
        intake.start();
        assertThat(intake.finish()).isEqualTo("markers on udp test: 0 kept, 1 refused (1 malformed)");
        assertThat(kept).isEmpty();
    }
}
