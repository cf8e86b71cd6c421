package org.palpa.adapter.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.palpa.cli.Main;

/**
 * Runs {@code palpa gui} with the given arguments on whatever display {@code DISPLAY} names and,
 * while the window is up, prints one line per problem a person would see: a component that pokes
 * out of the window, a label cut short with an ellipsis, a window larger than the screen. Then
 * {@code FRAME}, {@code SCREEN} and {@code DONE} lines. {@link WindowFitGuiTest} runs it under Xvfb
 * at each screen size.
 */
public final class WindowFitProbe {
    private WindowFitProbe() {
    }

    /** {@code args}: the arguments of {@code palpa gui}, which should include {@code --close-after}. */
    public static void main(String[] args) throws Exception {
        Thread inspector = new Thread(() -> {
            try {
                // a loaded machine can take seconds to show the window: wait for it, then for its layout
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (!plotting() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(1500);
                AtomicReference<List<String>> lines = new AtomicReference<>();
                SwingUtilities.invokeAndWait(() -> lines.set(inspect()));
                lines.get().forEach(System.out::println);
                System.out.flush();
            } catch (Exception e) {
                System.out.println("PROBE-FAILED " + e);
            }
        }, "window-fit-probe");
        inspector.setDaemon(true);
        inspector.start();
        String[] gui = new String[args.length + 1];
        gui[0] = "gui";
        System.arraycopy(args, 0, gui, 1, args.length);
        int status = Main.run(gui);
        inspector.join(30_000);
        System.out.println("EXIT " + status);
        System.exit(status);
    }

    /** Whether the window is up, connected, and its visible chart plots samples. */
    private static boolean plotting() throws Exception {
        AtomicReference<Boolean> ready = new AtomicReference<>(false);
        SwingUtilities.invokeAndWait(() -> {
            for (Frame f : Frame.getFrames()) {
                if (f instanceof JFrame j && f.isShowing() && j.getContentPane() instanceof LivePanel panel
                        && panel.feed() != null) {
                    ChartView shown = panel.tabs.getSelectedComponent() == panel.glove ? panel.glove.chart : panel.chart;
                    ready.set(shown.isShowing() && shown.message() == null);
                }
            }
        });
        return ready.get();
    }

    private static List<String> inspect() {
        List<String> out = new ArrayList<>();
        JFrame frame = null;
        for (Frame f : Frame.getFrames()) {
            if (f instanceof JFrame j && f.isShowing()) {
                frame = j;
            }
        }
        if (frame == null) {
            out.add("NO-WINDOW");
            return out;
        }
        // lay out what changed since the last pass (a label's new text), as the next paint would
        frame.validate();
        Rectangle screen = frame.getGraphicsConfiguration().getBounds();
        Rectangle bounds = frame.getBounds();
        out.add(String.format("SCREEN %d %d", screen.width, screen.height));
        out.add(String.format("FRAME %d %d %d %d", bounds.x, bounds.y, bounds.width, bounds.height));
        out.add("THEME " + Theme.current().id());
        if (!screen.contains(bounds)) {
            out.add("OFF-SCREEN frame " + bounds + " on " + screen);
        }
        Container content = frame.getContentPane();
        Rectangle inside = new Rectangle(0, 0, content.getWidth(), content.getHeight());
        walk(content, content, inside, "", out);
        out.add("DONE");
        return out;
    }

    private static void walk(Container content, Component c, Rectangle inside, String path, List<String> out) {
        if (!c.isShowing()) {
            return;
        }
        String name = path + "/" + c.getClass().getSimpleName();
        Rectangle r = SwingUtilities.convertRectangle(c.getParent() == null ? c : c.getParent(), c.getBounds(), content);
        if (c != content && r.width > 0 && r.height > 0 && !inside.contains(r)) {
            out.add("OUTSIDE " + name + " " + r);
        }
        if (c instanceof JLabel l && l.getText() != null && !l.getText().isBlank() && !l.getText().startsWith("<html")
                && l.getPreferredSize().width > l.getWidth() + 1) {
            out.add("CUT-SHORT " + name + " '" + l.getText() + "' needs " + l.getPreferredSize().width + " px, has " + l.getWidth());
        }
        if (c instanceof StateBadge || c instanceof HoldTimerBar || c instanceof Readout || c instanceof ChartView
                || c instanceof GloveBars || c instanceof ControlBar || c instanceof StatusBar) {
            out.add("KEY " + c.getClass().getSimpleName() + " " + r.x + " " + r.y + " " + r.width + " " + r.height);
        }
        if (c instanceof Container k && !(c instanceof javax.swing.JComboBox) && !(c instanceof javax.swing.JSpinner)) {
            for (Component child : k.getComponents()) {
                walk(content, child, inside, name, out);
            }
        }
    }
}
