package org.palpa.adapter.ui;

import java.util.Locale;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.display.SampleWindow;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.pipeline.ProcessedFrame;

/**
 * Turns the newest frame of the chosen channel into what the feedback column shows, and follows
 * where the current hold started so that the chart can highlight it. Runs on the event thread.
 */
final class ChannelFeedback {
    private static final long RATE_SPAN_NANOS = 300_000_000L;

    /**
     * One display frame of the chosen channel.
     *
     * @param channel     the channel shown
     * @param state       its state as shown
     * @param scale       from the tracked unit to the unit shown
     * @param heldSeconds time in band in the current contact
     * @param goalSeconds the target duration
     * @param target      the channel's own target, or the session's when the channel is not judged
     */
    record View(int channel, DisplayState state, double scale, double heldSeconds, double goalSeconds, Target target) {
        boolean complete() {
            return heldSeconds >= goalSeconds;
        }
    }

    private long holdStartNanos = Long.MIN_VALUE;

    /** Forgets the current hold, as when another device is connected. */
    void reset() {
        holdStartNanos = Long.MIN_VALUE;
    }

    /** Start of the current hold, or {@link Long#MIN_VALUE} when there is none. */
    long holdStartNanos() {
        return holdStartNanos;
    }

    /**
     * Updates {@code column} from frame {@code f} and returns the numbers it showed; {@code labels}
     * name the channels, so that the channel is judged against its own target.
     */
    View show(FeedbackColumn column, ProcessedFrame f, int requestedChannel, java.util.List<String> labels,
              SampleWindow window, SessionSettings settings, double calibratedMaxNewtons) {
        int channel = Math.min(Math.max(0, requestedChannel), f.channelCount() - 1);
        Target own = channel < labels.size() ? settings.targets().targetFor(labels.get(channel)).orElse(null) : null;
        Target t = own == null ? settings.target() : own;
        double scale = settings.probeArea().convert(1.0, t.unit(), column.displayUnit());
        boolean beyond = f.forceNewtons()[channel] > calibratedMaxNewtons;
        DisplayState state = own == null && !settings.targets().isUniform() && !beyond ? DisplayState.NOT_TRACKED
                : DisplayState.of(f.states()[channel], beyond);
        View v = new View(channel, state, scale, f.heldMillis()[channel] / 1000.0, t.holdMillis() / 1000.0, t);
        if (f.states()[channel] == BandState.NO_CONTACT) {
            holdStartNanos = Long.MIN_VALUE;
        } else if (v.heldSeconds() > 0 && holdStartNanos == Long.MIN_VALUE) {
            holdStartNanos = f.timestampNanos() - Math.round(f.heldMillis()[channel] * 1e6);
        }
        double value = f.smoothed()[channel];
        column.badge.show(state, Guidance.shortHint(state, v.complete()));
        column.readout.show(value * scale, column.displayUnit().symbol(), state.colour());
        column.holdBar.show(v.heldSeconds(), v.goalSeconds());
        column.showRate(window.slopePerSecond(channel, RATE_SPAN_NANOS), t.rampRate(), t.unit().symbol());
        column.guidance.setText(Guidance.line(state, v.complete(), value, t, v.heldSeconds()));
        column.guidance.setForeground(Fonts.onBackground(state.colour()));
        return v;
    }

    /** Shows a finished hold's verdict under the timer. */
    static void showHold(FeedbackColumn column, HoldResult h) {
        column.lastHold.setText(String.format(Locale.ROOT, "last hold: %s, %.1f s in band, mean %.1f %s",
                h.outcome().name().replace('_', ' '), h.timeInBandSeconds(), h.mean(), h.unit().symbol()));
    }
}
