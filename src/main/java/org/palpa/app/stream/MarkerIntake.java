package org.palpa.app.stream;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.palpa.app.port.DatagramSource;
import org.palpa.core.stream.MarkerGate;
import org.palpa.core.stream.OscMessage;

/**
 * Takes markers in from another lab instrument: each datagram is either an OSC message
 * {@code /palpa/mark "text"} or plain UTF-8 text. A marker that passes the {@link MarkerGate}
 * goes to {@code sink} (the recorder, the stream out, the screen); the rest are counted by reason
 * and dropped, and the session goes on.
 */
public final class MarkerIntake {
    /** The OSC address a marker is sent to. */
    public static final String MARK_ADDRESS = "/palpa/mark";
    /** Markers a second a sender may keep up, and the burst allowed above it. */
    public static final double RATE_PER_SECOND = 20;
    public static final int BURST = 40;

    private final DatagramSource source;
    private final Consumer<String> sink;
    private final MarkerGate gate = new MarkerGate(RATE_PER_SECOND, BURST);
    private Thread thread;

    public MarkerIntake(DatagramSource source, Consumer<String> sink) {
        this.source = source;
        this.sink = sink;
    }

    /** Starts listening on a daemon thread of its own. */
    public synchronized MarkerIntake start() {
        thread = new Thread(this::run, "palpa-markers");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void run() {
        byte[] buffer = new byte[2048];
        for (int n = source.receive(buffer); n >= 0; n = source.receive(buffer)) {
            take(buffer, n, System.nanoTime());
        }
    }

    /** Judges one datagram of {@code length} bytes that arrived at {@code nowNanos}. */
    void take(byte[] data, int length, long nowNanos) {
        String text;
        if (length > 0 && data[0] == '/') {
            OscMessage.Parsed parsed = OscMessage.parse(data, length);
            if (!(parsed instanceof OscMessage.Parsed.Message m) || !m.message().address().equals(MARK_ADDRESS)
                    || m.message().arguments().size() != 1 || !(m.message().arguments().get(0) instanceof String s)) {
                synchronized (gate) {
                    gate.malformed();
                }
                return;
            }
            text = s;
        } else {
            text = new String(data, 0, length, StandardCharsets.UTF_8).stripTrailing();
        }
        MarkerGate.Verdict verdict;
        synchronized (gate) {
            verdict = gate.offer(text, nowNanos);
        }
        if (verdict == MarkerGate.Verdict.KEPT) {
            sink.accept(text);
        }
    }

    /** Stops listening and says how many markers were kept and refused, and why. */
    public String finish() throws InterruptedException {
        source.close();
        if (thread != null) {
            thread.join(1000);
        }
        synchronized (gate) {
            StringBuilder refused = new StringBuilder();
            for (MarkerGate.Verdict v : MarkerGate.Verdict.values()) {
                if (v != MarkerGate.Verdict.KEPT && gate.count(v) > 0) {
                    refused.append(refused.isEmpty() ? " (" : ", ").append(gate.count(v)).append(' ')
                            .append(v.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                }
            }
            return String.format(Locale.ROOT, "markers on %s: %d kept, %d refused%s", source.describe(),
                    gate.count(MarkerGate.Verdict.KEPT), gate.refused(), refused.isEmpty() ? "" : refused + ")");
        }
    }
}
