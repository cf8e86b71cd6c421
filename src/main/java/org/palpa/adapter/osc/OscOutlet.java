package org.palpa.adapter.osc;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Locale;
import org.palpa.app.port.LabOutlet;
import org.palpa.core.PalpaException;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.stream.OscWriter;

/**
 * Streams a session as OSC 1.0 over UDP to one receiver, with the address space of
 * docs/streaming.md: one bundle per frame, time-tagged with the sample's host time, holding
 * {@code /palpa/STATION/frame ,i SEQUENCE} and a {@code /palpa/STATION/force ,if CHANNEL VALUE}
 * message per channel; and a message for each band
 * state change, hold, event and the end. A send that fails is counted, never thrown.
 */
public final class OscOutlet implements LabOutlet {
    private final InetSocketAddress target;
    private final DatagramSocket socket;
    private final String prefix;
    private final byte[] forceAddress;
    private final byte[] frameAddress;
    private final long minSpacingNanos;
    private final OscWriter writer = new OscWriter(8192);
    private final DatagramPacket packet;
    private long nextDueNanos = Long.MIN_VALUE;
    private long framesSent;
    private long packetsSent;
    private long sendFailures;
    private String firstFailure;

    /**
     * @param target  the receiver
     * @param station the station's name in the addresses, such as {@code live} or {@code bench-2}
     * @param rateHz  frames a second to send, or 0 for every frame
     */
    public OscOutlet(InetSocketAddress target, String station, double rateHz) {
        if (!station.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("an OSC station name takes letters, digits, '.', '_' and '-', was '"
                    + station + "'");
        }
        if (!(rateHz >= 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("--osc-rate must be a positive number of frames a second, was " + rateHz);
        }
        this.target = target;
        this.prefix = "/palpa/" + station + "/";
        this.forceAddress = OscWriter.address(prefix + "force");
        this.frameAddress = OscWriter.address(prefix + "frame");
        this.minSpacingNanos = rateHz == 0 ? 0 : Math.round(1e9 / rateHz);
        try {
            this.socket = new DatagramSocket();
        } catch (SocketException e) {
            throw new PalpaException("cannot open a UDP socket for OSC: " + e.getMessage());
        }
        this.packet = new DatagramPacket(writer.bytes(), 0, target);
    }

    @Override
    public void start(DeviceInfo device, String unitSymbol) {
        long now = System.currentTimeMillis() * 1_000_000L;
        writer.reset().beginBundle(now);
        writer.beginMessage(OscWriter.address(prefix + "start"), 3).putString(device.model())
                .putInt(device.channelCount()).putFloat((float) device.nominalRateHz());
        for (int c = 0; c < device.channelCount(); c++) {
            writer.beginMessage(OscWriter.address(prefix + "channel"), 3).putInt(c)
                    .putString(device.channels().get(c).label()).putString(unitSymbol);
        }
        send();
    }

    @Override
    public void frame(long unixNanos, ProcessedFrame frame) {
        if (minSpacingNanos > 0) {
            if (nextDueNanos != Long.MIN_VALUE && frame.timestampNanos() < nextDueNanos) {
                return;
            }
            nextDueNanos = (nextDueNanos == Long.MIN_VALUE ? frame.timestampNanos() : nextDueNanos) + minSpacingNanos;
        }
        writer.reset().beginBundle(unixNanos);
        writer.beginMessage(frameAddress, 1).putInt((int) frame.sequence());
        double[] v = frame.smoothed();
        for (int c = 0; c < v.length; c++) {
            writer.beginMessage(forceAddress, 2).putInt(c).putFloat((float) v[c]);
        }
        if (send()) {
            framesSent++;
        }
    }

    @Override
    public void state(long unixNanos, int channel, String channelLabel, BandState state) {
        writer.reset().beginMessage(OscWriter.address(prefix + "state"), 3).putInt(channel).putString(channelLabel)
                .putString(state.name());
        send();
    }

    @Override
    public void hold(long unixNanos, String channelLabel, HoldResult hold) {
        writer.reset().beginMessage(OscWriter.address(prefix + "hold"), 6).putInt(hold.channel()).putString(channelLabel)
                .putString(hold.outcome().name()).putFloat((float) hold.durationSeconds()).putFloat((float) hold.mean())
                .putFloat((float) hold.peak());
        send();
    }

    @Override
    public void event(long unixNanos, String kind, String detail) {
        writer.reset().beginMessage(OscWriter.address(prefix + "event"), 2).putString(kind).putString(detail);
        send();
    }

    @Override
    public void end(String reason) {
        writer.reset().beginMessage(OscWriter.address(prefix + "end"), 1).putString(reason);
        send();
    }

    private boolean send() {
        packet.setData(writer.bytes(), 0, writer.length());
        try {
            socket.send(packet);
            packetsSent++;
            return true;
        } catch (IOException e) {
            // UDP to a closed port on loopback reports the peer's refusal; the session goes on
            if (sendFailures++ == 0) {
                firstFailure = e.getMessage();
            }
            return false;
        }
    }

    @Override
    public String summary() {
        return String.format(Locale.ROOT, "OSC to %s:%d: %d frames in %d packets%s", target.getHostString(),
                target.getPort(), framesSent, packetsSent,
                sendFailures == 0 ? "" : ", " + sendFailures + " not sent (" + firstFailure + ")");
    }

    /** Frames sent so far. */
    public long framesSent() {
        return framesSent;
    }

    @Override
    public void close() {
        socket.close();
    }
}
