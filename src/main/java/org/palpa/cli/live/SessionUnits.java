package org.palpa.cli.live;

import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.Transport;
import org.palpa.cli.device.DeviceCatalog;
import org.palpa.core.pipeline.FrameProcessor;
import org.palpa.core.sample.DeviceInfo;

/**
 * Checks, before a window opens, that a simulated device named on the command line can be judged
 * in the session's unit: a channel of raw counts with no calibration is refused unless the session
 * is in counts ({@code --raw}). A terminal session gets the same check when its pipeline starts.
 */
final class SessionUnits {
    private SessionUnits() {
    }

    /** Connects {@code device} briefly when it is a simulated one and runs the pipeline's own unit check. */
    static void check(String device, SessionSettings settings) {
        if (device == null || !DeviceCatalog.NAMES.contains(device) || DeviceCatalog.isPiDevice(device)) {
            return;
        }
        Transport t = DeviceCatalog.open(device, 1, 0, 0);
        try {
            DeviceInfo info = t.connect();
            FrameProcessor.unitsPerNewton(info, settings.calibrations().apply(info), settings.targets().unit(),
                    settings.probeArea());
        } finally {
            t.close();
        }
    }
}
