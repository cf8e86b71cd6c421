package org.palpa.adapter.ui.classroom;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import javax.swing.JFrame;
import org.palpa.adapter.ui.GuiSetup;
import org.palpa.adapter.ui.LivePanel;
import org.palpa.adapter.ui.sound.CuePlayer;
import org.palpa.app.classroom.Station;
import org.palpa.app.port.Transport;
import org.palpa.app.recording.InMemoryJournal;

/**
 * A station's full live view (the chart, readout, hold timer and glove view of {@code palpa gui})
 * in a window of its own. It listens to the station's device through a tap: the station keeps
 * recording on its own, and closing the view leaves the station running. It is the student's
 * view, so it follows the station's practice schedule ({@link PracticeCover}).
 */
final class StationViewer {
    private StationViewer() {
    }

    /** Opens the view of {@code station}; call on the event thread. */
    static JFrame open(Station station, boolean darkUnused) {
        String name = station.plan().name() + " (" + station.plan().student() + ")";
        GuiSetup setup = new GuiSetup(List.of(name), ignored -> tap(station), station.plan().settings(),
                new InMemoryJournal("recorded by the classroom, station " + station.plan().name()),
                GuiSetup.DEFAULT_SITES, Double.POSITIVE_INFINITY, null, false);
        CuePlayer sound = new CuePlayer();
        LivePanel panel = new LivePanel(setup, sound);
        JFrame frame = new JFrame("Palpa classroom — station " + name);
        frame.setContentPane(withStepLine(station, panel));
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        frame.setSize(1200, 760);
        frame.setLocationByPlatform(true);
        javax.swing.Timer cover = PracticeCover.install(frame, station.practice(), sound);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                cover.stop();
                panel.shutdown();
                sound.close();
            }
        });
        frame.setVisible(true);
        panel.start();
        panel.connect(name);
        return frame;
    }

    /** The view under a line that gives the station's plan step while it follows a plan, updated four times a second. */
    private static javax.swing.JComponent withStepLine(Station station, LivePanel panel) {
        StepLine step = new StepLine(station.planProgress());
        javax.swing.JLabel line = new javax.swing.JLabel(" ");
        line.setFont(line.getFont().deriveFont(java.awt.Font.BOLD, 22f));
        line.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 10, 4, 10));
        line.setVisible(false);
        javax.swing.Timer timer = new javax.swing.Timer(250, e -> {
            line.setVisible(step.showing());
            if (step.showing()) {
                line.setText(step.text() + "   " + step.band());
            }
        });
        timer.start();
        javax.swing.JPanel content = new javax.swing.JPanel(new java.awt.BorderLayout());
        content.add(line, java.awt.BorderLayout.NORTH);
        content.add(panel, java.awt.BorderLayout.CENTER);
        content.addHierarchyListener(e -> {
            if (!content.isDisplayable()) {
                timer.stop();
            }
        });
        return content;
    }

    private static Transport tap(Station station) {
        Transport t = station.watch();
        if (t == null) {
            throw new IllegalArgumentException("station " + station.plan().name() + " is not connected now ("
                    + station.board().phase().word().toLowerCase(java.util.Locale.ROOT)
                    + "); its view opens once the device is live");
        }
        return t;
    }
}
