package org.palpa.adapter.ui;

import java.util.List;
import java.util.function.Function;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.SessionJournal;
import org.palpa.app.port.Transport;

/**
 * What the window needs from the wiring.
 *
 * @param deviceNames          the devices offered in the device list (simulated now; serial ports and
 *                             GPIO boards join this list when their transports exist)
 * @param devices              opens the transport for a name from {@code deviceNames}; may throw an
 *                             {@link IllegalArgumentException} or a {@code PalpaException} whose message
 *                             is shown to the user
 * @param settings             the session settings to start with, target included
 * @param journal              receives recording commands and marks
 * @param sites                the body sites offered at first; the user can add more
 * @param calibratedMaxNewtons force above which a channel shows "beyond calibration"; infinite when
 *                             the calibration states no range
 * @param replay               a recording to offer with a timeline and speeds, or null
 * @param recordOnConnect      whether recording starts by itself when a device (not a replay) connects
 * @param feedback             which holds show live feedback (a practice schedule); null for every hold
 * @param lab                  streams each live session out to the lab and takes markers in
 *                             (docs/streaming.md); null for neither
 */
public record GuiSetup(List<String> deviceNames, Function<String, Transport> devices, SessionSettings settings,
                       SessionJournal journal, List<String> sites, double calibratedMaxNewtons, Replay replay,
                       boolean recordOnConnect, org.palpa.core.feedback.FeedbackSchedule feedback,
                       org.palpa.app.stream.WindowLab lab) {

    /** A setup with nothing streamed to the lab. */
    public GuiSetup(List<String> deviceNames, Function<String, Transport> devices, SessionSettings settings,
                    SessionJournal journal, List<String> sites, double calibratedMaxNewtons, Replay replay,
                    boolean recordOnConnect, org.palpa.core.feedback.FeedbackSchedule feedback) {
        this(deviceNames, devices, settings, journal, sites, calibratedMaxNewtons, replay, recordOnConnect, feedback, null);
    }

    /** This setup, with each live session streamed to {@code link} and its marks streamed as events. */
    public GuiSetup withLab(org.palpa.app.stream.WindowLab link) {
        return new GuiSetup(deviceNames, devices, settings, new org.palpa.app.stream.LabJournal(journal, link), sites,
                calibratedMaxNewtons, replay, recordOnConnect, feedback, link);
    }

    /** A setup that shows feedback on every hold. */
    public GuiSetup(List<String> deviceNames, Function<String, Transport> devices, SessionSettings settings,
                    SessionJournal journal, List<String> sites, double calibratedMaxNewtons, Replay replay,
                    boolean recordOnConnect) {
        this(deviceNames, devices, settings, journal, sites, calibratedMaxNewtons, replay, recordOnConnect, null);
    }

    /** A recorded session the window can play back from any point, at several speeds. */
    public interface Replay {
        /** Its entry in the device list. */
        String name();

        /** Time from its first frame to its last. */
        double durationSeconds();

        /** Timestamp of its first frame, time zero of its timeline. */
        long firstTimestampNanos();

        /** A transport that plays it from {@code fromSeconds} after its first frame at {@code speed} times real time. */
        Transport open(double fromSeconds, double speed);
    }

    /** A setup that records only when asked to. */
    public GuiSetup(List<String> deviceNames, Function<String, Transport> devices, SessionSettings settings,
                    SessionJournal journal, List<String> sites, double calibratedMaxNewtons, Replay replay) {
        this(deviceNames, devices, settings, journal, sites, calibratedMaxNewtons, replay, false);
    }

    /** A setup without a replay. */
    public GuiSetup(List<String> deviceNames, Function<String, Transport> devices, SessionSettings settings,
                    SessionJournal journal, List<String> sites, double calibratedMaxNewtons) {
        this(deviceNames, devices, settings, journal, sites, calibratedMaxNewtons, null);
    }

    /** Checks and copies the lists. */
    public GuiSetup {
        deviceNames = List.copyOf(deviceNames);
        sites = List.copyOf(sites);
        if (deviceNames.isEmpty() || devices == null || settings == null || journal == null) {
            throw new IllegalArgumentException("the window needs devices, settings and a journal");
        }
        feedback = feedback == null ? new org.palpa.core.feedback.FeedbackSchedule.Constant() : feedback;
        lab = lab == null ? org.palpa.app.stream.WindowLab.none() : lab;
        if (!(calibratedMaxNewtons > 0)) {
            throw new IllegalArgumentException("calibrated maximum must be positive, was " + calibratedMaxNewtons);
        }
    }

    /** Common treatment sites to start the editable list with. */
    public static final List<String> DEFAULT_SITES = List.of("upper trapezius, left", "upper trapezius, right",
            "levator scapulae, left", "levator scapulae, right", "infraspinatus, left", "infraspinatus, right",
            "tibialis anterior, left", "tibialis anterior, right", "thenar eminence (reference)");
}
