package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.swing.SwingUtilities;

/** What window tests look for on screen: a component of the showing windows, and a wait for a condition. */
public final class ShowingWindows {
    private ShowingWindows() {
    }

    /** The first component of a showing window that {@code match} accepts, looked for on the event thread; or null. */
    public static Component find(Predicate<Component> match) {
        List<Component> found = new ArrayList<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                for (Window w : Window.getWindows()) {
                    if (w.isShowing()) {
                        walk(w, match, found);
                    }
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** Waits until {@code condition} holds, failing the test after {@code seconds}. */
    public static void await(BooleanSupplier condition, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %.0f s", seconds).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void walk(Component c, Predicate<Component> match, List<Component> found) {
        if (match.test(c)) {
            found.add(c);
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                walk(child, match, found);
            }
        }
    }
}
