package org.palpa.app.assess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.assess.HoldTrace;
import org.palpa.core.assess.PlanTrack;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.pipeline.FrameProcessor;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.sample.DeviceInfo;

/**
 * Runs a trace through the same processing as a live session and keeps, for every hold, the
 * smoothed samples of its contact, the pain scores marked during it and whether feedback was
 * shown: what the scorer needs. The samples of each tracked channel are kept in growable arrays.
 */
public final class HoldCapture {
    private HoldCapture() {
    }

    /**
     * The holds of a trace with their samples.
     *
     * @param device  the trace's channels
     * @param targets each channel's target, or null for a channel that was not tracked
     * @param traces  every hold with its samples, in order of ending
     * @param plan    the treatment plan the recording followed, with its steps' times, or null
     * @param stepTargets each hold's own plan step target, for a recording that followed a plan
     */
    public record Captured(DeviceInfo device, Target[] targets, List<HoldTrace> traces, PlanTrack plan,
                           java.util.Map<HoldResult, Target> stepTargets) {
        public Captured {
            targets = targets.clone();
            traces = List.copyOf(traces);
            stepTargets = java.util.Map.copyOf(stepTargets);
        }

        /** A recording that followed no plan. */
        public Captured(DeviceInfo device, Target[] targets, List<HoldTrace> traces) {
            this(device, targets, traces, null, java.util.Map.of());
        }

        /** The target {@code t} is scored against: its plan step's, else its channel's. */
        public Target targetOfHold(HoldTrace t) {
            Target step = stepTargets.get(t.hold());
            return step != null ? step : targetOf(t.hold().channel());
        }

        /** The target of {@code channel}; the first tracked channel's for a channel that had none. */
        public Target targetOf(int channel) {
            if (targets[channel] != null) {
                return targets[channel];
            }
            return Arrays.stream(targets).filter(t -> t != null).findFirst().orElseThrow();
        }
    }

    /**
     * Processes {@code source} and joins each hold with its samples and with {@code events}:
     * pain scores inside the contact, the latest {@link RecordedEvent.Kind#FEEDBACK} decision
     * at or before the contact's start, and the plan steps' spans.
     */
    public static Captured run(DeviceInfo device, TraceAnalysis.FrameSource source, SessionSettings settings,
                               List<RecordedEvent> events) {
        List<HoldResult> holds = new ArrayList<>();
        FrameProcessor p = new FrameProcessor(device, settings.calibrations().apply(device), settings.filter(),
                settings.targets(), settings::trackerSettingsFor, settings.probeArea(), holds::add);
        int n = device.channelCount();
        Series[] series = new Series[n];
        Target[] targets = new Target[n];
        for (int c = 0; c < n; c++) {
            targets[c] = p.target(c);
            series[c] = targets[c] == null ? null : new Series();
        }
        long delay = Math.round(p.filterDelayMillis() * 1e6);
        source.forEach(frame -> {
            p.process(frame);
            for (int c = 0; c < n; c++) {
                if (series[c] != null) {
                    series[c].add(frame.timestampNanos() - delay, p.smoothed(c));
                }
            }
        });
        p.finish();
        List<HoldTrace> traces = new ArrayList<>();
        for (HoldResult h : holds) {
            traces.add(series[h.channel()].slice(h, pain(events, h, delay), feedback(events, h)));
        }
        return new Captured(device, targets, traces, PlanTrack.of(events, t -> t - delay), java.util.Map.of());
    }

    private static List<Double> pain(List<RecordedEvent> events, HoldResult h, long delay) {
        // marks are stamped on the device clock, holds on the smoothed signal's: move the marks by the filter delay
        return events.stream().filter(e -> e.kind() == RecordedEvent.Kind.PAIN)
                .filter(e -> e.timestampNanos() - delay >= h.contactStartNanos()
                        && e.timestampNanos() - delay <= h.contactEndNanos())
                .map(RecordedEvent::value).toList();
    }

    /** The feedback decision in force when the hold's contact began; the first decision if none was made yet. */
    static Boolean feedback(List<RecordedEvent> events, HoldResult h) {
        Boolean shown = null;
        Boolean first = null;
        for (RecordedEvent e : events) {
            if (e.kind() != RecordedEvent.Kind.FEEDBACK) {
                continue;
            }
            boolean on = e.value() != null && e.value() > 0.5;
            first = first == null ? on : first;
            if (e.timestampNanos() <= h.contactStartNanos()) {
                shown = on;
            }
        }
        return shown != null ? shown : first;
    }

    /** One channel's samples on the tracker's time axis. */
    private static final class Series {
        private long[] times = new long[1024];
        private double[] values = new double[1024];
        private int size;

        void add(long t, double v) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            times[size] = t;
            values[size] = v;
            size++;
        }

        /** The samples of the hold's contact, with the one before it so its first interval is known. */
        HoldTrace slice(HoldResult h, List<Double> pain, Boolean feedback) {
            int from = Arrays.binarySearch(times, 0, size, h.contactStartNanos());
            from = from >= 0 ? from : -from - 1;
            from = Math.max(0, from - 1);
            int to = Arrays.binarySearch(times, 0, size, h.contactEndNanos());
            to = to >= 0 ? to + 1 : -to - 1;
            return new HoldTrace(h, Arrays.copyOfRange(times, from, to), Arrays.copyOfRange(values, from, to), pain, feedback);
        }
    }
}
