package org.palpa.app.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.assess.HoldTrace;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.plan.PlanBand;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.sample.DeviceInfo;

/**
 * The holds of a session that followed a treatment plan, each tracked and scored against its own
 * step's band, hold time and channel (as the step's start event recorded them), not against the
 * first step's target the session was stored with. A hold belongs to the step during which its
 * contact began; holds outside every step, and on other channels, are left out.
 */
final class PlanCapture {
    private PlanCapture() {
    }

    /** One step's start as recorded: its number, band, hold time and channel label (or null). */
    private record StepStart(int step, String band, long holdMillis, String channel) {
    }

    /** The plan's holds, or null when the events hold no plan step. */
    static HoldCapture.Captured run(DeviceInfo device, TraceAnalysis.FrameSource source, SessionSettings settings,
                                    List<RecordedEvent> events) {
        List<StepStart> starts = starts(events);
        if (starts.isEmpty() || PlanEvents.planOf(events).isEmpty()) {
            return null;
        }
        // one pass over the recording per distinct step setting, keeping the holds that began in those steps
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            StepStart s = starts.get(i);
            groups.computeIfAbsent(s.band() + "|" + s.holdMillis() + "|" + s.channel(), k -> new ArrayList<>()).add(i);
        }
        List<HoldTrace> traces = new ArrayList<>();
        Map<HoldResult, Target> targets = new HashMap<>();
        HoldCapture.Captured last = null;
        for (List<Integer> group : groups.values()) {
            StepStart s = starts.get(group.get(0));
            int channel = channel(device, s.channel());
            Target target = target(s);
            SessionSettings step = new SessionSettings(target, null, settings.filter(), settings.probeArea(),
                    settings.maxStreamSeconds(), settings.calibrations(), settings.inputCapacity())
                    .withTargets(new TargetPlan(target, Map.of(), Set.of(device.channels().get(channel).label())));
            HoldCapture.Captured c = HoldCapture.run(device, source, step, events);
            last = c;
            for (HoldTrace t : c.traces()) {
                if (t.hold().channel() == channel && group.stream().anyMatch(i -> c.plan().stepOf(
                        t.hold().contactStartNanos()) == starts.get(i).step())) {
                    traces.add(t);
                    targets.put(t.hold(), target);
                }
            }
        }
        traces.sort(Comparator.comparingLong(t -> t.hold().contactStartNanos()));
        Target[] byChannel = new Target[device.channelCount()];
        byChannel[channel(device, starts.get(0).channel())] = target(starts.get(0));
        return new HoldCapture.Captured(device, byChannel, traces, last.plan(), targets);
    }

    private static Target target(StepStart s) {
        PlanBand b = PlanBand.parse(s.band());
        return new Target(b.min(), b.max(), b.unit(), s.holdMillis(), null);
    }

    /** The step's channel: its label on the device, else the first (as the plan runner does). */
    private static int channel(DeviceInfo device, String label) {
        if (label != null && device.channelCount() > 1) {
            for (int c = 0; c < device.channelCount(); c++) {
                if (device.channels().get(c).label().equalsIgnoreCase(label)) {
                    return c;
                }
            }
        }
        return 0;
    }

    private static List<StepStart> starts(List<RecordedEvent> events) {
        List<StepStart> starts = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (e.kind() != RecordedEvent.Kind.STEP_STARTED) {
                continue;
            }
            String d = e.detail();
            var step = PlanEvents.field(d, "step").filter(n -> n.matches("\\d{1,9}"));
            var band = PlanEvents.field(d, "band");
            long hold = PlanEvents.holdMillis(d);
            if (step.isEmpty() || band.isEmpty() || hold <= 0) {
                continue;
            }
            starts.add(new StepStart(Integer.parseInt(step.get()), band.get(), hold,
                    PlanEvents.field(d, "channel").orElse(null)));
        }
        return starts;
    }
}
