package org.palpa.cli.plan;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.JComponent;
import org.palpa.adapter.report.BodyChart;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.adapter.ui.PlanPanel;
import org.palpa.app.live.LiveFeed;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.plan.PlanJournal;
import org.palpa.app.plan.PlanSession;
import org.palpa.app.port.SessionJournal;
import org.palpa.app.port.Transport;
import org.palpa.core.hold.Target;
import org.palpa.core.plan.PlanBand;
import org.palpa.core.plan.TreatmentPlan;

/**
 * The wiring of {@code palpa gui --plan}: the plan panel beside the live view, pain keys routed to
 * the plan, and simulated devices that follow it. Without a plan everything passes through.
 */
public final class PlanWindow {
    private final TreatmentPlan plan;
    private final PlanJournal journal;
    private final AtomicReference<PlanSession> current = new AtomicReference<>();
    private final SessionJournal plain;

    private PlanWindow(TreatmentPlan plan, SessionJournal journal) {
        this.plan = plan;
        this.plain = journal;
        this.journal = plan == null ? null : new PlanJournal(journal);
    }

    /** The wiring for {@code plan}, or a pass-through when it is null. */
    public static PlanWindow of(TreatmentPlan plan, SessionJournal journal) {
        return new PlanWindow(plan, journal);
    }

    /** The session settings of a plan: its first step's band and unit; the plan judges every step itself. */
    public static SessionSettings settings(TreatmentPlan plan, SessionSettings settings) {
        if (plan == null) {
            return settings;
        }
        PlanBand b = plan.steps().get(0).band();
        return new SessionSettings(new Target(b.min(), b.max(), b.unit(), plan.steps().get(0).holdMillis(), null), null,
                settings.filter(), settings.probeArea(), 0, settings.calibrations(), settings.inputCapacity());
    }

    public SessionJournal journal() {
        return journal == null ? plain : journal;
    }

    /** The device factory, with simulated devices following the plan. */
    public Function<String, Transport> devices(Function<String, Transport> devices) {
        if (plan == null) {
            return devices;
        }
        return name -> {
            Transport t = devices.apply(name);
            if (t instanceof SimulatedTransport sim) {
                sim.following(() -> current.get() == null ? null : current.get().current());
            }
            return t;
        };
    }

    /** The plan panel for the window, or null without a plan. */
    public Function<Supplier<LiveFeed>, JComponent> side() {
        if (plan == null) {
            return null;
        }
        return feeds -> new PlanPanel(plan, feeds, journal,
                (g, points, w, h) -> BodyChart.paint(g, points, "Points done", w, h), current::set);
    }
}
