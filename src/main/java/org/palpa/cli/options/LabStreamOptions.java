package org.palpa.cli.options;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.palpa.adapter.lsl.LslOutlet;
import org.palpa.adapter.osc.OscOutlet;
import org.palpa.adapter.osc.UdpDatagramSource;
import org.palpa.app.port.LabOutlet;
import picocli.CommandLine.Option;

/**
 * The lab-streaming options of {@code live}, {@code gui} and the other live commands: force and
 * events out over OSC or LSL, and markers in over UDP (docs/streaming.md). Palpa listens only when
 * {@code --markers} asks it to, and then on loopback unless {@code --markers-bind} says otherwise.
 */
public final class LabStreamOptions {
    @Option(names = "--osc", paramLabel = "HOST:PORT",
            description = "Stream force and events as OSC 1.0 over UDP to HOST:PORT, such as 127.0.0.1:9000.")
    public String osc;

    @Option(names = "--osc-rate", paramLabel = "HZ", defaultValue = "0",
            description = "Frames a second sent over OSC; 0 sends every frame (default: ${DEFAULT-VALUE}).")
    public double oscRate;

    @Option(names = "--osc-station", paramLabel = "NAME", defaultValue = "live",
            description = "The station's name in the OSC addresses, /palpa/NAME/force (default: ${DEFAULT-VALUE}).")
    public String station;

    @Option(names = "--lsl", description = "Stream force and markers into the Lab Streaming Layer (needs liblsl).")
    public boolean lsl;

    @Option(names = "--markers", paramLabel = "udp:PORT",
            description = "Take markers from other instruments on this UDP port: plain text or OSC /palpa/mark \"text\".")
    public String markers;

    @Option(names = "--markers-bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address --markers listens on (default: ${DEFAULT-VALUE}, this machine only).")
    public String markersBind;

    /** Whether anything streams out. */
    public boolean streamsOut() {
        return osc != null || lsl;
    }

    /** The outlets asked for, opened now so that a wrong address or a missing liblsl stops before the device starts. */
    public List<LabOutlet> outlets() {
        return outlets(station);
    }

    /** The outlets asked for, for a station named {@code stationName} (a classroom's stations each have their own). */
    public List<LabOutlet> outlets(String stationName) {
        List<LabOutlet> outlets = new ArrayList<>();
        if (osc != null) {
            outlets.add(new OscOutlet(hostPort("--osc", osc), stationName, oscRate));
        }
        if (lsl) {
            outlets.add(LslOutlet.open(stationName));
        }
        return outlets;
    }

    /** The marker listener asked for, bound now, or null. */
    public UdpDatagramSource markerSource() {
        if (markers == null) {
            return null;
        }
        if (!markers.matches("udp:\\d{1,5}")) {
            throw new IllegalArgumentException("--markers takes udp:PORT, such as udp:9001, was '" + markers + "'");
        }
        int port = Integer.parseInt(markers.substring(4));
        if (port > 65535) {
            throw new IllegalArgumentException("--markers port must be 0 to 65535, was " + port);
        }
        try {
            return new UdpDatagramSource(new InetSocketAddress(InetAddress.getByName(markersBind), port));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--markers-bind: no such address '" + markersBind + "'");
        }
    }

    private static InetSocketAddress hostPort(String option, String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || !value.substring(colon + 1).matches("\\d{1,5}")) {
            throw new IllegalArgumentException(option + " takes HOST:PORT, such as 127.0.0.1:9000, was '" + value + "'");
        }
        int port = Integer.parseInt(value.substring(colon + 1));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(option + " port must be 1 to 65535, was " + port);
        }
        String host = value.substring(0, colon);
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(option + ": no such host '" + host + "'");
        }
    }
}
