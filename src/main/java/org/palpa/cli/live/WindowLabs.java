package org.palpa.cli.live;

import java.io.PrintStream;
import org.palpa.adapter.osc.UdpDatagramSource;
import org.palpa.app.port.LabOutlet;
import org.palpa.app.stream.WindowLab;
import org.palpa.cli.options.LabStreamOptions;

/**
 * Opens the lab link of a window from the lab-streaming options: the outlets are tried once and
 * the marker port bound before the window opens, so a wrong {@code --osc} address, a missing
 * liblsl or a port in use is refused in one line and no window appears.
 */
public final class WindowLabs {
    private WindowLabs() {
    }

    /** The lab link {@code options} ask for; {@code command} names the lines it prints, such as {@code palpa gui}. */
    public static WindowLab open(LabStreamOptions options, String command, PrintStream out) {
        if (options == null || (!options.streamsOut() && options.markers == null)) {
            return WindowLab.none();
        }
        if (options.streamsOut()) {
            options.outlets().forEach(LabOutlet::close);
        }
        UdpDatagramSource source = options.markerSource();
        return new WindowLab(options.streamsOut() ? options::outlets : null, source,
                line -> out.println(command + ": " + line));
    }
}
