package org.palpa.app.classroom;

import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.Transport;

/**
 * One station of a class as the instructor set it up: its name on the tile, the student's
 * pseudonymous code, the device it reads and the settings its session starts with.
 *
 * @param name     a short name for the tile, such as {@code S1} or {@code bench-3}
 * @param student  the student's pseudonymous code, recorded as the session's client code
 * @param device   the device in words, such as {@code sim-glove} or {@code serial:/dev/ttyUSB0}
 * @param opener   opens a fresh transport for the device each time the station (re)connects
 * @param settings the target, smoothing and calibration the station's sessions start with
 */
public record StationPlan(String name, String student, String device, Supplier<Transport> opener,
                          SessionSettings settings) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,23}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public StationPlan {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("station name '" + name
                    + "' must be 1 to 24 letters, digits, '.', '_' or '-'");
        }
        if (student == null || !CODE.matcher(student).matches()) {
            throw new IllegalArgumentException("student code '" + student + "' of station " + name
                    + " must be 1 to 40 letters, digits, '.', '_' or '-' (a pseudonym, not a name)");
        }
        if (device == null || device.isBlank() || opener == null || settings == null) {
            throw new IllegalArgumentException("station " + name + " needs a device and settings");
        }
    }

    /** This plan with other session settings, such as a new target. */
    public StationPlan withSettings(SessionSettings newSettings) {
        return new StationPlan(name, student, device, opener, newSettings);
    }
}
