package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.palpa.adapter.ui.sound.CueOutput;
import org.palpa.adapter.ui.sound.SoundCue;
import org.palpa.adapter.ui.sound.Volume;
import org.palpa.app.recording.InMemoryJournal;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.sample.Unit;
import org.palpa.core.session.SessionMark;

/**
 * Drives the window's content through a scripted hold and reads back what the components show.
 * Lightweight Swing components need no display, so this runs headless too.
 */
class LivePanelTest {
    private static final Target TARGET = Target.around(Quantity.parse("40N"), "10%", 2000, ProbeArea.ALGOMETER_TIP);

    /** Cues the panel asked for, in order. */
    static final class RecordedCues implements CueOutput {
        final List<SoundCue> played = new ArrayList<>();

        @Override
        public void play(SoundCue cue) {
            played.add(cue);
        }

        @Override
        public void setVolume(Volume volume) {
        }

        @Override
        public String status() {
            return "recorded";
        }
    }

    /** Connects on the event thread and waits until the connection, made on its own thread, is attached. */
    static void connectAndWait(LivePanel panel, String device) throws Exception {
        SwingUtilities.invokeAndWait(() -> panel.connect(device));
        long deadline = System.nanoTime() + 10_000_000_000L;
        AtomicReference<Boolean> attached = new AtomicReference<>(false);
        while (!attached.get() && System.nanoTime() < deadline) {
            SwingUtilities.invokeAndWait(() -> attached.set(panel.feed() != null));
            Thread.sleep(5);
        }
        assertThat(attached.get()).as("connected to %s", device).isTrue();
    }

    private static LivePanel panel(InMemoryJournal journal, RecordedCues cues) throws Exception {
        return panel(journal, cues, Double.POSITIVE_INFINITY);
    }

    private static LivePanel panel(InMemoryJournal journal, RecordedCues cues, double calibratedMaxNewtons)
            throws Exception {
        GuiSetup setup = new GuiSetup(List.of("scripted"), name -> new PacedScriptDevice(2.0),
                SessionSettings.of(TARGET, 0), journal, GuiSetup.DEFAULT_SITES, calibratedMaxNewtons);
        AtomicReference<LivePanel> p = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            LivePanel panel = new LivePanel(setup, cues);
            panel.setSize(1360, 800);
            panel.doLayout();
            p.set(panel);
        });
        return p.get();
    }

    @Test
    void givenAScriptedHold_thenTheBadgeGoesFromNoContactToUnderToInBandToCompleteToOverAndTheCuesFollow()
            throws Exception {
        RecordedCues cues = new RecordedCues();
        LivePanel panel = panel(new InMemoryJournal(), cues);
        List<String> seen = new ArrayList<>();
        List<String> holdTexts = new ArrayList<>();
        connectAndWait(panel, "scripted");
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            SwingUtilities.invokeAndWait(() -> {
                panel.tick();
                String shown = panel.feedback.badge.state().label()
                        + (panel.feedback.holdBar.complete() ? " + HOLD COMPLETE" : "");
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(shown)) {
                    seen.add(shown);
                }
                holdTexts.add(panel.feedback.holdBar.text());
            });
            if (panel.feed().health().endReason() != null) {
                break;
            }
            Thread.sleep(20);
        }
        SwingUtilities.invokeAndWait(panel::tick);

        assertThat(seen).containsSubsequence("NO CONTACT", "UNDER", "IN BAND", "IN BAND + HOLD COMPLETE",
                "OVER + HOLD COMPLETE", "NO CONTACT");
        assertThat(holdTexts).anyMatch(t -> t.startsWith("hold 1.")).anyMatch(t -> t.startsWith("HOLD COMPLETE"));
        assertThat(cues.played).containsSubsequence(SoundCue.ENTER_BAND, SoundCue.HOLD_COMPLETE, SoundCue.OVER_MAX);
        // the press to 60 N lasts 1 s, longer than the 0.5 s over-grace, so the tracker judges the hold OVER
        assertThat(panel.feedback.lastHold.getText()).startsWith("last hold: OVER, 3.");
        assertThat(panel.status.link.getText()).isEqualTo("stream ended: script finished");
        SwingUtilities.invokeAndWait(panel::shutdown);
    }

    @Test
    void givenTheSimulatedAlgometer_thenTheComponentsShowNoContactUnderInBandAndACompleteHold() throws Exception {
        Target shortHold = Target.around(Quantity.parse("40N"), "10%", 3000, ProbeArea.ALGOMETER_TIP);
        GuiSetup setup = new GuiSetup(List.of("sim-algometer"),
                name -> new org.palpa.adapter.sim.SimulatedTransport(
                        org.palpa.core.sim.SimulatedDeviceSpec.algometer(), 7, 10, 0),
                SessionSettings.of(shortHold, 0), new InMemoryJournal(), GuiSetup.DEFAULT_SITES,
                Double.POSITIVE_INFINITY);
        RecordedCues cues = new RecordedCues();
        AtomicReference<LivePanel> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> ref.set(new LivePanel(setup, cues)));
        LivePanel panel = ref.get();
        connectAndWait(panel, "sim-algometer");
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline && !seen.contains("IN BAND + HOLD COMPLETE")) {
            Thread.sleep(20);
            SwingUtilities.invokeAndWait(() -> {
                panel.tick();
                String shown = panel.feedback.badge.state().label()
                        + (panel.feedback.holdBar.complete() ? " + HOLD COMPLETE" : "");
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(shown)) {
                    seen.add(shown);
                }
            });
        }
        assertThat(seen).containsSubsequence("NO CONTACT", "UNDER", "IN BAND", "IN BAND + HOLD COMPLETE");
        assertThat(cues.played).containsSubsequence(SoundCue.ENTER_BAND, SoundCue.HOLD_COMPLETE);
        assertThat(panel.status.device.getText()).startsWith("sim-algometer SIM-7");
        SwingUtilities.invokeAndWait(panel::shutdown);
    }

    /** The scripted hold as a recording, 8 s long, played by the real replay transport. */
    static final class ScriptReplay implements GuiSetup.Replay {
        @Override
        public String name() {
            return "replay: script.csv";
        }

        @Override
        public double durationSeconds() {
            return (PacedScriptDevice.LENGTH - 1) / 100.0;
        }

        @Override
        public long firstTimestampNanos() {
            return 0;
        }

        @Override
        public org.palpa.app.port.Transport open(double fromSeconds, double speed) {
            return new org.palpa.app.replay.ReplayTransport(new org.palpa.app.replay.TraceSource("script.csv", new PacedScriptDevice(1).connect(), sink -> {
                for (int i = 0; i < PacedScriptDevice.LENGTH; i++) {
                    sink.accept(new org.palpa.core.sample.Frame(i * 10_000_000L, i,
                            new double[] {PacedScriptDevice.script(i)}));
                }
            }, null), speed, fromSeconds);
        }
    }

    @Test
    void aReplayFollowsItsTimelineAndSeekingRestartsItFromThatSecondWithoutCountingLoss() throws Exception {
        GuiSetup setup = new GuiSetup(List.of("replay: script.csv"), name -> null, SessionSettings.of(TARGET, 0),
                new InMemoryJournal(), GuiSetup.DEFAULT_SITES, Double.POSITIVE_INFINITY, new ScriptReplay());
        AtomicReference<LivePanel> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            LivePanel p = new LivePanel(setup, new RecordedCues());
            p.replayBar.speed.setSelectedIndex(1);
            ref.set(p);
        });
        LivePanel panel = ref.get();
        connectAndWait(panel, "replay: script.csv");
        AtomicReference<String> at = new AtomicReference<>("");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && panel.replayBar.timeline.getValue() < 10) {
            Thread.sleep(20);
            SwingUtilities.invokeAndWait(panel::tick);
        }
        assertThat(panel.replayBar.isVisible()).isTrue();
        assertThat(panel.replayBar.timeline.getValue()).isBetween(10, 40);

        SwingUtilities.invokeAndWait(() -> panel.replayBar.timeline.setValue(60));
        deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && (panel.feed() == null || panel.feed().health().endReason() == null)) {
            Thread.sleep(20);
            SwingUtilities.invokeAndWait(() -> {
                panel.tick();
                at.set(panel.replayBar.position.getText());
            });
        }
        SwingUtilities.invokeAndWait(panel::tick);
        assertThat(panel.feed().health().frames()).isEqualTo(PacedScriptDevice.LENGTH - 600);
        assertThat(panel.feed().health().lostFrames()).isZero();
        assertThat(panel.replayBar.position.getText()).isEqualTo("8.0 / 8.0 s");
        SwingUtilities.invokeAndWait(panel::shutdown);
    }

    @Test
    void givenACalibrationThatEndsAt50Newtons_whenThePressReaches60_thenTheBadgeSaysBeyondCalibrationAndWarns()
            throws Exception {
        RecordedCues cues = new RecordedCues();
        LivePanel panel = panel(new InMemoryJournal(), cues, 50);
        List<DisplayState> seen = new ArrayList<>();
        connectAndWait(panel, "scripted");
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline && panel.feed().health().endReason() == null) {
            Thread.sleep(20);
            SwingUtilities.invokeAndWait(() -> {
                panel.tick();
                seen.add(panel.feedback.badge.state());
            });
        }
        // beyond calibration is judged on the unfiltered force, so the smoothed value may still read OVER for a moment on release
        assertThat(seen).containsSubsequence(DisplayState.UNDER, DisplayState.IN_BAND, DisplayState.BEYOND_CALIBRATION,
                DisplayState.NO_CONTACT);
        assertThat(cues.played).contains(SoundCue.OVER_MAX);
        SwingUtilities.invokeAndWait(panel::shutdown);
    }

    @Test
    void theRampReadoutJudgesTheRateAgainstItsOwnBand() throws Exception {
        FeedbackColumn column = new FeedbackColumn();
        org.palpa.core.hold.RateBand band = new org.palpa.core.hold.RateBand(5, 15);
        column.showRate(2.0, band, "N");
        assertThat(column.rate.getText()).isEqualTo("ramp +2.0 N/s  ▲ too slow 5–15");
        column.showRate(9.5, band, "N");
        assertThat(column.rate.getText()).isEqualTo("ramp +9.5 N/s  ● on pace 5–15");
        assertThat(column.rate.getForeground()).isEqualTo(Fonts.onBackground(DisplayState.IN_BAND.colour()));
        column.showRate(22.0, band, "N");
        assertThat(column.rate.getText()).isEqualTo("ramp +22.0 N/s  ▼ too fast 5–15");
        column.showRate(Double.NaN, band, "N");
        assertThat(column.rate.getText()).isEqualTo("ramp —");
    }

    @Test
    void theReadoutFollowsTheChosenUnit() throws Exception {
        LivePanel panel = panel(new InMemoryJournal(), new RecordedCues());
        connectAndWait(panel, "scripted");
        SwingUtilities.invokeAndWait(() -> panel.feedback.unit.setSelectedItem(Unit.KILOGRAM_FORCE));
        long deadline = System.nanoTime() + 10_000_000_000L;
        AtomicReference<String> text = new AtomicReference<>("");
        while (System.nanoTime() < deadline && !text.get().equals("4.1 kgf")) {
            Thread.sleep(20);
            SwingUtilities.invokeAndWait(() -> {
                panel.tick();
                text.set(panel.feedback.readout.text());
            });
        }
        assertThat(text.get()).isEqualTo("4.1 kgf");
        SwingUtilities.invokeAndWait(panel::shutdown);
    }

    @Test
    void withoutADeviceTheWindowSaysWhatToDo() throws Exception {
        LivePanel panel = panel(new InMemoryJournal(), new RecordedCues());
        SwingUtilities.invokeAndWait(panel::tick);
        assertThat(panel.feedback.guidance.getText()).isEqualTo("Connect a device to begin.");
        assertThat(panel.status.device.getText()).isEqualTo("no device");
        assertThat(panel.controls.record.isEnabled()).isFalse();
    }

    @Test
    void aDeviceThatCannotBeOpenedIsExplainedOnTheChartAndTheWindowStaysUsable() throws Exception {
        GuiSetup setup = new GuiSetup(List.of("serial: /dev/ttyUSB9"), name -> {
            throw new org.palpa.core.PalpaException("port /dev/ttyUSB9 does not exist");
        }, SessionSettings.of(TARGET, 0), new InMemoryJournal(), GuiSetup.DEFAULT_SITES, Double.POSITIVE_INFINITY);
        AtomicReference<LivePanel> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            ref.set(new LivePanel(setup, new RecordedCues()));
            ref.get().connect("serial: /dev/ttyUSB9");
        });
        AtomicReference<String> message = new AtomicReference<>("");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && !message.get().startsWith("Could not open")) {
            Thread.sleep(10);
            SwingUtilities.invokeAndWait(() -> {
                ref.get().tick();
                message.set(String.valueOf(ref.get().chart.message()));
            });
        }
        assertThat(message.get()).isEqualTo("Could not open serial: /dev/ttyUSB9: port /dev/ttyUSB9 does not exist");
        assertThat(ref.get().controls.record.isEnabled()).isFalse();
    }

    @Test
    void digitKeysRecordPainScoresAndSpaceMarksAnEventThroughTheJournal() throws Exception {
        InMemoryJournal journal = new InMemoryJournal();
        LivePanel panel = panel(journal, new RecordedCues());
        SwingUtilities.invokeAndWait(() -> {
            panel.getActionMap().get("pain7").actionPerformed(null);
            panel.getActionMap().get("event").actionPerformed(null);
            panel.controls.site.getEditor().setItem("gluteus medius, right");
            panel.controls.site.getActionListeners()[0].actionPerformed(null);
            panel.tick();
        });
        assertThat(journal.marks()).hasSize(3);
        assertThat(journal.marks().get(0)).isEqualTo(new SessionMark.PainScore(0, 7));
        assertThat(journal.marks().get(1)).isInstanceOf(SessionMark.EventMarker.class);
        assertThat(journal.marks().get(2)).isEqualTo(new SessionMark.SiteChosen(0, "gluteus medius, right"));
        assertThat(panel.feedback.lastMark.getText()).isEqualTo("event marked");
        assertThat(panel.status.recording.getText()).contains("3 marks");
    }

    @Test
    void recordStartPauseStopReachTheJournal() throws Exception {
        InMemoryJournal journal = new InMemoryJournal();
        LivePanel panel = panel(journal, new RecordedCues());
        connectAndWait(panel, "scripted");
        SwingUtilities.invokeAndWait(() -> {
            panel.controls.site.setSelectedItem("upper trapezius, right");
            panel.controls.record.doClick();
            panel.controls.pause.doClick();
            panel.controls.record.doClick();
            panel.tick();
        });
        assertThat(panel.status.recording.getText()).startsWith("● RECORDING");
        SwingUtilities.invokeAndWait(() -> panel.controls.stop.doClick());
        assertThat(journal.commands()).containsExactly("start scripted-algometer at upper trapezius, right", "pause",
                "resume", "stop");
        SwingUtilities.invokeAndWait(panel::shutdown);
    }
}
