package org.palpa.adapter.ui.classroom;

import java.awt.GridLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.Timer;
import org.palpa.app.classroom.Station;

/**
 * The grid of station tiles. One Swing timer repaints the whole grid every
 * {@value #FRAME_MILLIS} ms, one paint pass for all tiles; a click on a tile opens that station.
 */
final class TileBoard extends JPanel {
    /** 33 repaints a second asked for, so that a busy machine that delays some still gives every tile 20 or more. */
    static final int FRAME_MILLIS = 30;

    private final List<StationTile> tiles = new ArrayList<>();
    private final Timer timer = new Timer(FRAME_MILLIS, e -> repaint());
    private static final int WARM_UP_SECONDS = 5;
    private long startedNanos;
    private long lastSampleNanos;
    private long lastSamplePaints;
    private double worstSecondFps = Double.MAX_VALUE;
    private int seconds;
    private int secondsBelow20;

    TileBoard(List<Station> stations, Consumer<Station> open) {
        int n = stations.size();
        // as square a grid as fits a landscape screen: 4 → 2×2, 8 → 4×2, 12 → 4×3, 16 → 4×4
        int rows = Math.max(1, (int) Math.floor(Math.sqrt(n)));
        int columns = (int) Math.ceil(n / (double) rows);
        setLayout(new GridLayout(rows, columns, 6, 6));
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        for (Station s : stations) {
            StationTile tile = new StationTile(s);
            tile.addMouseListener(new MouseAdapter() {
                @Override
                public void mouseClicked(MouseEvent e) {
                    if (javax.swing.SwingUtilities.isRightMouseButton(e)) {
                        FeedbackMenu.of(s).show(tile, e.getX(), e.getY()); // the station's practice schedule
                    } else {
                        open.accept(s);
                    }
                }
            });
            tiles.add(tile);
            add(tile);
        }
        timer.setCoalesce(true);
    }

    void start() {
        startedNanos = System.nanoTime();
        timer.start();
    }

    void stop() {
        timer.stop();
    }

    List<StationTile> tiles() {
        return tiles;
    }

    /**
     * Measures the last second: the fewest repaints any tile had in it, kept as the worst second
     * after the first {@value #WARM_UP_SECONDS} s (start-up and the first compilations). Call about
     * once a second.
     */
    void sampleSecond() {
        long now = System.nanoTime();
        long fewest = Long.MAX_VALUE;
        for (StationTile t : tiles) {
            fewest = Math.min(fewest, t.paints());
        }
        if (lastSampleNanos != 0 && now - startedNanos > WARM_UP_SECONDS * 1_000_000_000L) {
            double fps = (fewest - lastSamplePaints) * 1e9 / (now - lastSampleNanos);
            worstSecondFps = Math.min(worstSecondFps, fps);
            seconds++;
            if (fps < 20) {
                secondsBelow20++;
            }
        }
        lastSampleNanos = now;
        lastSamplePaints = fewest;
    }

    /** The fewest repaints a tile had in any one second measured by {@link #sampleSecond()}; NaN before one. */
    double worstSecondFps() {
        return worstSecondFps == Double.MAX_VALUE ? Double.NaN : worstSecondFps;
    }

    /** Seconds measured by {@link #sampleSecond()} after the warm-up. */
    int secondsMeasured() {
        return seconds;
    }

    /** Of those, seconds in which some tile was repainted fewer than 20 times. */
    int secondsBelow20() {
        return secondsBelow20;
    }

    /** The fewest repaints per second of any tile since {@link #start()}. */
    double slowestTileFps() {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        long fewest = Long.MAX_VALUE;
        for (StationTile t : tiles) {
            fewest = Math.min(fewest, t.paints());
        }
        return seconds <= 0 || tiles.isEmpty() ? 0 : fewest / seconds;
    }
}
