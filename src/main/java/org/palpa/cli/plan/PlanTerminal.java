package org.palpa.cli.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.palpa.app.plan.PlanSession;
import org.palpa.core.bodymap.BodyZone;
import org.palpa.core.plan.PlanOutput;
import org.palpa.core.plan.PlanRunner;
import org.palpa.core.plan.PlanStatus;
import org.palpa.core.plan.PlanStep;
import org.palpa.core.plan.PlanText;

/**
 * A plan in the terminal: one status line (current site, repetition n of N, band state, hold
 * timer or rest countdown, next site), a line per step and cue, and typed commands read line by
 * line: a number 0 to 10 is a pain score, {@code s} skips, {@code r} redoes, {@code p} pauses or
 * resumes, {@code ref ZONE[,ZONE]} records where the pain referred, {@code zones} lists the zones;
 * any other text is kept as a note.
 */
final class PlanTerminal {
    private static final String RED = "\u001b[1;31m";
    private static final String RESET = "\u001b[0m";
    private final PrintStream out;
    private final boolean inPlace;
    private final String unit;
    private org.palpa.app.live.FeedbackGate gate;
    private java.util.function.LongSupplier latestNanos;
    private long originNanos = Long.MIN_VALUE;

    PlanTerminal(PrintStream out, boolean inPlace, String unit) {
        this.out = out;
        this.inPlace = inPlace;
        this.unit = unit;
    }

    /**
     * Follows a practice schedule: while {@code feedbackGate} hides feedback, the status line shows
     * only that recording goes on and the time, and the hold-done and release cues are not shown;
     * with any schedule, a step's end line leaves out its holds met and time in band. The EASE OFF
     * of a pain ceiling always shows, because it is for the patient's safety.
     *
     * @param latestNanos the latest frame's time, for the elapsed time
     */
    PlanTerminal withFeedbackGate(org.palpa.app.live.FeedbackGate feedbackGate, java.util.function.LongSupplier latestNanos) {
        this.gate = feedbackGate;
        this.latestNanos = latestNanos;
        return this;
    }

    private boolean hidden() {
        return gate != null && !gate.showing();
    }

    /** Shows an output of the runner as a line of its own. */
    synchronized void show(PlanOutput o) {
        String line = switch (o) {
            case PlanOutput.StepStarted s -> describe(s);
            case PlanOutput.StepEnded e when gate != null -> String.format(Locale.ROOT, "  step %d %s: %d/%d reps (results kept for the trainer: feedback schedule %s)",
                    e.summary().stepNumber(), e.summary().skipped() ? "SKIPPED" : "done", e.summary().repsDone(),
                    e.summary().repsPlanned(), gate.schedule().text());
            case PlanOutput.Cued c when c.cue() != PlanOutput.Cue.EASE_OFF && hidden() -> null;
            case PlanOutput.StepEnded e -> String.format(Locale.ROOT, "  step %d %s: %d/%d reps, %d holds met, %.1f s in band%s",
                    e.summary().stepNumber(), e.summary().skipped() ? "SKIPPED" : "done", e.summary().repsDone(),
                    e.summary().repsPlanned(), e.summary().holdsMet(), e.summary().timeInBandSeconds(),
                    e.summary().highestPain() < 0 ? "" : ", highest pain " + e.summary().highestPain() + "/10");
            case PlanOutput.Cued c when c.cue() == PlanOutput.Cue.RELEASE -> "  RELEASE: the maximum hold has passed";
            case PlanOutput.Cued c when c.cue() == PlanOutput.Cue.HOLD_DONE -> "  hold done: release when ready";
            case PlanOutput.CeilingReached c -> (inPlace ? RED : "") + "\u0007  EASE OFF: pain " + c.score()
                    + "/10 reached the ceiling " + c.ceiling() + "; the next repetition here uses " + c.loweredBand()
                    + (inPlace ? RESET : "");
            case PlanOutput.PainMarked p -> "  pain " + p.score() + "/10 (" + p.source() + ")";
            case PlanOutput.Referred r -> "  referral: " + String.join(", ", r.zones().stream().map(BodyZone::description).toList());
            case PlanOutput.PlanFinished f -> "Plan finished.";
            default -> null;
        };
        if (line != null) {
            out.print(inPlace ? "\r\u001b[2K" : "");
            out.println(line);
        }
    }

    private static String describe(PlanOutput.StepStarted s) {
        PlanStep st = s.step();
        return String.format(Locale.ROOT, "Step %d: %s, %s, %s, %d x %s, rest %s, pain ceiling %d%s", s.stepNumber(),
                st.where(), st.technique(), s.band(), st.reps(), PlanText.seconds(st.holdMillis()),
                PlanText.seconds(st.restMillis()), st.painCeiling(), st.notes().isEmpty() ? "" : " - " + st.notes());
    }

    /** Rewrites (or prints) the status line. */
    synchronized void status(PlanStatus s) {
        String line = line(s);
        if (inPlace) {
            out.print("\r\u001b[2K" + line);
            out.flush();
        } else {
            out.println(line);
        }
    }

    String line(PlanStatus s) {
        if (latestNanos != null && originNanos == Long.MIN_VALUE) {
            originNanos = latestNanos.getAsLong(); // the elapsed time counts from the first status line
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "[%d/%d] %s ", s.stepNumber(), s.stepCount(),
                s.step().where()));
        switch (s.phase()) {
            case REST -> b.append(String.format(Locale.ROOT, "REST %d s", (s.restLeftMillis() + 999) / 1000));
            case PAUSED -> b.append("PAUSED (p to resume)");
            case FINISHED -> b.append("finished");
            default -> {
                if (hidden()) {
                    b.append(String.format(Locale.ROOT, "rep %d/%d | recording %s | feedback off for this hold (%s)",
                            s.rep(), s.step().reps(), elapsed(), gate.schedule().text()));
                } else {
                    b.append(String.format(Locale.ROOT, "rep %d/%d | %.1f %s %s %s | held %.1f/%s",
                            s.rep(), s.step().reps(), s.value(), unit, s.state().label().toUpperCase(Locale.ROOT), s.band(),
                            s.heldMillis() / 1000, PlanText.seconds(s.step().holdMillis())));
                }
            }
        }
        boolean cueHidden = hidden() && s.cue() != PlanOutput.Cue.EASE_OFF;
        if (s.cueShowing() && s.phase() != PlanRunner.Phase.FINISHED && !cueHidden) {
            b.append(" | ").append(s.cue() == PlanOutput.Cue.EASE_OFF ? "EASE OFF" : s.cue() == PlanOutput.Cue.RELEASE
                    ? "RELEASE" : "HOLD DONE");
        }
        b.append(" | next: ").append(s.next() == null ? "end" : s.next().where());
        return b.toString();
    }

    /** The session's elapsed time as m:ss, from the first status line. */
    private String elapsed() {
        long now = latestNanos.getAsLong();
        if (originNanos == Long.MIN_VALUE) {
            originNanos = now;
        }
        long seconds = Math.max(0, (now - originNanos) / 1_000_000_000L);
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Reads typed commands on a daemon thread until the input ends. */
    static void readCommands(InputStream in, PlanSession plan, Consumer<String> note, PrintStream err) {
        readCommands(in, plan, note, null, err);
    }

    /** As above; {@code f} asks {@code feedbackRequest} for feedback on the next hold, when there is one. */
    static void readCommands(InputStream in, PlanSession plan, Consumer<String> note, Runnable feedbackRequest, PrintStream err) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (feedbackRequest != null && line.strip().equalsIgnoreCase("f")) {
                        feedbackRequest.run();
                    } else {
                        command(line.strip(), plan, note, err);
                    }
                }
            } catch (IOException e) {
                err.println("palpa: commands can no longer be typed: " + e.getMessage());
            }
        }, "palpa-plan-keys");
        t.setDaemon(true);
        t.start();
    }

    static void command(String text, PlanSession plan, Consumer<String> note, PrintStream err) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return;
        }
        if (text.matches("\\d{1,2}") && Integer.parseInt(text) <= 10) {
            plan.pain(Integer.parseInt(text), "typed");
        } else if (lower.equals("s") || lower.equals("skip")) {
            plan.skip();
        } else if (lower.equals("r") || lower.equals("redo")) {
            plan.redo();
        } else if (lower.equals("p") || lower.equals("pause")) {
            plan.pause();
        } else if (lower.equals("zones")) {
            for (BodyZone z : BodyZone.values()) {
                err.println("  " + z.key() + ": " + z.description());
            }
        } else if (lower.startsWith("ref ")) {
            List<BodyZone> zones = zones(text.substring(4), err);
            if (!zones.isEmpty()) {
                plan.referral(zones);
            }
        } else {
            note.accept(text);
        }
    }

    /** The zones named in a comma-separated list; unknown names are reported and left out. */
    static List<BodyZone> zones(String list, PrintStream err) {
        List<BodyZone> zones = new ArrayList<>();
        for (String name : list.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            BodyZone.find(name).ifPresentOrElse(zones::add, () -> err.println("  palpa: unknown zone '" + name.strip()
                    + "' (type zones for the list)"));
        }
        return zones;
    }
}
