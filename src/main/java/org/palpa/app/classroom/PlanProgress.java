package org.palpa.app.classroom;

import org.palpa.app.plan.PlanSession;
import org.palpa.core.plan.PlanOutput;
import org.palpa.core.plan.PlanStatus;
import org.palpa.core.plan.StepSummary;

/**
 * Where a station stands in its treatment plan, for its tile, the terminal table and the class
 * summary: the current step in words, the step's band, and the steps done and met over every plan
 * the station ran. The station's plan thread writes it and the display reads it without locks.
 */
public final class PlanProgress {
    private volatile PlanSession session;
    private volatile String stepLine = "";
    private volatile String bandText = "";
    private volatile String stepShort = "";
    private volatile double holdSeconds;
    private volatile int planSteps;
    private volatile int stepsDone;
    private volatile int stepsMet;
    private volatile int plansRun;
    private volatile int stepCount;

    /** The running plan's session, shown from now on. */
    void running(PlanSession s) {
        session = s;
    }

    /** Takes one output of the running plan. */
    void output(PlanOutput o) {
        switch (o) {
            case PlanOutput.PlanStarted p -> {
                plansRun++;
                stepCount = p.plan().steps().size();
                planSteps += stepCount;
            }
            case PlanOutput.StepStarted s -> {
                String point = s.step().site().label() + " " + side(s.step().side());
                stepLine = "step " + s.stepNumber() + " of " + stepCount + " · " + point;
                stepShort = s.stepNumber() + "/" + stepCount + " " + point;
                bandText = String.format(java.util.Locale.ROOT, "%.3g–%.3g %s", s.band().min(), s.band().max(),
                        s.band().unit().symbol());
                holdSeconds = s.step().holdMillis() / 1000.0;
            }
            case PlanOutput.StepEnded e -> tally(e.summary());
            default -> { }
        }
    }

    /** The side as on a chart: L, R or mid. */
    private static String side(org.palpa.core.bodymap.Side side) {
        return switch (side.key()) {
            case "left" -> "L";
            case "right" -> "R";
            default -> side.key();
        };
    }

    private void tally(StepSummary s) {
        if (!s.skipped() && s.repsDone() >= s.repsPlanned()) {
            stepsDone++;
        }
        if (s.holdsMet() >= s.repsPlanned()) {
            stepsMet++;
        }
    }

    /** The station has stopped following its plan (the session ended). */
    void ended() {
        session = null;
    }

    /** Whether the station has run a plan at all. */
    public boolean used() {
        return plansRun > 0;
    }

    /** Whether a plan runs now. */
    public boolean active() {
        return session != null;
    }

    /** The running plan's state, such as its band state and the value of its step's channel; null without one. */
    public PlanStatus status() {
        PlanSession s = session;
        return s == null ? null : s.status();
    }

    /** The current step in words, {@code step 3 of 8 · upper trapezius L}; empty before the first. */
    public String stepLine() {
        return stepLine;
    }

    /** The current step for a narrow line, {@code 3/8 upper trapezius L}. */
    public String stepShort() {
        return stepShort;
    }

    /** The current step's band, such as {@code 20.0–30.0 N}. */
    public String bandText() {
        return bandText;
    }

    /** The current step's hold, in seconds. */
    public double holdSeconds() {
        return holdSeconds;
    }

    /** Steps of every plan run, planned. */
    public int planSteps() {
        return planSteps;
    }

    /** Steps whose every repetition was done, not skipped. */
    public int stepsDone() {
        return stepsDone;
    }

    /** Steps whose every repetition met its band and hold. */
    public int stepsMet() {
        return stepsMet;
    }

    /** The steps in words for a summary: {@code 2 of 2 steps done, 1 met}; empty when no plan ran. */
    public String inWords() {
        return used() ? stepsDone + " of " + planSteps + " steps done, " + stepsMet + " met" : "";
    }
}
