package org.palpa.app.replay;

import java.util.function.Consumer;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.app.port.SessionReader;
import java.util.ArrayList;
import java.util.List;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;
import org.palpa.core.sample.Frame;

/**
 * The frames of a recorded session, rebuilt as they were judged (timestamps, sequence numbers and
 * values), for analysis at full speed. A channel that reported counts through a calibration
 * profile comes back as the newtons recorded for it, so that a replay judges the force that was
 * judged and never the counts as newtons; a raw session ({@code --raw}) comes back in counts, and
 * every other channel as the device sent it. Reading never changes the record.
 */
public final class SessionFrames implements TraceAnalysis.FrameSource {
    private final SessionReader reader;
    private final long sessionId;

    public SessionFrames(SessionReader reader, long sessionId) {
        this.reader = reader;
        this.sessionId = sessionId;
    }

    @Override
    public void forEach(Consumer<Frame> sink) {
        boolean[] use = reader.find(sessionId).map(s -> calibratedChannels(s.meta())).orElse(new boolean[0]);
        reader.forEachChunk(sessionId, chunk -> emit(chunk, use, sink));
    }

    /** The device as its frames come back: calibrated channels of counts in newtons, the others as recorded. */
    public static DeviceInfo device(SessionMeta meta) {
        DeviceInfo d = meta.device();
        if (!calibrated(meta)) {
            return d;
        }
        List<Channel> channels = new ArrayList<>();
        for (Channel c : d.channels()) {
            channels.add(c.unit() == Unit.COUNTS ? new Channel(c.id(), c.label(), Unit.NEWTON) : c);
        }
        return new DeviceInfo(d.model(), d.serialNumber(), d.firmwareVersion(), channels, d.nominalRateHz());
    }

    /** Whether the session's channels of counts went through calibration profiles (not a raw session). */
    static boolean calibrated(SessionMeta meta) {
        return meta.target().unit().kind() != Unit.Kind.RAW
                && meta.device().channels().stream().anyMatch(c -> c.unit() == Unit.COUNTS);
    }

    /** Which channels come back as their recorded newtons rather than their raw values. */
    static boolean[] calibratedChannels(SessionMeta meta) {
        boolean[] use = new boolean[meta.device().channelCount()];
        for (int c = 0; c < use.length; c++) {
            use[c] = calibrated(meta) && meta.device().channels().get(c).unit() == Unit.COUNTS;
        }
        return use;
    }

    /** Emits {@code chunk}'s frames, the channels marked in {@code useCalibrated} as their recorded newtons. */
    static void emit(SampleChunk chunk, boolean[] useCalibrated, Consumer<Frame> sink) {
        double[] raw = new double[chunk.channelCount()];
        for (int i = 0; i < chunk.frameCount(); i++) {
            chunk.rawInto(i, raw);
            for (int c = 0; c < raw.length && c < useCalibrated.length; c++) {
                if (useCalibrated[c]) {
                    raw[c] = chunk.calibratedNewtons(i, c);
                }
            }
            sink.accept(new Frame(chunk.timestampNanos(i), chunk.sequence(i), raw));
        }
    }
}
