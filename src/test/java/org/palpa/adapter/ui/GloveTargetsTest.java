package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.recording.InMemoryJournal;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.sim.SimulatedDeviceSpec;

/**
 * The glove view on the simulated glove, whose therapist presses the thumb at about 28 N and the
 * other fingers at 0.55, 0.35, 0.2 and 0.1 of it: with a target per finger, every bar reaches its
 * own band. Lightweight Swing components need no display, so this runs headless too.
 */
class GloveTargetsTest {
    private static final String[] FINGERS = {"thumb", "index", "middle", "ring", "little"};
    private static final double[] CENTRES = {28, 15.4, 9.8, 5.6, 2.8};

    private static Target around(double newtons) {
        return Target.around(new Quantity(newtons, org.palpa.core.sample.Unit.NEWTON), "10%", 3000,
                ProbeArea.ALGOMETER_TIP);
    }

    private static LivePanel connectedGlove(TargetPlan plan) throws Exception {
        SessionSettings settings = SessionSettings.of(plan.primary(), 0).withTargets(plan);
        GuiSetup setup = new GuiSetup(List.of("sim-glove"),
                name -> new SimulatedTransport(SimulatedDeviceSpec.glove(), 7, 10, 0),
                settings, new InMemoryJournal(), GuiSetup.DEFAULT_SITES, Double.POSITIVE_INFINITY);
        AtomicReference<LivePanel> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            LivePanel panel = new LivePanel(setup, new LivePanelTest.RecordedCues());
            panel.setSize(1360, 800);
            panel.doLayout();
            ref.set(panel);
        });
        LivePanelTest.connectAndWait(ref.get(), "sim-glove");
        return ref.get();
    }

    /** Ticks the panel until the first {@code bars} bars have shown {@code wanted}, or 20 s pass; returns the states seen per bar. */
    private static List<EnumSet<DisplayState>> watch(LivePanel panel, DisplayState wanted, int bars) throws Exception {
        List<EnumSet<DisplayState>> seen = List.of(EnumSet.noneOf(DisplayState.class),
                EnumSet.noneOf(DisplayState.class), EnumSet.noneOf(DisplayState.class),
                EnumSet.noneOf(DisplayState.class), EnumSet.noneOf(DisplayState.class));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline && !seen.subList(0, bars).stream().allMatch(s -> s.contains(wanted))) {
            Thread.sleep(20);
            SwingUtilities.invokeAndWait(() -> {
                panel.tick();
                DisplayState[] states = panel.glove.bars.states();
                for (int i = 0; i < Math.min(states.length, seen.size()); i++) {
                    seen.get(i).add(states[i]);
                }
            });
        }
        return seen;
    }

    @Test
    void givenATargetPerFinger_thenEveryBarShowsItsOwnBandAndReachesInBand() throws Exception {
        Map<String, Target> targets = new LinkedHashMap<>();
        for (int i = 0; i < FINGERS.length; i++) {
            targets.put(FINGERS[i], around(CENTRES[i]));
        }
        LivePanel panel = connectedGlove(new TargetPlan(null, targets, Set.of()));
        try {
            List<EnumSet<DisplayState>> seen = watch(panel, DisplayState.IN_BAND, FINGERS.length);
            for (int i = 0; i < FINGERS.length; i++) {
                assertThat(seen.get(i)).as(FINGERS[i]).contains(DisplayState.UNDER, DisplayState.IN_BAND);
            }
            AtomicReference<double[][]> bands = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> bands.set(panel.glove.bars.bands()));
            for (int i = 0; i < FINGERS.length; i++) {
                assertThat(bands.get()[0][i]).as(FINGERS[i]).isCloseTo(CENTRES[i] * 0.9, within(1e-9));
                assertThat(bands.get()[1][i]).as(FINGERS[i]).isCloseTo(CENTRES[i] * 1.1, within(1e-9));
            }
        } finally {
            SwingUtilities.invokeAndWait(panel::shutdown);
        }
    }

    @Test
    void givenOnlyTheThumbTracked_thenTheOtherBarsSayNotTrackedAndHaveNoBand() throws Exception {
        LivePanel panel = connectedGlove(new TargetPlan(null, Map.of("thumb", around(28)), Set.of()));
        try {
            List<EnumSet<DisplayState>> seen = watch(panel, DisplayState.IN_BAND, 1);
            assertThat(seen.get(0)).contains(DisplayState.IN_BAND).doesNotContain(DisplayState.NOT_TRACKED);
            for (int i = 1; i < FINGERS.length; i++) {
                assertThat(seen.get(i)).as(FINGERS[i]).containsOnly(DisplayState.NOT_TRACKED);
            }
            AtomicReference<double[][]> bands = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> bands.set(panel.glove.bars.bands()));
            assertThat(bands.get()[0][1]).isNaN();
            assertThat(bands.get()[0][0]).isCloseTo(25.2, within(1e-9));
        } finally {
            SwingUtilities.invokeAndWait(panel::shutdown);
        }
    }

    /** Picks {@code channel} in the live tab and ticks until its badge shows {@code wanted}, or 20 s pass. */
    private static java.util.Set<DisplayState> badgeStates(LivePanel panel, int channel, DisplayState wanted,
                                                           java.util.Set<String> guidance) throws Exception {
        java.util.Set<DisplayState> seen = EnumSet.noneOf(DisplayState.class);
        SwingUtilities.invokeAndWait(() -> panel.feedback.channel.setSelectedIndex(channel));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline && !seen.contains(wanted)) {
            Thread.sleep(20);
            SwingUtilities.invokeAndWait(() -> {
                panel.tick();
                seen.add(panel.feedback.badge.state());
                guidance.add(panel.feedback.guidance.getText());
            });
        }
        return seen;
    }

    @Test
    void givenTheIndexChosenInTheLiveTab_thenItsBadgeIsJudgedAgainstTheIndexBand() throws Exception {
        // the index's own target asks for a 6 s hold, the thumb's for 3 s
        Target index = new Target(13.86, 16.94, org.palpa.core.sample.Unit.NEWTON, 6000,
                org.palpa.core.hold.RateBand.ANY);
        LivePanel panel = connectedGlove(new TargetPlan(null, Map.of("thumb", around(28), "index", index), Set.of()));
        try {
            java.util.Set<String> guidance = new java.util.HashSet<>();
            assertThat(badgeStates(panel, 1, DisplayState.IN_BAND, guidance)).contains(DisplayState.IN_BAND);
            assertThat(guidance).anySatisfy(g -> assertThat(g).matches("Hold steady: [456] s to go\\."));
            assertThat(badgeStates(panel, 2, DisplayState.NOT_TRACKED, new java.util.HashSet<>()))
                    .contains(DisplayState.NOT_TRACKED);
        } finally {
            SwingUtilities.invokeAndWait(panel::shutdown);
        }
    }

    @Test
    void givenATargetForAFingerTheGloveLacks_whenConnected_thenTheChartNamesItAndListsTheFingers() throws Exception {
        TargetPlan plan = new TargetPlan(null, Map.of("thumb", around(28), "pinky", around(3)), Set.of());
        GuiSetup setup = new GuiSetup(List.of("sim-glove"),
                name -> new SimulatedTransport(SimulatedDeviceSpec.glove(), 7, 10, 0),
                SessionSettings.of(plan.primary(), 0).withTargets(plan), new InMemoryJournal(), GuiSetup.DEFAULT_SITES,
                Double.POSITIVE_INFINITY);
        AtomicReference<LivePanel> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            ref.set(new LivePanel(setup, new LivePanelTest.RecordedCues()));
            ref.get().connect("sim-glove");
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
        assertThat(message.get()).isEqualTo("Could not open sim-glove: the targets name unknown channel 'pinky'; "
                + "sim-glove has thumb, index, middle, ring, little");
        SwingUtilities.invokeAndWait(ref.get()::shutdown);
    }
}
