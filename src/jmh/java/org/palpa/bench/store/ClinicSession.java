package org.palpa.bench.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.record.Trainee;
import org.palpa.core.sample.Unit;
import org.palpa.core.sim.SimulatedDeviceSpec;

/**
 * One session of a simulated clinic year: who, when, on which device, for how long, against which
 * targets, and with which pain scores. Drawn from a seeded random stream, so a run with the same
 * seed builds the same year.
 *
 * @param index      0-based number of the session in the year
 * @param client     the client's pseudonymous code, such as C-0007
 * @param therapist  the therapist
 * @param site       the treatment room
 * @param startedAt  when the session began, UTC milliseconds
 * @param spec       the simulated device (algometer 100 Hz or 5-channel glove 200 Hz)
 * @param seconds    seconds of signal to record
 * @param plan       the targets the holds are judged against
 * @param trainee    the student the session was recorded for, or null
 * @param painScores how many pain scores the client gave during the session
 */
record ClinicSession(int index, String client, String therapist, String site, long startedAt, SimulatedDeviceSpec spec,
                     double seconds, TargetPlan plan, Trainee trainee, int painScores) {
    static final String[] THERAPISTS = {"a.moreau", "b.okafor", "c.lindqvist", "d.santos", "e.kowalski", "f.nakamura"};
    static final String[] SITES = {"room-1", "room-2", "teaching"};
    static final String[] CLASSES = {"MT-2026A", "MT-2026B"};
    static final int CLIENTS = 40;
    static final int STUDENTS = 16;

    /**
     * Draws session {@code index} of {@code count}. The one at {@code count / 2} is the year's
     * reference: a one-hour glove session, whatever {@code lengthScale} says.
     *
     * @param lengthScale factor on the drawn 10-60 minute length (1 for full-length sessions)
     */
    static ClinicSession draw(long seed, int index, int count, double lengthScale) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        boolean reference = index == count / 2;
        // a clinic year of 2026: sessions spread evenly over working days, 08:00-18:00 UTC
        long dayMillis = 86_400_000L;
        long yearStart = LocalDate.of(2026, 1, 5).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long slot = yearStart + (long) index * 350 * dayMillis / Math.max(1, count);
        long startedAt = slot - slot % dayMillis + 8 * 3_600_000L + r.nextInt(10 * 3_600_000);
        boolean glove = reference || r.nextDouble() < 0.4;
        SimulatedDeviceSpec spec = glove ? SimulatedDeviceSpec.glove() : SimulatedDeviceSpec.algometer();
        double minutes = 10 + 50 * r.nextDouble();
        double seconds = reference ? 3600 : Math.max(20, minutes * 60 * lengthScale);
        String client = String.format(java.util.Locale.ROOT, "C-%04d", 1 + r.nextInt(CLIENTS));
        String site = SITES[r.nextInt(2)];
        Trainee trainee = null;
        if (!reference && r.nextDouble() < 0.15) {
            int student = 1 + r.nextInt(STUDENTS);
            trainee = new Trainee(String.format(java.util.Locale.ROOT, "S-%03d", student), CLASSES[student % CLASSES.length]);
            site = SITES[2];
        }
        return new ClinicSession(index, client, THERAPISTS[r.nextInt(THERAPISTS.length)], site, startedAt, spec, seconds,
                plan(r, glove), trainee, r.nextInt(4));
    }

    /**
     * The targets: an algometer session aims near the simulated 40 N press; a glove session is
     * judged per finger (thumb and index, which the simulated hand presses hardest) half the time.
     */
    private static TargetPlan plan(SplittableRandom r, boolean glove) {
        long holdMillis = 5_000 + 1_000L * r.nextInt(6);
        if (!glove) {
            double centre = 36 + 8 * r.nextDouble();
            return TargetPlan.uniform(new Target(centre - 4, centre + 4, Unit.NEWTON, holdMillis, RateBand.ANY));
        }
        Target thumb = new Target(26, 34, Unit.NEWTON, holdMillis, RateBand.ANY);
        if (r.nextBoolean()) {
            return TargetPlan.uniform(thumb);
        }
        Map<String, Target> byFinger = new LinkedHashMap<>();
        byFinger.put("thumb", thumb);
        byFinger.put("index", new Target(13, 20, Unit.NEWTON, holdMillis, RateBand.ANY));
        return new TargetPlan(null, byFinger, Set.of());
    }

    /** Frames of signal at the device's rate. */
    long frames() {
        return Math.round(seconds * spec.rateHz());
    }
}
