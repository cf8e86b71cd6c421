package org.palpa.cli.calibration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.palpa.app.calibration.ChannelMonitor;
import org.palpa.app.port.LoadBench;
import org.palpa.core.calibration.CalibrationPoint;
import org.palpa.core.calibration.Steadiness;
import org.palpa.core.calibration.Tare;

/**
 * The steps of a calibration in the terminal: condition the sensor, tare, then each reference
 * mass up and back down. Every step waits for the person calibrating to press Enter (or {@code q}
 * to abort) and then for a steady reading, showing the live value meanwhile. With a
 * {@link LoadBench} the bench applies each load; in batch mode nobody is asked.
 */
public final class CalibrationWizard {
    /** Standard gravity, CGPM 1901: a mass in kg weighs this many newtons. */
    static final double STANDARD_GRAVITY = 9.80665;
    private static final int CONDITIONING_CYCLES = 4;
    /** How long after Enter a creep hold starts recording, so that the load is in place. */
    static final double HOLD_SETTLE_SECONDS = 2.0;

    /** The person calibrating asked to stop, or the input ended. */
    static final class Aborted extends Exception {
        Aborted(String why) {
            super(why);
        }
    }

    /** What the steps gave: the tare and the points, net of the tare. */
    record Run(double tareCounts, List<CalibrationPoint> points) { }

    private final BufferedReader in;
    private final PrintStream out;
    private final ChannelMonitor monitor;
    private final LoadBench bench;
    private final double benchSpeed;
    private final boolean batch;
    private final Steadiness criterion;
    private final long stepTimeoutMillis;

    CalibrationWizard(BufferedReader in, PrintStream out, ChannelMonitor monitor, LoadBench bench, double benchSpeed,
                      boolean batch, Steadiness criterion, long stepTimeoutMillis) {
        this.in = in;
        this.out = out;
        this.monitor = monitor;
        this.bench = bench;
        this.benchSpeed = benchSpeed;
        this.batch = batch;
        this.criterion = criterion;
        this.stepTimeoutMillis = stepTimeoutMillis;
    }

    /**
     * Runs every step for {@code massesKg} (ascending): up, then back down when {@code unloading},
     * {@code cycles} times; repeated cycles measure repeatability.
     */
    Run run(List<Double> massesKg, boolean unloading, int cycles) throws Aborted, InterruptedException {
        double top = massesKg.get(massesKg.size() - 1);
        condition(top);
        double tare = tare();
        List<CalibrationPoint> points = new ArrayList<>();
        points.add(CalibrationPoint.loading(0, 0));
        for (int cycle = 1; cycle <= cycles; cycle++) {
            String of = cycles == 1 ? "" : String.format(Locale.ROOT, " (cycle %d of %d)", cycle, cycles);
            for (double kg : massesKg) {
                double counts = steady("Place " + kg(kg) + " kg" + of, kg) - tare;
                points.add(CalibrationPoint.loading(counts, kg * STANDARD_GRAVITY));
                out.printf(Locale.ROOT, "  recorded %s kg = %.3f N at %.1f net counts%n", kg(kg), kg * STANDARD_GRAVITY,
                        counts);
            }
            // Without the way down, the load still has to come off before the next cycle climbs again.
            for (int i = unloading ? massesKg.size() - 2 : (cycle < cycles ? -1 : -2); i >= -1; i--) {
                double kg = i < 0 ? 0 : massesKg.get(i);
                String what = (i < 0 ? "Remove all load" : "Reduce the load to " + kg(kg) + " kg") + of;
                double counts = steady(what, kg) - tare;
                points.add(CalibrationPoint.unloading(counts, kg * STANDARD_GRAVITY));
                out.printf(Locale.ROOT, "  recorded %s kg unloading at %.1f net counts%n", kg(kg), counts);
            }
        }
        return new Run(tare, points);
    }

    private void condition(double topKg) throws Aborted, InterruptedException {
        double load = 1.1 * topKg;
        prompt(String.format(Locale.ROOT, "Condition the sensor: load it to about 110%% of the top weight (%s kg) "
                + "%d to %d times, then remove the load.", kg(load), CONDITIONING_CYCLES, CONDITIONING_CYCLES + 1));
        if (bench != null) {
            for (int i = 1; i <= CONDITIONING_CYCLES; i++) {
                out.printf(Locale.ROOT, "  bench: cycle %d of %d to %s kg%n", i, CONDITIONING_CYCLES, kg(load));
                bench.place(load * STANDARD_GRAVITY);
                Thread.sleep(Math.round(1000 / benchSpeed));
                bench.place(0);
                Thread.sleep(Math.round(1000 / benchSpeed));
            }
        }
    }

    private double tare() throws Aborted, InterruptedException {
        prompt("Tare: remove all load and press Enter.");
        if (bench != null) {
            bench.place(0);
        }
        while (true) {
            monitor.clear();
            monitor.awaitSteady(criterion, stepTimeoutMillis, this::live);
            Tare tare = monitor.tare(criterion);
            if (tare instanceof Tare.Taken t) {
                out.printf(Locale.ROOT, "\r  tare: %.1f counts (sd %.2f over %d samples)\u001b[K%n", t.offsetCounts(),
                        t.stdDevCounts(), t.samples());
                return t.offsetCounts();
            }
            out.printf(Locale.ROOT, "\r  %s\u001b[K%n", ((Tare.Refused) tare).reason());
            prompt("Keep the sensor unloaded and still, and press Enter to tare again.");
        }
    }

    /** Asks for a load, waits for a steady reading, and returns its mean in raw counts. */
    double steady(String action, double kg) throws Aborted, InterruptedException {
        prompt(action + " and press Enter.");
        if (bench != null) {
            bench.place(kg * STANDARD_GRAVITY);
        }
        while (true) {
            monitor.clear();
            Steadiness.Verdict v = monitor.awaitSteady(criterion, stepTimeoutMillis, this::live);
            if (v instanceof Steadiness.Verdict.Steady s) {
                out.printf(Locale.ROOT, "\r  steady: %.1f counts (sd %.2f over %d samples)\u001b[K%n", s.meanCounts(),
                        s.stdDevCounts(), s.samples());
                return s.meanCounts();
            }
            if (monitor.ended() != null) {
                throw new Aborted("the device stopped: " + monitor.ended());
            }
            out.printf(Locale.ROOT, "\r  not steady after %d s: %s\u001b[K%n", stepTimeoutMillis / 1000,
                    ((Steadiness.Verdict.Unsteady) v).reason());
            prompt("Keep the load still and press Enter to wait again.");
        }
    }

    /**
     * Asks for a load to be kept in place for {@code millis} and returns every raw reading from
     * two seconds after Enter (so that the load is in place) to the end.
     */
    double[] hold(String action, double kg, long millis) throws Aborted, InterruptedException {
        // Creep is measured from a rested sensor: creep left over from earlier loads would hide in the hold.
        prompt("Remove all load and press Enter; the sensor then rests for " + millis / 1000 + " s.");
        if (bench != null) {
            bench.place(0);
        }
        long rested = System.nanoTime() + Math.round(millis * 1e6 / benchSpeed);
        while (System.nanoTime() < rested && monitor.ended() == null) {
            out.printf(Locale.ROOT, "\r  resting: live %.1f counts, %.0f s left\u001b[K", monitor.latest(),
                    (rested - System.nanoTime()) / 1e9 * benchSpeed);
            out.flush();
            Thread.sleep(100);
        }
        out.printf(Locale.ROOT, "\r  rested\u001b[K%n");
        prompt(action + " and press Enter; keep it in place for " + millis / 1000 + " s.");
        if (bench != null) {
            bench.place(kg * STANDARD_GRAVITY);
        }
        Thread.sleep(Math.round(HOLD_SETTLE_SECONDS * 1000 / benchSpeed));
        double rate = monitor.device().nominalRateHz();
        monitor.startRecording((int) Math.ceil(rate * millis / 1000.0) + 1);
        long end = System.nanoTime() + Math.round(millis * 1e6 / benchSpeed);
        while (System.nanoTime() < end && monitor.ended() == null) {
            out.printf(Locale.ROOT, "\r  holding: live %.1f counts, %.0f s left\u001b[K", monitor.latest(),
                    (end - System.nanoTime()) / 1e9 * benchSpeed);
            out.flush();
            Thread.sleep(100);
        }
        double[] readings = monitor.stopRecording();
        out.printf(Locale.ROOT, "\r  recorded %d readings over the hold\u001b[K%n", readings.length);
        if (bench != null) {
            bench.place(0);
        }
        return readings;
    }

    private void live(Steadiness.Verdict v) {
        double now = monitor.latest();
        if (v instanceof Steadiness.Verdict.Unsteady u && !Double.isNaN(u.stdDevCounts())) {
            out.printf(Locale.ROOT, "\r  live %.1f counts, sd %.2f (at most %.2f) - waiting for a steady reading\u001b[K",
                    now, u.stdDevCounts(), criterion.maxStdDevCounts());
        } else {
            out.printf(Locale.ROOT, "\r  live %.1f counts - collecting readings\u001b[K", now);
        }
        out.flush();
    }

    private void prompt(String text) throws Aborted {
        out.println();
        if (batch) {
            out.println("> " + text + " [batch: going on]");
            return;
        }
        out.print("> " + text + " [Enter; q aborts] ");
        out.flush();
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            throw new Aborted("cannot read the terminal: " + e.getMessage());
        }
        if (line == null || line.trim().equalsIgnoreCase("q")) {
            throw new Aborted(line == null ? "input ended" : "aborted by the user");
        }
    }

    static String kg(double kg) {
        return String.format(Locale.ROOT, "%.3f", kg).replaceAll("\\.?0+$", "");
    }
}
