package org.palpa.app.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.live.LiveFeed;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.DatagramSource;
import org.palpa.app.port.LabOutlet;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.session.SessionMark;

class WindowLabTest {
    private static final SessionSettings SETTINGS = SessionSettings.of(
            Target.around(Quantity.parse("20N"), "10%", 1000, ProbeArea.ALGOMETER_TIP), 0);

    /** An outlet that writes down what it was given, as text. */
    private static final class ListedOutlet implements LabOutlet {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        volatile long frames;

        @Override
        public void start(DeviceInfo device, String unitSymbol) {
            calls.add("start " + device.model() + " " + unitSymbol);
        }

        @Override
        public void frame(long unixNanos, ProcessedFrame frame) {
            frames++;
        }

        @Override
        public void state(long unixNanos, int channel, String channelLabel, BandState state) {
        }

        @Override
        public void hold(long unixNanos, String channelLabel, HoldResult hold) {
        }

        @Override
        public void event(long unixNanos, String kind, String detail) {
            calls.add("event " + kind + " " + detail);
        }

        @Override
        public void end(String reason) {
            calls.add("end " + reason);
        }

        @Override
        public String summary() {
            return "listed: " + frames + " frames";
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }

    /** Hands out one datagram, then waits until closed, as a socket does. */
    private static final class OneDatagram implements DatagramSource {
        private final byte[] data;
        private boolean given;
        private boolean closed;

        OneDatagram(String text) {
            this.data = text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public synchronized int receive(byte[] buffer) {
            if (!given) {
                given = true;
                System.arraycopy(data, 0, buffer, 0, data.length);
                return data.length;
            }
            while (!closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    return -1;
                }
            }
            return -1;
        }

        @Override
        public String describe() {
            return "udp test";
        }

        @Override
        public synchronized void close() {
            closed = true;
            notifyAll();
        }
    }

    private static LiveFeed algometer(long seed) {
        return LiveFeed.start(new SimulatedTransport(SimulatedDeviceSpec.algometer(), seed, 1, 0), SETTINGS, 5);
    }

    private static void awaitFrames(ListedOutlet outlet, long frames) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (outlet.frames < frames && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void eachSessionTheWindowShowsIsStreamedThroughOutletsOfItsOwnAndEndsWhenTheNextConnects() throws Exception {
        List<ListedOutlet> opened = new ArrayList<>();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        WindowLab lab = new WindowLab(() -> {
            ListedOutlet o = new ListedOutlet();
            opened.add(o);
            return List.of(o);
        }, null, log::add);
        try (LiveFeed first = algometer(1)) {
            lab.connected(first);
            awaitFrames(opened.get(0), 20);
            lab.event("pain", "4");
            Thread.sleep(200);
        }
        try (LiveFeed second = algometer(2)) {
            lab.connected(second);
            awaitFrames(opened.get(1), 20);
            lab.connected(null); // a replay: nothing streams
        }
        lab.close();

        assertThat(opened).hasSize(2);
        assertThat(opened.get(0).calls).containsExactly("start sim-algometer N", "event pain 4",
                "end the session was closed", "close");
        assertThat(opened.get(1).calls).containsExactly("start sim-algometer N", "end the session was closed", "close");
        assertThat(log).hasSize(2).allMatch(l -> l.matches("sim-algometer \\(session [12] of the window\\): "
                + "listed: \\d+ frames"));
        assertThat(lab.framesStreamed()).isEqualTo(opened.get(0).frames + opened.get(1).frames);
    }

    @Test
    void aMarkerGoesToTheWindowAndTheJournalStreamsItAsAMarkerEvent() throws Exception {
        ListedOutlet outlet = new ListedOutlet();
        List<String> log = new ArrayList<>();
        WindowLab lab = new WindowLab(() -> List.of(outlet), new OneDatagram("stimulus on"), log::add);
        List<SessionMark> recorded = Collections.synchronizedList(new ArrayList<>());
        LabJournal journal = new LabJournal(new org.palpa.app.port.SessionJournal() {
            @Override
            public void start(org.palpa.app.port.RecordableSession session, String site) {
            }

            @Override
            public void pause() {
            }

            @Override
            public void resume() {
            }

            @Override
            public void stop() {
            }

            @Override
            public void mark(SessionMark mark) {
                recorded.add(mark);
            }
        }, lab);
        try (LiveFeed feed = algometer(3)) {
            lab.onMarker(text -> journal.mark(new SessionMark.LabMarker(feed.latestTimestampNanos(), text)));
            lab.connected(feed);
            awaitFrames(outlet, 40);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (recorded.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            journal.mark(new SessionMark.PainScore(feed.latestTimestampNanos(), 6));
            Thread.sleep(200);
        }
        lab.close();
        assertThat(recorded).hasSize(2).first().isInstanceOf(SessionMark.LabMarker.class);
        assertThat(outlet.calls).containsSubsequence("event marker stimulus on", "event pain 6");
        assertThat(log).last().isEqualTo("markers on udp test: 1 kept, 0 refused");
    }
}
