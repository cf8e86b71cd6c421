package org.palpa.adapter.terminal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.palpa.app.live.PipelineEvent;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.live.Subscription;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.DeviceInfo;

/**
 * Live feedback in a terminal: a line, rewritten in place about ten times a second, with the
 * value, the band state in words (so it does not rely on colour), and the hold timer as a bar; the
 * other fingers of a glove go on a few more lines when one would be wider than the terminal
 * ({@link LiveLines}), so nothing wraps.
 * When the output is not a terminal it prints a line a second instead, so logs stay readable.
 */
public final class TerminalFeedback {
    private static final long REFRESH_NANOS = 100_000_000L;

    private final PrintStream out;
    private final DeviceInfo device;
    private final Target target;
    private final int mainChannel;
    private final boolean interactive;
    private long lastDrawWall;
    private long lastLineStream = Long.MIN_VALUE;
    private long origin = Long.MIN_VALUE;
    private TerminalScreen screen;
    private int drawnLines;
    private long warningsShown;
    private org.palpa.app.live.FeedbackGate gate;
    private org.palpa.core.hold.MaxHoldCue maxHold = new org.palpa.core.hold.MaxHoldCue(0);

    public TerminalFeedback(PrintStream out, DeviceInfo device, Target target, int mainChannel, boolean interactive) {
        this.out = out;
        this.device = device;
        this.target = target;
        this.mainChannel = mainChannel;
        this.interactive = interactive;
    }

    /** Cues RELEASE when a contact on the main channel lasts longer than {@code maxHoldMillis} (0: never). */
    public TerminalFeedback withMaxHold(long maxHoldMillis) {
        maxHold = new org.palpa.core.hold.MaxHoldCue(maxHoldMillis);
        return this;
    }

    /** Draws on {@code s} instead of the terminal JLine finds; for tests. */
    TerminalFeedback withScreen(TerminalScreen s) {
        screen = s;
        return this;
    }

    /**
     * Hides the value, the band state and the hold results whenever {@code feedback} says so
     * (a practice schedule or a retention test); the line then shows only the time and that
     * recording goes on.
     */
    public TerminalFeedback withFeedbackGate(org.palpa.app.live.FeedbackGate feedback) {
        this.gate = feedback;
        return this;
    }

    /**
     * Shows events from {@code subscription} until the session ends, and returns its summary. While
     * the live lines are drawn, log messages are held back (see {@link HeldLog}) and printed after.
     */
    public SessionSummary follow(Subscription subscription) throws InterruptedException {
        if (!interactive) {
            return followLines(subscription);
        }
        boolean own = screen == null;
        if (own) {
            screen = TerminalScreen.system();
        }
        HeldLog.hold();
        try {
            return followLines(subscription);
        } finally {
            clearLine();
            if (own) {
                screen.close();
            }
            HeldLog.release(System.err);
        }
    }

    private SessionSummary followLines(Subscription subscription) throws InterruptedException {
        while (true) {
            PipelineEvent notice;
            while ((notice = subscription.pollNotice()) != null) {
                if (notice instanceof PipelineEvent.Ended ended) {
                    clearLine();
                    return ended.summary();
                }
                show(notice);
            }
            PipelineEvent.Processed latest = subscription.pollFrame(50, TimeUnit.MILLISECONDS);
            PipelineEvent.Processed more;
            while (latest != null && (more = subscription.pollFrame()) != null) {
                latest = more;
            }
            if (latest != null) {
                draw(latest.frame());
            }
        }
    }

    private void show(PipelineEvent notice) {
        clearLine();
        if (notice instanceof PipelineEvent.HoldFinished hf && gate != null && !gate.shownFor(hf.hold().index())) {
            out.printf(Locale.ROOT, "hold %d on %s recorded (feedback off)%n", hf.hold().index(),
                    device.channels().get(hf.hold().channel()).label());
        } else if (notice instanceof PipelineEvent.HoldFinished hf) {
            HoldResult h = hf.hold();
            out.printf(Locale.ROOT, "hold %d on %s: %s, %.1f s in band, mean %.1f %s%n", h.index(),
                    device.channels().get(h.channel()).label(), h.outcome().name().replace('_', ' '),
                    h.timeInBandSeconds(), h.mean(), h.unit().symbol());
        } else if (notice instanceof PipelineEvent.Device d) {
            out.printf(Locale.ROOT, "device: %s %s%n", d.event().kind(), d.event().detail());
        }
    }

    private void draw(ProcessedFrame f) {
        if (origin == Long.MIN_VALUE) {
            origin = f.timestampNanos();
        }
        maxHold.update(f.timestampNanos(), f.states()[mainChannel]);
        if (maxHold.firstDue()) {
            clearLine();
            out.printf(Locale.ROOT, "\u0007RELEASE: the hold on %s has lasted its maximum%n", device.channels().get(mainChannel).label());
        }
        long now = System.nanoTime();
        if (interactive) {
            if (now - lastDrawWall < REFRESH_NANOS) {
                return;
            }
            lastDrawWall = now;
            noteHeldWarnings();
            redraw(LiveLines.fit(mainPart(f), otherParts(f), screen.columns(), screen.rows()));
        } else if (lastLineStream == Long.MIN_VALUE || f.timestampNanos() - lastLineStream >= 1_000_000_000L) {
            lastLineStream = f.timestampNanos();
            out.println(line(f));
        }
    }

    /** The feedback line for one frame: the main channel, then the others. */
    String line(ProcessedFrame f) {
        StringBuilder sb = new StringBuilder(mainPart(f));
        for (String part : otherParts(f)) {
            sb.append(" | ").append(part);
        }
        return sb.toString();
    }

    /** The main channel's feedback: time, value, state, hold timer. */
    private String mainPart(ProcessedFrame f) {
        int c = mainChannel;
        if (gate != null && !gate.showing()) {
            return String.format(Locale.ROOT, "%7.1f s  recording ... feedback off for this hold (%s)",
                    (f.timestampNanos() - origin) / 1e9, gate.schedule().text());
        }
        BandState state = f.states()[c];
        double heldS = f.heldMillis()[c] / 1000.0;
        double goalS = target.holdMillis() / 1000.0;
        StringBuilder sb = new StringBuilder(120);
        sb.append(String.format(Locale.ROOT, "%7.1f s  %-6s %7.1f %-4s [%-10s] hold %5.1f/%4.1f s %s",
                (f.timestampNanos() - origin) / 1e9, device.channels().get(c).label(), f.smoothed()[c],
                target.unit().symbol(), state.label().toUpperCase(Locale.ROOT), heldS, goalS, bar(heldS / goalS)));
        if (heldS >= goalS) {
            sb.append(" DONE");
        }
        if (maxHold.due()) {
            sb.append(" RELEASE");
        }
        if (target.unit().kind() == org.palpa.core.sample.Unit.Kind.PRESSURE) {
            sb.append(String.format(Locale.ROOT, " (%.1f N)", f.forceNewtons()[c]));
        }
        if (f.rangeStatus()[c] != org.palpa.core.calibration.RangeStatus.IN_RANGE) {
            sb.append(' ').append(f.rangeStatus()[c].label().toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** One part per other channel: its value and, once touched, its state against its own target. */
    private List<String> otherParts(ProcessedFrame f) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < f.channelCount() && f.channelCount() > 1; i++) {
            if (i != mainChannel) {
                String part = String.format(Locale.ROOT, "%s %.1f", device.channels().get(i).label(), f.smoothed()[i]);
                if (f.states()[i] != BandState.NO_CONTACT) {
                    // each finger's state against its own target; untracked fingers never leave NO_CONTACT
                    part += " " + f.states()[i].label().toUpperCase(Locale.ROOT);
                }
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * Rewrites the live lines in place: back up to the first of the lines drawn last time, write
     * each new one over the old, and clear what is left below. No line reaches the last column, so
     * the terminal never wraps and never scrolls.
     */
    private void redraw(List<String> lines) {
        StringBuilder sb = new StringBuilder(256);
        if (drawnLines > 1) {
            sb.append("\u001b[").append(drawnLines - 1).append('A');
        }
        sb.append('\r');
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == 0 ? "" : "\r\n").append(lines.get(i)).append("\u001b[K");
        }
        if (lines.size() < drawnLines) {
            sb.append("\u001b[J");
        }
        drawnLines = lines.size();
        out.print(sb);
        out.flush();
    }

    /** Says once, in the feedback's words, that warnings were held back, and where they will be shown. */
    private void noteHeldWarnings() {
        long held = HeldLog.heldCount();
        if (held > warningsShown) {
            if (warningsShown == 0) {
                clearLine();
                out.println("note: " + HeldLog.firstHeld() + " (warnings are shown when the session ends)");
            }
            warningsShown = held;
        }
    }

    private static String bar(double fraction) {
        int width = 10;
        int filled = (int) Math.round(Math.min(1, Math.max(0, fraction)) * width);
        return "#".repeat(filled) + ".".repeat(width - filled);
    }

    /** Takes the live lines off the screen, so a message can be printed where they were. */
    private void clearLine() {
        if (interactive && drawnLines > 0) {
            out.print((drawnLines > 1 ? "\u001b[" + (drawnLines - 1) + "A" : "") + "\r\u001b[J");
            out.flush();
            drawnLines = 0;
        }
    }
}
