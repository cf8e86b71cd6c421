package org.palpa.adapter.ui.classroom;

import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagLayout;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import org.palpa.adapter.ui.sound.CuePlayer;
import org.palpa.adapter.ui.sound.Volume;
import org.palpa.app.classroom.StationPractice;

/**
 * Covers a station's full live view while the station's practice schedule hides feedback: an
 * opaque pane over the value, the band colour, the chart and the hold timer, which says only that
 * recording goes on and the time, and the view's sound is muted. It follows the station's own
 * decisions, so the view hides exactly the holds the station records as hidden.
 */
final class PracticeCover {
    private static final Color GREY = new Color(0x55, 0x5b, 0x66);

    private PracticeCover() {
    }

    /** Installs the cover on {@code frame} and checks ten times a second; returns the timer (stop it on close). */
    static Timer install(JFrame frame, StationPractice practice, CuePlayer sound) {
        JPanel cover = new JPanel(new GridBagLayout());
        cover.setName("practice-cover");
        cover.setBackground(GREY);
        cover.setOpaque(true);
        // the cover takes the clicks and keys too, so nothing under it can be reached while it shows
        cover.addMouseListener(new java.awt.event.MouseAdapter() { });
        JLabel text = new JLabel(" ");
        text.setForeground(Color.WHITE);
        text.setFont(text.getFont().deriveFont(Font.BOLD, 34f));
        cover.add(text);
        frame.setGlassPane(cover);
        Volume chosen = sound.volume();
        long opened = System.nanoTime();
        Timer timer = new Timer(100, e -> {
            boolean hide = !practice.showing();
            if (hide) {
                long s = (System.nanoTime() - opened) / 1_000_000_000L;
                text.setText(String.format(Locale.ROOT, "Recording · %d:%02d · feedback off for this hold (%s)",
                        s / 60, s % 60, practice.schedule().text()));
            }
            if (hide != cover.isVisible()) {
                cover.setVisible(hide);
                sound.setVolume(hide ? Volume.MUTE : chosen);
            }
        });
        timer.setInitialDelay(0);
        timer.start();
        return timer;
    }
}
