package org.palpa.adapter.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import org.palpa.app.live.LiveFeed;
import org.palpa.app.plan.PlanJournal;
import org.palpa.app.plan.PlanSession;
import org.palpa.core.bodymap.ChartLayout;
import org.palpa.core.plan.PlanOutput;
import org.palpa.core.plan.PlanRunner;
import org.palpa.core.plan.PlanStatus;
import org.palpa.core.plan.PlanStep;
import org.palpa.core.plan.PlanText;
import org.palpa.core.plan.StepSummary;
import org.palpa.core.plan.TreatedPoint;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.session.SessionMark;

/**
 * The window's plan panel: the step list with the current step highlighted, the repetition, the
 * rest countdown in large digits, the next site, the cues (EASE OFF, RELEASE), and a body chart
 * of the points done so far, on which a click records where the pain referred. Keys: S skip,
 * R redo, P pause, X pain 10 ("too much"); 0–9 mark pain as everywhere in the window.
 */
public final class PlanPanel extends JPanel {
    /** Paints the body chart; the wiring supplies the report's painter. */
    @FunctionalInterface
    public interface ChartPainter {
        void paint(Graphics2D g, List<TreatedPoint> points, int width, int height);
    }

    private final org.palpa.core.plan.TreatmentPlan plan;
    private final Supplier<LiveFeed> feeds;
    private final PlanJournal journal;
    private final Consumer<PlanSession> sessions;
    private final DefaultListModel<String> steps = new DefaultListModel<>();
    private final JList<String> stepList = new JList<>(steps);
    private final JLabel rep = new JLabel(" ");
    private final JLabel countdown = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel next = new JLabel(" ");
    private final JLabel cue = new JLabel(" ", SwingConstants.CENTER);
    private final List<StepSummary> done = new CopyOnWriteArrayList<>();
    private final JComponent chart;
    private LiveFeed feed;
    private PlanSession session;

    /**
     * @param feeds    the window's current feed, null while unconnected
     * @param journal  the window's journal, which routes pain keys to the plan
     * @param sessions told of each new plan session, as the simulated therapist follows it
     */
    public PlanPanel(org.palpa.core.plan.TreatmentPlan plan, Supplier<LiveFeed> feeds, PlanJournal journal,
                     ChartPainter painter, Consumer<PlanSession> sessions) {
        super(new BorderLayout(4, 4));
        this.plan = plan;
        this.feeds = feeds;
        this.journal = journal;
        this.sessions = sessions;
        setPreferredSize(new Dimension(330, 600));
        setBorder(BorderFactory.createTitledBorder("Plan: " + plan.name()));
        int n = 1;
        for (PlanStep s : plan.steps()) {
            steps.addElement(String.format(Locale.ROOT, "%d. %s  %s x%d %s", n++, s.where(), s.band(), s.reps(),
                    PlanText.seconds(s.holdMillis())));
        }
        stepList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        stepList.setFocusable(false);
        countdown.setFont(countdown.getFont().deriveFont(Font.BOLD, 56f));
        cue.setFont(cue.getFont().deriveFont(Font.BOLD, 30f));
        cue.setOpaque(true);
        JPanel info = new JPanel(new GridLayout(0, 1));
        info.add(rep);
        info.add(countdown);
        info.add(cue);
        info.add(next);
        JPanel buttons = new JPanel(new GridLayout(2, 2));
        buttons.add(button("Skip (S)", () -> command(PlanSession::skip)));
        buttons.add(button("Redo (R)", () -> command(PlanSession::redo)));
        buttons.add(button("Pause (P)", () -> command(PlanSession::pause)));
        buttons.add(button("10 (X)", this::tooMuch));
        chart = new JComponent() {
            @Override
            protected void paintComponent(Graphics g) {
                painter.paint((Graphics2D) g, TreatedPoint.of(done), getWidth(), getHeight());
            }
        };
        chart.setPreferredSize(new Dimension(320, 300));
        chart.setToolTipText("Click where the pain referred");
        chart.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                ChartLayout.zoneAt(e.getX(), e.getY(), chart.getWidth(), chart.getHeight()).ifPresent(z -> {
                    command(s -> s.referral(List.of(z)));
                    next.setText("referral: " + z.description());
                });
            }
        });
        JPanel top = new JPanel(new BorderLayout());
        top.add(stepList, BorderLayout.NORTH);
        top.add(info, BorderLayout.CENTER);
        top.add(buttons, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(chart, BorderLayout.CENTER);
        bind(KeyEvent.VK_S, "plan-skip", () -> command(PlanSession::skip));
        bind(KeyEvent.VK_R, "plan-redo", () -> command(PlanSession::redo));
        bind(KeyEvent.VK_P, "plan-pause", () -> command(PlanSession::pause));
        bind(KeyEvent.VK_X, "plan-ten", this::tooMuch);
        new Timer(100, e -> tick()).start();
    }

    private JButton button(String text, Runnable action) {
        JButton b = new JButton(text);
        b.setFocusable(false);
        b.addActionListener(e -> action.run());
        return b;
    }

    private void bind(int key, String name, Runnable action) {
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key, 0), name);
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    private void command(Consumer<PlanSession> c) {
        if (session != null) {
            c.accept(session);
        }
    }

    private void tooMuch() {
        if (session != null) {
            journal.mark(new SessionMark.PainScore(session.latestTimestampNanos(), 10));
        }
    }

    private void tick() {
        LiveFeed f = feeds.get();
        if (f != null && f != feed) {
            feed = f;
            done.clear();
            session = new PlanSession(plan, f.subscribe("plan", 8192, true), f.device().channelNames(),
                    f.settings().target().unit(), f.settings().probeArea(), this::record, this::feedback, () -> { })
                    .judgingHoldsWith(f::retarget);
            journal.painTo(score -> session.pain(score, "key"));
            sessions.accept(session);
            session.start();
        }
        if (session != null) {
            show(session.status());
        }
    }

    private void record(RecordedEvent e) {
        if (e.kind() != RecordedEvent.Kind.PAIN) {
            // a pain key is already in the journal; the plan keeps everything else
            journal.mark(new SessionMark.PlanRecord(e.timestampNanos(), e));
        }
    }

    private void feedback(PlanOutput o) {
        if (o instanceof PlanOutput.StepEnded e) {
            done.add(e.summary());
            javax.swing.SwingUtilities.invokeLater(chart::repaint);
        } else if (o instanceof PlanOutput.Cued c && c.cue() != PlanOutput.Cue.HOLD_DONE
                && (c.cue() == PlanOutput.Cue.EASE_OFF || !feedbackHidden())) {
            java.awt.Toolkit.getDefaultToolkit().beep();
        }
    }

    private void show(PlanStatus s) {
        if (s.phase() == PlanRunner.Phase.NOT_STARTED) {
            return;
        }
        stepList.setSelectedIndex(Math.min(s.stepNumber(), plan.steps().size()) - 1);
        boolean finished = s.phase() == PlanRunner.Phase.FINISHED;
        boolean hidden = feedbackHidden();
        rep.setText(finished ? "Plan finished" : String.format(Locale.ROOT, "Step %d/%d  rep %d/%d  band %s", s.stepNumber(),
                s.stepCount(), s.rep(), s.step().reps(), s.band()));
        countdown.setText(switch (s.phase()) {
            case REST -> "REST " + (s.restLeftMillis() + 999) / 1000;
            case PAUSED -> "PAUSED";
            case FINISHED -> "DONE";
            default -> hidden ? "recording" : String.format(Locale.ROOT, "%.0f / %d s", s.heldMillis() / 1000,
                    s.step().holdMillis() / 1000);
        });
        next.setText(finished ? " " : "Next: " + (s.next() == null ? "end of plan" : s.next().where()));
        if (s.cueShowing() && !finished && s.cue() != PlanOutput.Cue.HOLD_DONE
                && (s.cue() == PlanOutput.Cue.EASE_OFF || !hidden)) {
            boolean ease = s.cue() == PlanOutput.Cue.EASE_OFF;
            cue.setText(ease ? "EASE OFF" : "RELEASE");
            cue.setBackground(ease ? new Color(0xd01c1c) : new Color(0xe08a00));
            cue.setForeground(Color.WHITE);
        } else {
            cue.setText(" ");
            cue.setBackground(getBackground());
        }
    }

    /**
     * Whether the live view beside this panel hides feedback (a practice schedule, {@code --feedback}):
     * the hold timer and the release cue then hide too; EASE OFF always shows.
     */
    private boolean feedbackHidden() {
        if (getParent() != null) {
            for (java.awt.Component c : getParent().getComponents()) {
                if (c instanceof LivePanel live) {
                    return live.practice.hidden();
                }
            }
        }
        return false;
    }
}
