package org.palpa.adapter.ui;

import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.palpa.app.live.LiveFeed;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.Transport;
import org.palpa.core.PalpaException;
import org.slf4j.LoggerFactory;

/**
 * Opens a device on a thread of its own, because opening a real device (a serial handshake, a
 * file) may take a while and must not freeze the window; the feed is handed over on the event
 * thread. A newer {@link #open} or a {@link #cancel()} makes an older opening's result void: it is
 * closed instead of shown.
 */
final class DeviceOpener {
    /** Receives an opened feed on the event thread. */
    interface Opened {
        void attach(String deviceName, LiveFeed feed);
    }

    private long generation;
    private String connecting;
    private String error;

    /** Starts opening {@code deviceName}; {@code opened} gets the feed unless something newer came first. */
    void open(String deviceName, Supplier<Transport> transport, SessionSettings settings, Opened opened) {
        cancel();
        long mine = generation;
        connecting = deviceName;
        error = null;
        Thread t = new Thread(() -> {
            LiveFeed feed = null;
            String problem = null;
            try {
                feed = LiveFeed.start(transport.get(), settings, 30);
            } catch (IllegalArgumentException | PalpaException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(DeviceOpener.class).error("connecting {} failed", deviceName, e);
                problem = e.toString();
            }
            LiveFeed result = feed;
            String why = problem;
            SwingUtilities.invokeLater(() -> finish(mine, deviceName, result, why, opened));
        }, "palpa-connect");
        t.setDaemon(true);
        t.start();
    }

    private void finish(long mine, String deviceName, LiveFeed feed, String problem, Opened opened) {
        if (mine != generation) {
            if (feed != null) {
                feed.close();
            }
            return;
        }
        connecting = null;
        if (feed == null) {
            error = "Could not open " + deviceName + ": " + problem;
            return;
        }
        opened.attach(deviceName, feed);
    }

    /** Forgets an opening still under way. */
    void cancel() {
        generation++;
        connecting = null;
    }

    /** The device being opened, or null. */
    String connecting() {
        return connecting;
    }

    /** Why the last opening failed, or null. */
    String error() {
        return error;
    }

    /** What the window shows while no device streams: connecting, why opening failed, or how to begin. */
    void showUnconnected(ChartView chart, FeedbackColumn feedback) {
        String now = connecting();
        chart.showMessage(now != null ? "Connecting to " + now + "…"
                : error() != null ? error() : "No device connected: choose a device above and press Connect.");
        feedback.guidance.setText(now != null ? "Connecting…" : "Connect a device to begin.");
        feedback.badge.show(DisplayState.NO_CONTACT, "no device");
        feedback.readout.show(Double.NaN, "", DisplayState.NO_CONTACT.colour());
    }
}
