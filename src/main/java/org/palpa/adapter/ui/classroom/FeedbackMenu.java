package org.palpa.adapter.ui.classroom;

import javax.swing.ButtonGroup;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import org.palpa.app.classroom.Station;
import org.palpa.core.feedback.FeedbackSchedule;

/**
 * A tile's menu (right click): the station's practice schedule. Choosing another schedule ends the
 * station's session, which is saved, and starts a new one with it, so that every session has one
 * schedule from its first hold. With on-request, one more item gives the student feedback on
 * the next hold.
 */
final class FeedbackMenu {
    /** The schedules offered, as {@code --feedback} writes them. */
    static final String[] SCHEDULES = {"constant", "faded", "every:2", "every:3", "on-request", "none"};

    private FeedbackMenu() {
    }

    /** The menu of {@code station}, with its current schedule ticked. */
    static JPopupMenu of(Station station) {
        JPopupMenu menu = new JPopupMenu("Feedback for " + station.plan().name());
        JMenuItem title = new JMenuItem("Student's feedback (" + station.plan().student() + "):");
        title.setEnabled(false);
        menu.add(title);
        ButtonGroup group = new ButtonGroup();
        String current = station.practice().schedule().text();
        for (String s : SCHEDULES) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(label(s), s.equals(current));
            item.setName("feedback-" + s);
            item.addActionListener(e -> {
                if (!s.equals(station.practice().schedule().text())) {
                    station.feedback(FeedbackSchedule.parse(s));
                }
            });
            group.add(item);
            menu.add(item);
        }
        if (station.practice().schedule() instanceof FeedbackSchedule.OnRequest) {
            menu.addSeparator();
            JMenuItem next = new JMenuItem("Feedback on the next hold");
            next.addActionListener(e -> station.practice().request());
            menu.add(next);
        }
        return menu;
    }

    private static String label(String schedule) {
        return switch (schedule) {
            case "constant" -> "constant: every hold";
            case "faded" -> "faded: 100% → 50% → 20% of holds";
            case "on-request" -> "on request";
            case "none" -> "none: a retention test";
            default -> "every " + schedule.substring("every:".length()) + (schedule.endsWith("2") ? "nd" : "rd") + " hold";
        };
    }
}
