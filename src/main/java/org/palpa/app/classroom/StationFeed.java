package org.palpa.app.classroom;

import java.util.List;
import java.util.function.Consumer;
import org.palpa.app.live.PipelineEvent;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.live.Subscription;
import org.palpa.core.assess.AssessmentRules;
import org.palpa.core.assess.HoldTrace;
import org.palpa.core.assess.TechniqueScorer;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;

/**
 * Follows one session of a station from its tile's subscription: every frame of the judged
 * channel, its finished holds, and the device going away and coming back, into the board.
 */
final class StationFeed {
    private static final long POLL_MILLIS = 20;

    private final StationBoard board;
    private final String name;
    private final Consumer<String> log;

    /** Longest contact whose samples are kept for scoring; a longer one is scored on its last part. */
    private static final double SCORED_SECONDS = 120;

    private final long[] times;
    private final double[] values;
    private final long delayNanos;
    private final Target target;
    private final TechniqueScorer scorer = new TechniqueScorer(AssessmentRules.STANDARD);
    private int next;
    private long count;
    private PlanProgress plan;

    StationFeed(StationBoard board, String name, Consumer<String> log, DeviceInfo device, SessionSettings settings,
                int channel) {
        this.board = board;
        this.name = name;
        this.log = log;
        int capacity = (int) Math.ceil(device.nominalRateHz() * SCORED_SECONDS) + 16;
        this.times = new long[capacity];
        this.values = new double[capacity];
        // holds are timed on the smoothed signal, which lags the frames by the filter's delay
        this.delayNanos = Math.round(settings.filter().build(device.nominalRateHz()).groupDelayMillis() * 1e6);
        this.target = settings.targets().targetFor(device.channelNames().get(channel)).orElse(settings.target());
    }

    private void frame(org.palpa.core.pipeline.ProcessedFrame f, int channel) {
        board.frame(f, channel);
        times[next] = f.timestampNanos() - delayNanos;
        values[next] = f.smoothed()[channel];
        next = next + 1 == times.length ? 0 : next + 1;
        count++;
    }

    /** Scores a finished hold with the technique scorer, on the samples of its contact kept in the ring. */
    private void hold(HoldResult h) {
        int kept = (int) Math.min(count, times.length);
        int oldest = Math.floorMod(next - kept, times.length);
        // samples are indexed oldest (0) to newest (kept - 1): keep those of the contact and the one before it
        int to = kept;
        while (to > 0 && times[(oldest + to - 1) % times.length] > h.contactEndNanos()) {
            to--;
        }
        int from = to;
        while (from > 0 && times[(oldest + from - 1) % times.length] >= h.contactStartNanos()) {
            from--;
        }
        from = Math.max(0, from - 1);
        int n = to - from;
        long[] ts = new long[n];
        double[] vs = new double[n];
        for (int i = 0; i < n; i++) {
            int at = (oldest + from + i) % times.length;
            ts[i] = times[at];
            vs[i] = values[at];
        }
        double score = n < 2 ? Double.NaN : scorer.scoreHold(new HoldTrace(h, ts, vs, List.of(), Boolean.TRUE), target)
                .total();
        board.hold(h, score);
    }

    /** Shows the state of {@code progress}'s running plan on the board instead of the pipeline's (null: none). */
    StationFeed following(PlanProgress progress) {
        this.plan = progress;
        return this;
    }

    /** Follows the session until it ends, keeping the board up to date; returns its summary. */
    SessionSummary follow(Subscription view, int channel) throws InterruptedException {
        while (true) {
            for (PipelineEvent.Processed f = view.pollFrame(); f != null; f = view.pollFrame()) {
                frame(f.frame(), channel);
            }
            if (plan != null) {
                board.planned(plan.status());
            }
            PipelineEvent n;
            while ((n = view.pollNotice()) != null) {
                switch (n) {
                    case PipelineEvent.HoldFinished h when h.hold().channel() == channel -> {
                        // the frames up to the hold's end were published before its notice: take them first
                        for (PipelineEvent.Processed f = view.pollFrame(); f != null; f = view.pollFrame()) {
                            frame(f.frame(), channel);
                        }
                        hold(h.hold());
                    }
                    case PipelineEvent.Device d -> deviceEvent(d.event());
                    case PipelineEvent.Ended e -> {
                        for (PipelineEvent.Processed f = view.pollFrame(); f != null; f = view.pollFrame()) {
                            frame(f.frame(), channel);
                        }
                        board.planned(null);
                        return e.summary();
                    }
                    default -> { }
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private void deviceEvent(DeviceEvent e) {
        if (e.kind() == DeviceEvent.Kind.DISCONNECTED) {
            board.phase(StationPhase.DEVICE_LOST, e.detail());
            log.accept(name + ": device lost (" + e.detail() + "); reconnecting by itself");
        } else if (e.kind() == DeviceEvent.Kind.RECONNECTED) {
            board.reconnected();
            board.phase(StationPhase.LIVE, "");
            log.accept(name + ": device back (" + e.detail() + ")");
        }
    }

    /** The channel whose holds and value the tile shows: the first one with a target. */
    static int judgedChannel(DeviceInfo device, SessionSettings settings) {
        List<String> names = device.channelNames();
        for (int c = 0; c < names.size(); c++) {
            if (settings.targets().targetFor(names.get(c)).isPresent()) {
                return c;
            }
        }
        return 0;
    }
}
