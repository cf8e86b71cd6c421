package org.palpa.adapter.lsl;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import java.util.Locale;
import org.palpa.app.port.LabOutlet;
import org.palpa.core.PalpaException;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.DeviceInfo;

/**
 * Streams a session into the Lab Streaming Layer through liblsl's C API (loaded with JNA when the
 * user has installed liblsl): a float32 outlet {@code palpa-STATION-force} of type {@code Force}
 * at the device's rate, and a string outlet {@code palpa-STATION-markers} of type {@code Markers}
 * for band states, holds and events.
 */
public final class LslOutlet implements LabOutlet {
    /** liblsl's channel formats (lsl_channel_format_t in lsl_c.h). */
    private static final int CFT_FLOAT32 = 1;
    private static final int CFT_STRING = 3;

    /** The part of liblsl's C API that Palpa uses. */
    interface LslLibrary extends Library {
        Pointer lsl_create_streaminfo(String name, String type, int channelCount, double nominalRate, int format,
                                      String sourceId);

        Pointer lsl_create_outlet(Pointer info, int chunkSize, int maxBufferedSeconds);

        int lsl_push_sample_ftp(Pointer outlet, float[] data, double timestamp, int pushthrough);

        int lsl_push_sample_strtp(Pointer outlet, String[] data, double timestamp, int pushthrough);

        double lsl_local_clock();

        void lsl_destroy_outlet(Pointer outlet);

        void lsl_destroy_streaminfo(Pointer info);
    }

    private final LslLibrary lsl;
    private final String station;
    private Pointer forceInfo;
    private Pointer markerInfo;
    private Pointer force;
    private Pointer markers;
    private float[] sample;
    private long framesSent;
    private long markersSent;

    private LslOutlet(LslLibrary lsl, String station) {
        this.lsl = lsl;
        this.station = station;
    }

    /**
     * Loads liblsl and makes an outlet for {@code station}; when liblsl is not installed, says in
     * one line how to get it.
     */
    public static LslOutlet open(String station) {
        return LiblslLocation.ofThisProcess().load(LslLibrary.class).map(lsl -> new LslOutlet(lsl, station))
                .orElseThrow(() -> new PalpaException("--lsl needs liblsl, which is not installed: run "
                        + "bin/fetch-liblsl.sh, or install the liblsl package for your system from the releases of "
                        + "the sccn/liblsl project, or set " + LiblslLocation.VARIABLE + " to the path of liblsl.so"));
    }

    /** Whether liblsl can be loaded here. */
    public static boolean available() {
        return LiblslLocation.ofThisProcess().load(LslLibrary.class).isPresent();
    }

    @Override
    public void start(DeviceInfo device, String unitSymbol) {
        String source = device.model() + (device.serialNumber() == null ? "" : "-" + device.serialNumber());
        forceInfo = lsl.lsl_create_streaminfo("palpa-" + station + "-force", "Force", device.channelCount(),
                device.nominalRateHz(), CFT_FLOAT32, source);
        markerInfo = lsl.lsl_create_streaminfo("palpa-" + station + "-markers", "Markers", 1, 0, CFT_STRING, source);
        force = lsl.lsl_create_outlet(forceInfo, 0, 360);
        markers = lsl.lsl_create_outlet(markerInfo, 0, 360);
        sample = new float[device.channelCount()];
        marker(System.currentTimeMillis() * 1_000_000L, "start " + device.model() + " unit " + unitSymbol);
    }

    @Override
    public void frame(long unixNanos, ProcessedFrame frame) {
        double[] v = frame.smoothed();
        for (int c = 0; c < sample.length; c++) {
            sample[c] = (float) v[c];
        }
        lsl.lsl_push_sample_ftp(force, sample, lslTime(unixNanos), 1);
        framesSent++;
    }

    @Override
    public void state(long unixNanos, int channel, String channelLabel, BandState state) {
        marker(unixNanos, "state " + channelLabel + " " + state);
    }

    @Override
    public void hold(long unixNanos, String channelLabel, HoldResult hold) {
        marker(unixNanos, String.format(Locale.ROOT, "hold %s %s %.2fs mean %.2f peak %.2f", channelLabel,
                hold.outcome(), hold.durationSeconds(), hold.mean(), hold.peak()));
    }

    @Override
    public void event(long unixNanos, String kind, String detail) {
        marker(unixNanos, kind + (detail.isEmpty() ? "" : " " + detail));
    }

    @Override
    public void end(String reason) {
        marker(System.currentTimeMillis() * 1_000_000L, "end " + reason);
    }

    private void marker(long unixNanos, String text) {
        lsl.lsl_push_sample_strtp(markers, new String[] {text}, lslTime(unixNanos), 1);
        markersSent++;
    }

    /** A host time in liblsl's own clock, whose epoch is its own. */
    private double lslTime(long unixNanos) {
        return lsl.lsl_local_clock() - (System.currentTimeMillis() * 1_000_000L - unixNanos) / 1e9;
    }

    @Override
    public String summary() {
        return String.format(Locale.ROOT, "LSL outlets palpa-%s-force and -markers: %d frames, %d markers", station,
                framesSent, markersSent);
    }

    @Override
    public void close() {
        if (force != null) {
            lsl.lsl_destroy_outlet(force);
            lsl.lsl_destroy_outlet(markers);
            lsl.lsl_destroy_streaminfo(forceInfo);
            lsl.lsl_destroy_streaminfo(markerInfo);
            force = null;
        }
    }
}
