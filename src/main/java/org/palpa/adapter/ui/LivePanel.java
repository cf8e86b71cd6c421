package org.palpa.adapter.ui;

import java.awt.BorderLayout;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.Timer;
import org.palpa.adapter.ui.sound.CueOutput;
import org.palpa.adapter.ui.sound.SoundCue;
import org.palpa.adapter.ui.sound.Volume;
import org.palpa.app.live.LiveFeed;
import org.palpa.app.live.PipelineEvent;
import org.palpa.app.recording.RecordingControl;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.display.SampleWindow;
import org.palpa.core.hold.Target;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.DeviceInfo;
import org.slf4j.LoggerFactory;

/**
 * The whole window's content and its presenter. A Swing timer ({@value #FRAME_MILLIS} ms, 40 fps)
 * copies what is new from the {@link LiveFeed} and updates the components; that copy, small state
 * updates and painting are all that run on the event thread.
 */
public final class LivePanel extends JPanel {
    static final int FRAME_MILLIS = 25;

    final ControlBar controls;
    final FeedbackColumn feedback = new FeedbackColumn();
    final ChartView chart = new ChartView(1);
    final GloveView glove = new GloveView();
    final StatusBar status = new StatusBar();
    final JTabbedPane tabs = new JTabbedPane();
    final LatencyMeter latency = new LatencyMeter();
    final ReplayBar replayBar = new ReplayBar(this::seekReplay);
    private final GuiSetup setup;
    private final RecordingControl recording;
    private final CueOutput sound;
    private final CueTrigger cues = new CueTrigger();
    private final Timer timer = new Timer(FRAME_MILLIS, e -> safeTick());
    private SessionSettings settings;
    private LiveFeed feed;
    private SampleWindow window;
    private long drawnSequence = -1;
    private long originNanos = Long.MIN_VALUE;
    private final ChannelFeedback channelFeedback = new ChannelFeedback();
    private final DeviceOpener opener = new DeviceOpener();
    final PracticeFeedback practice; // the plan panel beside the view asks it whether feedback is hidden

    /** Builds the window content; call {@link #start()} to begin updating it. */
    public LivePanel(GuiSetup setup, CueOutput sound) {
        super(new BorderLayout());
        this.setup = setup;
        this.sound = sound;
        this.settings = setup.settings();
        feedback.useSessionUnit(settings.targets().unit());
        this.recording = new RecordingControl(setup.journal());
        this.practice = new PracticeFeedback(setup.feedback(), recording);
        controls = new ControlBar(setup.deviceNames(), setup.sites());
        JSplitPane live = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, chart, feedback);
        live.setResizeWeight(1.0);
        SplitPlacement.rightAtPreferredWidth(live);
        tabs.addTab("Live", live);
        tabs.addTab("Glove", glove);
        add(controls, BorderLayout.NORTH);
        JPanel centre = new JPanel(new BorderLayout());
        centre.add(tabs, BorderLayout.CENTER);
        centre.add(replayBar, BorderLayout.SOUTH);
        replayBar.setVisible(false);
        if (setup.replay() != null) {
            replayBar.setDuration(setup.replay().durationSeconds());
        }
        add(centre, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        showTarget(settings.target());
        // with a target per channel, the target field follows the channel shown, so it always shows the plan's band
        feedback.channel.addActionListener(e -> {
            Object label = feedback.channel.getSelectedItem();
            if (label != null && !settings.targets().isUniform()) {
                showTarget(settings.targets().targetFor(label.toString()).orElse(settings.target()));
            }
        });
        wire();
        setFocusable(true);
        java.awt.event.MouseAdapter takeFocus = new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                requestFocusInWindow();
            }
        };
        chart.addMouseListener(takeFocus);
        glove.chart.addMouseListener(takeFocus);
        feedback.addMouseListener(takeFocus);
        chart.setAfterPaint(() -> latency.record(feed == null ? -1 : feed.ageNanos(drawnSequence)));
        glove.chart.setAfterPaint(() -> latency.record(feed == null ? -1 : feed.ageNanos(drawnSequence)));
    }

    private void wire() {
        controls.connect.addActionListener(e -> connect((String) controls.device.getSelectedItem()));
        controls.disconnect.addActionListener(e -> disconnect());
        controls.applyTarget.addActionListener(e -> applyTarget());
        controls.record.addActionListener(e -> recording.start(recordable(), controls.siteText()));
        controls.pause.addActionListener(e -> recording.pause());
        controls.stop.addActionListener(e -> recording.stop());
        controls.volume.addActionListener(e -> sound.setVolume((Volume) controls.volume.getSelectedItem()));
        controls.record.setEnabled(false);
        new MarkKeys(this, controls, feedback, status, recording,
                () -> feed == null || feed.latest() == null ? 0 : feed.latest().timestampNanos(), () -> originNanos);
        practice.bindRequestKey(this);
    }

    /** Starts the display timer and takes the keyboard, so digits and space reach the shortcuts. */
    public void start() {
        timer.start();
        requestFocusInWindow();
    }

    /** Stops the timer and the device. */
    public void shutdown() {
        timer.stop();
        recording.stop();
        disconnect();
    }

    /** Opens {@code deviceName} and shows it; a device that cannot be opened is explained on the chart. */
    public void connect(String deviceName) {
        if (isReplay(deviceName)) {
            replayFrom(0);
        } else {
            open(deviceName, () -> setup.devices().apply(deviceName));
        }
    }

    /** The session the Record button records: the connected device's while it streams, never a replay's. */
    private LiveFeed recordable() {
        return feed == null || replayBar.isVisible() || feed.health().endReason() != null ? null : feed;
    }

    private boolean isReplay(String deviceName) {
        return setup.replay() != null && setup.replay().name().equals(deviceName);
    }

    /** The replay bar moved: play from there, if a replay is what is shown. */
    private void seekReplay(double seconds) {
        if (replayBar.isVisible()) {
            replayFrom(seconds);
        }
    }

    /** Plays the setup's recording from {@code seconds} at the speed chosen in the replay bar. */
    void replayFrom(double seconds) {
        if (setup.replay() != null) {
            open(setup.replay().name(), () -> setup.replay().open(seconds, replayBar.speed()));
        }
    }

    private void open(String deviceName, java.util.function.Supplier<org.palpa.app.port.Transport> transport) {
        disconnect();
        controls.device.setSelectedItem(deviceName);
        replayBar.setVisible(isReplay(deviceName));
        opener.open(deviceName, transport, settings, this::attach);
    }

    private void attach(String deviceName, LiveFeed opened) {
        feed = opened;
        window = feed.newDisplayWindow();
        DeviceInfo info = feed.device();
        feedback.channel.removeAllItems();
        info.channelNames().forEach(feedback.channel::addItem);
        glove.showChannels(info.channelNames());
        status.showDevice(info);
        controls.record.setEnabled(!isReplay(deviceName));
        setup.lab().connected(isReplay(deviceName) ? null : feed); // a replay is not streamed to the lab as if live
        if (setup.recordOnConnect() && !isReplay(deviceName)) {
            recording.start(feed, controls.siteText());
        }
        // a replay keeps the recording's own clock on the time axis, so a seek does not reset it
        originNanos = isReplay(deviceName) ? setup.replay().firstTimestampNanos() : Long.MIN_VALUE;
        channelFeedback.reset();
        practice.connected(info, settings);
        if (info.channelCount() > 1) {
            tabs.setSelectedComponent(glove);
        }
    }

    /** Closes the device, if any, and forgets a connection still being made; recording stops with it. */
    public void disconnect() {
        opener.cancel();
        if (feed != null) {
            recording.stop();
            feed.close();
            feed = null;
        }
        controls.record.setEnabled(false);
        status.showDevice(null);
    }

    private void applyTarget() {
        try {
            Target t = controls.chosenTarget(settings.probeArea()).withRampRate(settings.target().rampRate());
            settings = new SessionSettings(t, null, settings.filter(), settings.probeArea(), settings.maxStreamSeconds(),
                    settings.calibrations(), settings.inputCapacity());
            showTarget(t);
            if (feed != null) {
                connect((String) controls.device.getSelectedItem());
            }
        } catch (IllegalArgumentException e) {
            feedback.guidance.setText("Target not changed: " + e.getMessage());
            feedback.guidance.setForeground(DisplayState.OVER.colour());
        }
    }

    private void showTarget(Target t) {
        feedback.lastHold.setText(settings.targets().isUniform() ? "target " + t : "plan: " + settings.targets());
        controls.showTarget(t);
        feedback.holdBar.show(0, t.holdMillis() / 1000.0);
    }

    /** A tick that turns a programming error into a message on the chart instead of a dead timer. */
    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(LivePanel.class).error("display update failed", e);
            chart.showMessage("Display error: " + e + " (details in the log)");
        }
    }

    /** One display frame: copy what is new, update the components. Runs on the event thread. */
    void tick() {
        status.showRecording(recording.state(), recording.marks(), recording.journalStatus(), replayBar.isVisible());
        status.sound.setText(sound.status());
        status.delay.setText(latency.summary());
        if (feed == null) {
            opener.showUnconnected(chart, feedback);
            return;
        }
        drawnSequence = feed.copyInto(window);
        drainNotices();
        org.palpa.app.live.LinkHealth health = feed.health();
        status.showHealth(health, feed.device().nominalRateHz());
        if (health.endReason() != null && recording.state() != RecordingControl.State.IDLE) {
            recording.stop(); // the stream ended by itself: the session is complete
        }
        ProcessedFrame f = feed.latest();
        if (f == null || window.size() == 0) {
            chart.showMessage("Connected to " + feed.device().model() + ": waiting for the first samples.");
            return;
        }
        if (originNanos == Long.MIN_VALUE) {
            originNanos = window.timeAt(0);
        }
        if (replayBar.isVisible()) {
            replayBar.follow((f.timestampNanos() - originNanos) / 1e9);
        }
        if (practice.covers(f, feedback, chart, glove.chart, originNanos)) {
            return; // feedback is off for this hold: the value, state, chart and cues stay hidden
        }
        ChannelFeedback.View view = channelFeedback.show(feedback, f, feedback.channel.getSelectedIndex(),
                feed.device().channelNames(), window, settings, setup.calibratedMaxNewtons());
        if (tabs.getSelectedComponent() == glove) {
            glove.update(window, f, settings, view.scale(), feedback.displayUnit().symbol(), setup.calibratedMaxNewtons(),
                    originNanos, spanSeconds());
        } else {
            double scale = view.scale();
            chart.update(window, new int[] {view.channel()},
                    new String[] {feed.device().channelNames().get(view.channel())}, originNanos, spanSeconds(), scale,
                    feedback.displayUnit().symbol(), view.target().min() * scale, view.target().max() * scale,
                    channelFeedback.holdStartNanos());
        }
        SoundCue cue = cues.next(view.state(), view.complete(), System.nanoTime());
        if (cue != null) {
            sound.play(cue);
        }
    }

    private double spanSeconds() {
        return (Integer) controls.span.getSelectedItem();
    }

    private void drainNotices() {
        PipelineEvent n;
        while ((n = feed.pollNotice()) != null) {
            if (n instanceof PipelineEvent.HoldFinished hf) {
                boolean shown = practice.resultShown(hf.hold());
                practice.holdFinished(hf.hold());
                if (shown && hf.hold().channel() == feedback.channel.getSelectedIndex()) {
                    ChannelFeedback.showHold(feedback, hf.hold());
                }
            }
        }
    }

    /** The feed being shown, or null. */
    LiveFeed feed() {
        return feed;
    }
}
