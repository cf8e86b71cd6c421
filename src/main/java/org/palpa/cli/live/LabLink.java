package org.palpa.cli.live;

import java.io.PrintStream;
import java.util.List;
import org.palpa.adapter.osc.UdpDatagramSource;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.port.LabOutlet;
import org.palpa.app.stream.LabStream;
import org.palpa.app.stream.MarkerIntake;
import org.palpa.cli.options.LabStreamOptions;
import org.palpa.core.sample.DeviceInfo;

/**
 * Wires a live session to the lab: the streams out (OSC, LSL) and the markers in, which are
 * recorded, streamed out again and shown. Everything is opened before the device starts, so a
 * wrong address or a missing liblsl is bad input, not a half-started session.
 */
public final class LabLink {
    private final LabStream stream;
    private final MarkerIntake markers;
    private final String markerSource;

    private LabLink(LabStream stream, MarkerIntake markers, String markerSource) {
        this.stream = stream;
        this.markers = markers;
        this.markerSource = markerSource;
    }

    /** Nothing in or out: what a session without lab options gets. */
    public static LabLink none() {
        return new LabLink(null, null, null);
    }

    /** Opens what {@code options} ask for and subscribes to {@code pipeline}; call before it starts. */
    public static LabLink attach(LabStreamOptions options, LivePipeline pipeline, SessionRecording recording, PrintStream err) {
        if (options == null) {
            return none();
        }
        List<LabOutlet> outlets = options.outlets();
        UdpDatagramSource source;
        try {
            source = options.markerSource();
        } catch (RuntimeException e) {
            outlets.forEach(LabOutlet::close);
            throw e;
        }
        LabStream stream = outlets.isEmpty() ? null : LabStream.subscribe(pipeline, outlets);
        MarkerIntake intake = source == null ? null : new MarkerIntake(source, text -> {
            recording.marker(text);
            if (stream != null) {
                stream.event("marker", text);
            }
            err.println("  marker: " + text);
        });
        return new LabLink(stream, intake, source == null ? null : source.describe());
    }

    /** Starts streaming and listening once the device is known. */
    public void start(DeviceInfo device, String unitSymbol, PrintStream out) {
        if (stream != null) {
            stream.start(device, unitSymbol);
        }
        if (markers != null) {
            markers.start();
            out.println("Taking markers on " + markerSource + ".");
        }
    }

    /** Sends a mark the therapist made (a pain score, a note) out to the lab. */
    public void event(String kind, String detail) {
        if (stream != null) {
            stream.event(kind, detail);
        }
    }

    /** Stops, and prints what was streamed and which markers were kept. */
    public void end(PrintStream out) throws InterruptedException {
        if (markers != null) {
            out.println(markers.finish());
        }
        if (stream != null) {
            stream.finish(2000).forEach(out::println);
        }
    }
}
