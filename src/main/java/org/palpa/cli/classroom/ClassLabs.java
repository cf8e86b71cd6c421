package org.palpa.cli.classroom;

import java.io.PrintStream;
import java.util.List;
import org.palpa.adapter.osc.UdpDatagramSource;
import org.palpa.app.classroom.ClassLab;
import org.palpa.app.port.LabOutlet;
import org.palpa.cli.options.LabStreamOptions;

/**
 * Opens a class's link to the lab from the lab-streaming options: each station's outlets are
 * tried once (so a wrong {@code --osc} or a missing liblsl is refused in one line) and the marker
 * port is bound, all before any station starts.
 */
final class ClassLabs {
    private ClassLabs() {
    }

    /** The class's lab link, or null when no lab option was given. */
    static ClassLab open(LabStreamOptions options, boolean stationNamed, List<String> stationNames, PrintStream out) {
        if (stationNamed) {
            throw new IllegalArgumentException("--osc-station does not apply to a class: each station streams under "
                    + "its own name, /palpa/STATION/...");
        }
        if (options == null || (!options.streamsOut() && options.markers == null)) {
            return null;
        }
        if (options.streamsOut()) {
            for (String name : stationNames) {
                options.outlets(name).forEach(LabOutlet::close);
            }
        }
        UdpDatagramSource source = options.markerSource();
        if (source != null) {
            out.println("palpa classroom: taking markers on " + source.describe()
                    + " (/palpa/mark for every station, /palpa/STATION/mark for one).");
        }
        return new ClassLab(options.streamsOut() ? options::outlets : null, source,
                line -> out.println("palpa classroom: " + line));
    }
}
