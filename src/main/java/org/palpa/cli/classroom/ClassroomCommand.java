package org.palpa.cli.classroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.palpa.adapter.json.ClassConfigReader;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.adapter.ui.classroom.ClassroomWindow;
import org.palpa.app.classroom.ClassSummary;
import org.palpa.app.classroom.Classroom;
import org.palpa.app.classroom.StationEntry;
import org.palpa.app.live.SessionSettings;
import org.palpa.cli.live.GuiCommand;
import org.palpa.cli.options.CalibrationOptions;
import org.palpa.cli.options.Durations;
import org.palpa.cli.options.RecordOptions;
import org.palpa.cli.options.TargetOptions;
import org.palpa.core.PalpaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code palpa classroom}: every student's device live on one screen, each recorded into its own session. */
@Command(name = "classroom", mixinStandardHelpOptions = true,
        description = {"Runs a class: one station per student, each with its own device, pipeline and recorded session.",
                "The window shows a tile per station (click one for its full live view); --terminal shows a table.",
                "At the end it prints the class summary and adds it to every session (see docs/classroom.md).",
                "Without --station or --config it runs a demonstration class of 8 simulated stations."})
public final class ClassroomCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    RecordOptions recordOptions;

    @Mixin
    CalibrationOptions calibration;

    /** The class's practice schedule; a station's own {@code feedback=} overrides it. */
    @Mixin
    org.palpa.cli.options.FeedbackOptions feedbackOptions;

    private final List<org.palpa.core.feedback.FeedbackSchedule> schedules = new ArrayList<>();

    @Option(names = "--station", paramLabel = "NAME=DEVICE[,student=CODE]",
            description = {"A station: NAME=DEVICE with optional ,student=CODE ,target=30N ,feedback=faded ,protocol=mark10 ,baud=9600",
                    ",config=pi.json ,plan=neck.json. DEVICE is a simulated device, serial:PORT or a Raspberry Pi device. Repeat per station."})
    List<String> stations = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE.json", description = "A class file: {\"class\": NAME, \"stations\": [...]}; see docs/classroom.md.")
    Path config;


    @Option(names = "--plan", paramLabel = "PLAN",
            description = "A treatment plan every station follows (a shipped plan or a file); plan=FILE per station overrides it.")
    String plan;

    @Option(names = "--terminal", description = "A table in the terminal, one line per station, instead of the window.")
    boolean terminal;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the first simulated station; each next one adds 1 (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", description = "Speed of simulated stations, 1 for real time (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--watchdog", paramLabel = "DURATION", defaultValue = "2s", converter = Durations.class,
            description = "Warn when a serial device sends nothing for this long (default: ${DEFAULT-VALUE}).")
    long watchdogMillis;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--close-after", paramLabel = "DURATION", converter = Durations.class, defaultValue = "0",
            description = "End the class by itself after this long (the window closes, the table stops); default: when closed or Ctrl+C.")
    long closeAfterMillis;

    @Option(names = "--screenshot", paramLabel = "FILE.png", description = "With --close-after: save a PNG of the window just before it closes.")
    Path screenshot;

    @Mixin
    org.palpa.cli.options.LabStreamOptions labOptions;

    @Override
    public Integer call() throws Exception {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("--speed must be a positive number, was " + speed);
        }
        if (screenshot != null && (closeAfterMillis <= 0 || terminal)) {
            throw new IllegalArgumentException("--screenshot needs the window and --close-after, such as --close-after 20s");
        }
        if (!"unassigned".equals(recordOptions.client)) {
            throw new IllegalArgumentException("--client is given per station in a class: --station S1=sim-glove,student=CODE");
        }
        if (recordOptions.trainee != null && recordOptions.trainee.student != null) {
            throw new IllegalArgumentException("--student is given per station in a class: --station S1=sim-glove,student=CODE");
        }
        List<StationEntry> entries = new ArrayList<>();
        // --class comes from the recording options that every recording command shares
        String name = recordOptions.trainee == null ? null : recordOptions.trainee.className;
        if (config != null) {
            ClassConfigReader.ClassConfig file = ClassConfigReader.read(config);
            entries.addAll(file.stations());
            name = name != null ? name : file.className();
        }
        List<String> given = stations.isEmpty() && config == null ? ClassSetup.DEMO_CLASS : stations;
        for (String s : given) {
            entries.add(StationEntry.parse(s));
        }
        org.palpa.core.feedback.FeedbackSchedule classSchedule = feedbackOptions.schedule();
        entries.forEach(e -> schedules.add(e.feedback() == null ? classSchedule
                : org.palpa.core.feedback.FeedbackSchedule.parse(e.feedback())));
        entries = ClassPlans.withClassPlan(entries, plan);
        boolean window = !terminal;
        if (window && GuiCommand.displayProblem() != null) {
            throw new PalpaException("the classroom window cannot open: no graphical display is available ("
                    + GuiCommand.displayProblem() + "). Use palpa classroom --terminal, or run under xvfb-run.");
        }
        SessionSettings base = new SessionSettings(targetOptions.target(), null, targetOptions.filterSpec(),
                targetOptions.probeArea(), 0, calibration.calibrations(calibration.load(null, true), System.err), 8192)
                .withTargets(targetOptions.plan());
        boolean targetGiven = spec.commandLine().getParseResult().hasMatchedOption("--target")
                || spec.commandLine().getParseResult().hasMatchedOption("--band");
        var plans = ClassSetup.plans(entries, new StationDevices(seed, speed, watchdogMillis), base,
                targetOptions::around, targetGiven);
        org.palpa.app.classroom.ClassLab lab = ClassLabs.open(labOptions,
                spec.commandLine().getParseResult().hasMatchedOption("--osc-station"),
                entries.stream().map(StationEntry::name).toList(), System.out);
        try {
            return run(name == null ? "" : name, plans, lab);
        } finally {
            if (lab != null) {
                lab.close();
            }
        }
    }

    private int run(String name, List<org.palpa.app.classroom.StationPlan> plans,
                    org.palpa.app.classroom.ClassLab lab) throws InterruptedException {
        JdbcSessionStore store = openStore();
        java.util.Queue<String> notes = new java.util.concurrent.ConcurrentLinkedQueue<>();
        String therapist = recordOptions.therapistOrUser();
        Classroom classroom = new Classroom(name, plans, store, store == null ? null : store.trainees(),
                (plan, device, settings, refs) -> ClassSetup.meta(plan,
                device, settings, refs, name, therapist, recordOptions.site, recordOptions.notes),
                line -> {
                    if (terminal) {
                        notes.add(line); // shown above the table, which would overwrite a line printed here
                    } else {
                        System.err.println("palpa classroom: " + line);
                    }
                });
        ClassEnd end = new ClassEnd(classroom, store, CpuUse.start());
        Thread hook = new Thread(end::finishQuietly, "palpa-classroom-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.println("palpa classroom: " + plans.size() + " stations" + (name.isEmpty() ? "" : " of class " + name)
                + (store == null ? ", not recorded" : ", recording into " + store.describe()));
        for (int i = 0; i < schedules.size(); i++) {
            classroom.stations().get(i).feedback(schedules.get(i));
        }
        if (lab != null) {
            lab.follow(classroom);
        }
        classroom.startAll();
        try {
            if (terminal) {
                ClassroomTerminal.run(classroom, closeAfterMillis, notes);
            } else {
                System.out.println("palpa classroom: window closed; " + ClassroomWindow.run(classroom,
                        new ClassroomWindow.Options(dark, closeAfterMillis, screenshot,
                        file -> org.palpa.adapter.json.PlanReader.read(file))));
            }
        } finally {
            end.finish();
            for (String n = notes.poll(); n != null; n = notes.poll()) {
                System.err.println("palpa classroom: " + n);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and finds the class finished
            }
        }
        return 0;
    }

    private JdbcSessionStore openStore() {
        if (recordOptions.noRecord) {
            return null;
        }
        try {
            JdbcSessionStore store = recordOptions.store.open();
            if (store.interruptedOnOpen() > 0) {
                System.err.println("palpa: " + store.interruptedOnOpen() + " earlier session(s) had been cut off and "
                        + "are now marked interrupted; they keep what was recorded");
            }
            return store;
        } catch (PalpaException | IllegalArgumentException e) {
            System.err.println("palpa: not recording: " + e.getMessage() + "; live feedback goes on");
            return null;
        }
    }

    /** Finishes the class once, from the command or from a stop signal: saves, prints the summary, closes the store. */
    private static final class ClassEnd {
        private final Classroom classroom;
        private final JdbcSessionStore store;
        private final CpuUse cpu;
        private boolean done;

        ClassEnd(Classroom classroom, JdbcSessionStore store, CpuUse cpu) {
            this.classroom = classroom;
            this.store = store;
            this.cpu = cpu;
        }

        synchronized void finish() throws InterruptedException {
            if (done) {
                return;
            }
            done = true;
            String used = cpu.sinceStart();
            ClassSummary summary = classroom.finish(store, store, 30, TimeUnit.SECONDS);
            System.out.println("palpa classroom: " + used);
            System.out.print(summary.table());
            if (store != null) {
                for (ClassSummary.Row r : summary.rows()) {
                    for (long id : r.sessionIds()) {
                        System.out.printf("Recorded session %d (station %s, student %s) in %s. See: palpa sessions show %d%n",
                                id, r.station(), r.student(), store.describe(), id);
                    }
                }
                try {
                    store.close();
                } catch (PalpaException e) {
                    System.err.println("palpa: " + e.getMessage());
                }
            }
        }

        void finishQuietly() {
            try {
                finish();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
