package org.palpa.app.classroom;

import java.util.List;
import java.util.function.Consumer;
import org.palpa.app.live.PipelineEvent;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.live.Subscription;
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

    StationFeed(StationBoard board, String name, Consumer<String> log) {
        this.board = board;
        this.name = name;
        this.log = log;
    }

    /** Follows the session until it ends, keeping the board up to date; returns its summary. */
    SessionSummary follow(Subscription view, int channel) throws InterruptedException {
        while (true) {
            for (PipelineEvent.Processed f = view.pollFrame(); f != null; f = view.pollFrame()) {
                board.frame(f.frame(), channel);
            }
            PipelineEvent n;
            while ((n = view.pollNotice()) != null) {
                switch (n) {
                    case PipelineEvent.HoldFinished h when h.hold().channel() == channel -> board.hold(h.hold());
                    case PipelineEvent.Device d -> deviceEvent(d.event());
                    case PipelineEvent.Ended e -> {
                        for (PipelineEvent.Processed f = view.pollFrame(); f != null; f = view.pollFrame()) {
                            board.frame(f.frame(), channel);
                        }
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
