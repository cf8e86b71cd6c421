package org.palpa.app.classroom;

import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.Transport;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.plan.PlanBand;
import org.palpa.core.plan.TreatmentPlan;

/**
 * One station of a class as the instructor set it up: its name on the tile, the student's
 * pseudonymous code, the device it reads and the settings its session starts with.
 *
 * @param name     a short name for the tile, such as {@code S1} or {@code bench-3}
 * @param student  the student's pseudonymous code, recorded as the session's client code
 * @param device   the device in words, such as {@code sim-glove} or {@code serial:/dev/ttyUSB0}
 * @param opener   opens a fresh transport for the device each time the station (re)connects
 * @param settings the target, smoothing and calibration the station's sessions start with
 * @param treatment the treatment plan each of the station's sessions follows, or null for none
 * @param goal     what a simulated device's therapist aims for; the station points it at its plan
 */
public record StationPlan(String name, String student, String device, Supplier<Transport> opener,
                          SessionSettings settings, TreatmentPlan treatment, StationGoal goal) {
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
        if (goal == null) {
            throw new IllegalArgumentException("station " + name + " needs a goal for its simulated therapist");
        }
    }

    /** A station without a treatment plan. */
    public StationPlan(String name, String student, String device, Supplier<Transport> opener,
                       SessionSettings settings) {
        this(name, student, device, opener, settings, null, new StationGoal());
    }

    /** This station with other session settings, such as a new target; its treatment plan is kept. */
    public StationPlan withSettings(SessionSettings newSettings) {
        return new StationPlan(name, student, device, opener, newSettings, treatment, goal);
    }

    /**
     * This station following {@code plan} (null for none). Its sessions start with the first step's
     * band and hold as the target, as {@code palpa plan run} does; the plan's runner judges each step
     * against its own band.
     */
    public StationPlan withTreatment(TreatmentPlan plan) {
        if (plan == null) {
            return new StationPlan(name, student, device, opener, settings, null, goal);
        }
        PlanBand first = plan.steps().get(0).band();
        Target target = new Target(first.min(), first.max(), first.unit(), plan.steps().get(0).holdMillis(), null);
        SessionSettings s = new SessionSettings(target, null, settings.filter(), settings.probeArea(),
                settings.maxStreamSeconds(), settings.calibrations(), settings.inputCapacity())
                .withTargets(new TargetPlan(target, java.util.Map.of(), settings.targets().tracked()));
        return new StationPlan(name, student, device, opener, s, plan, goal);
    }
}
