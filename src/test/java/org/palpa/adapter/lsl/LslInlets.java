package org.palpa.adapter.lsl;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A receiver on liblsl's own inlet API, as a lab's recorder (LabRecorder, pylsl) would open
 * Palpa's outlets: resolve a stream by name on the network, open it and pull samples.
 */
public final class LslInlets {
    /** The inlet half of liblsl's C API (lsl_c.h). */
    public interface InletApi extends Library {
        int lsl_resolve_byprop(Pointer[] buffer, int elements, String property, String value, int minimum,
                               double timeout);

        Pointer lsl_create_inlet(Pointer info, int maxBufferSeconds, int maxChunk, int recover);

        void lsl_open_stream(Pointer inlet, double timeout, IntByReference error);

        int lsl_get_channel_count(Pointer info);

        double lsl_get_nominal_srate(Pointer info);

        String lsl_get_type(Pointer info);

        int lsl_get_channel_format(Pointer info);

        double lsl_pull_sample_f(Pointer inlet, float[] buffer, int elements, double timeout, IntByReference error);

        double lsl_pull_sample_str(Pointer inlet, Pointer[] buffer, int elements, double timeout,
                                   IntByReference error);

        void lsl_destroy_string(Pointer text);

        void lsl_destroy_inlet(Pointer inlet);
    }

    /** One resolved and opened stream. */
    public record Opened(Pointer info, Pointer inlet) { }

    private final InletApi lsl;

    public LslInlets() {
        this.lsl = LiblslLocation.ofThisProcess().load(InletApi.class)
                .orElseThrow(() -> new IllegalStateException("liblsl did not load"));
    }

    public InletApi api() {
        return lsl;
    }

    /** Finds the stream called {@code name} and opens an inlet on it, or fails after 10 s. */
    public Opened open(String name) {
        Pointer[] found = new Pointer[4];
        int n = lsl.lsl_resolve_byprop(found, found.length, "name", name, 1, 10.0);
        if (n < 1) {
            throw new IllegalStateException("no LSL stream named " + name + " found within 10 s");
        }
        Pointer inlet = lsl.lsl_create_inlet(found[0], 360, 0, 1);
        IntByReference error = new IntByReference();
        lsl.lsl_open_stream(inlet, 10.0, error);
        if (error.getValue() != 0) {
            throw new IllegalStateException("opening " + name + " failed with liblsl error " + error.getValue());
        }
        return new Opened(found[0], inlet);
    }

    /** Pulls one float sample into {@code into}; returns its time stamp, or 0 after {@code timeout} s. */
    public double pull(Opened stream, float[] into, double timeout) {
        IntByReference error = new IntByReference();
        return lsl.lsl_pull_sample_f(stream.inlet(), into, into.length, timeout, error);
    }

    /** Pulls marker strings until none comes for {@code quiet} seconds. */
    public List<String> markers(Opened stream, double quiet) {
        List<String> texts = new ArrayList<>();
        Pointer[] one = new Pointer[1];
        IntByReference error = new IntByReference();
        while (lsl.lsl_pull_sample_str(stream.inlet(), one, 1, quiet, error) != 0.0) {
            texts.add(one[0].getString(0, "UTF-8"));
            lsl.lsl_destroy_string(one[0]);
        }
        return texts;
    }

    /**
     * Waits until what the outlet sends reaches this inlet. liblsl hands samples only to consumers
     * whose connection the outlet has taken up, which can be a moment after the inlet opened, so
     * {@code probe} is sent every 100 ms until one arrives; then all probes are drained.
     */
    public void awaitConnected(Opened stream, Runnable probe, boolean strings) {
        int channels = lsl.lsl_get_channel_count(stream.info());
        long until = System.nanoTime() + 10_000_000_000L;
        IntByReference error = new IntByReference();
        while (System.nanoTime() < until) {
            probe.run();
            double t = strings ? lsl.lsl_pull_sample_str(stream.inlet(), new Pointer[1], 1, 0.1, error)
                    : lsl.lsl_pull_sample_f(stream.inlet(), new float[channels], channels, 0.1, error);
            if (t != 0.0) {
                if (strings) {
                    markers(stream, 0.3);
                } else {
                    while (lsl.lsl_pull_sample_f(stream.inlet(), new float[channels], channels, 0.3, error) != 0.0) {
                        // drain the remaining probes
                    }
                }
                return;
            }
        }
        throw new IllegalStateException("nothing reached the inlet within 10 s");
    }

    public void close(Opened stream) {
        lsl.lsl_destroy_inlet(stream.inlet());
    }
}
