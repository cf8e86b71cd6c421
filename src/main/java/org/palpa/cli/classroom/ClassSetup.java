package org.palpa.cli.classroom;

import java.util.ArrayList;
import java.util.List;
import org.palpa.app.classroom.StationEntry;
import org.palpa.app.classroom.StationGoal;
import org.palpa.app.classroom.StationPlan;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.hold.Target;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.sample.DeviceInfo;

/**
 * Turns what the instructor wrote into stations, and describes each station's sessions for the
 * store: the student's code is the session's client code, the class is its site, and the notes
 * name the class, the station and its device.
 */
final class ClassSetup {
    /** The class used when no station is given: four simulated algometers and four simulated gloves. */
    static final List<String> DEMO_CLASS = List.of("S1=sim-algometer,student=ST-01", "S2=sim-glove,student=ST-02",
            "S3=sim-algometer,student=ST-03", "S4=sim-glove,student=ST-04", "S5=sim-algometer,student=ST-05",
            "S6=sim-glove,student=ST-06", "S7=sim-algometer,student=ST-07", "S8=sim-glove,student=ST-08");
    /**
     * A simulated glove's therapist presses about 30 N with the thumb (SimulatedDeviceSpec.glove),
     * so a glove station without a target of its own aims there unless --target was given.
     */
    static final String SIM_GLOVE_TARGET = "30N";

    private ClassSetup() {
    }

    /** The stations' plans, each with its own target when it names one. */
    static List<StationPlan> plans(List<StationEntry> entries, StationDevices devices, SessionSettings base,
                                   java.util.function.Function<String, Target> around, boolean targetGiven) {
        List<StationPlan> plans = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            StationEntry e = entries.get(i);
            boolean simGlove = !targetGiven && e.target() == null && e.device().startsWith("sim-glove");
            String centre = e.target() != null ? e.target() : simGlove ? SIM_GLOVE_TARGET : null;
            // the simulated glove's other fingers press far less than the thumb: judge the thumb alone
            java.util.Set<String> tracked = simGlove && base.targets().tracked().isEmpty() ? java.util.Set.of("thumb")
                    : base.targets().tracked();
            SessionSettings settings = centre == null ? base : retargeted(base, around.apply(centre), tracked);
            StationGoal goal = new StationGoal();
            StationPlan station = new StationPlan(e.name(), e.student(), e.device(), devices.opener(e, i, goal), settings,
                    null, goal);
            plans.add(e.plan() == null ? station : station.withTreatment(ClassPlans.load(e)));
        }
        return plans;
    }

    /** {@code base} with one target for every channel in {@code tracked} (every channel when it is empty). */
    static SessionSettings retargeted(SessionSettings base, Target target, java.util.Set<String> tracked) {
        return new SessionSettings(target, null, base.filter(), base.probeArea(), base.maxStreamSeconds(),
                base.calibrations(), base.inputCapacity())
                .withTargets(new org.palpa.core.hold.TargetPlan(target, java.util.Map.of(), tracked));
    }

    /**
     * Describes a station's session. The calibration profiles the channels use are recorded as
     * {@code label=id} and {@code label=hash} lists, as {@code palpa live} records them.
     */
    static SessionMeta meta(StationPlan plan, DeviceInfo device, SessionSettings settings, List<CalibrationRef> refs,
                            String className, String therapist, String site, String notes) {
        StringBuilder ids = new StringBuilder();
        StringBuilder hashes = new StringBuilder();
        for (int c = 0; c < refs.size() && c < device.channelCount(); c++) {
            CalibrationRef ref = refs.get(c);
            if (!ref.equals(CalibrationRef.NATIVE)) {
                String label = device.channels().get(c).label();
                ids.append(ids.isEmpty() ? "" : ",").append(label).append('=').append(ref.profileId());
                hashes.append(hashes.isEmpty() ? "" : ",").append(label).append('=').append(ref.contentHash());
            }
        }
        String where = className.isEmpty() ? site : site.isEmpty() ? "class " + className : site + ", class " + className;
        String text = "classroom" + (className.isEmpty() ? "" : " class " + className) + ", station " + plan.name()
                + " (" + plan.device() + "), student " + plan.student() + (notes.isEmpty() ? "" : "; " + notes);
        return new SessionMeta(plan.student(), null, therapist, where, text, System.currentTimeMillis(),
                "classroom " + device.model(), device, ids.isEmpty() ? null : ids.toString(),
                hashes.isEmpty() ? null : hashes.toString(), null, settings.target(), settings.filter().toString(),
                settings.probeArea().squareCentimetres(), settings.targets());
    }
}
