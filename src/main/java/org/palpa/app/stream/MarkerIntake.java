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

    /** The OSC address of a marker for one station of a class, {@code /palpa/STATION/mark}. */
    private static final java.util.regex.Pattern STATION_MARK = java.util.regex.Pattern.compile("/palpa/([A-Za-z0-9_.-]+)/mark");

    private final DatagramSource source;
    private final java.util.function.BiConsumer<String, String> sink;
    private final boolean perStation;
    private final MarkerGate gate = new MarkerGate(RATE_PER_SECOND, BURST);
    private Thread thread;

    public MarkerIntake(DatagramSource source, Consumer<String> sink) {
        this(source, (station, text) -> sink.accept(text), false);
    }

    /**
     * Takes markers for a class: {@code /palpa/mark "text"} and plain text for every station, and
     * {@code /palpa/STATION/mark "text"} for one; {@code sink} gets the station (null for every
     * one) and the text.
     */
    public static MarkerIntake perStation(DatagramSource source, java.util.function.BiConsumer<String, String> sink) {
        return new MarkerIntake(source, sink, true);
    }

    private MarkerIntake(DatagramSource source, java.util.function.BiConsumer<String, String> sink, boolean perStation) {
        this.source = source;
        this.sink = sink;
        this.perStation = perStation;
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
        String station = null;
        if (length > 0 && data[0] == '/') {
            OscMessage.Parsed parsed = OscMessage.parse(data, length);
            java.util.regex.Matcher one = parsed instanceof OscMessage.Parsed.Message pm && perStation
                    ? STATION_MARK.matcher(pm.message().address()) : null;
            if (!(parsed instanceof OscMessage.Parsed.Message m)
                    || !(m.message().address().equals(MARK_ADDRESS) || one != null && one.matches())
                    || m.message().arguments().size() != 1 || !(m.message().arguments().get(0) instanceof String s)) {
                synchronized (gate) {
                    gate.malformed();
                }
                return;
            }
            text = s;
            station = one != null && one.matches() ? one.group(1) : null;
        } else {
            text = new String(data, 0, length, StandardCharsets.UTF_8).stripTrailing();
        }
        MarkerGate.Verdict verdict;
        synchronized (gate) {
            verdict = gate.offer(text, nowNanos);
        }
        if (verdict == MarkerGate.Verdict.KEPT) {
            sink.accept(station, text);
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
