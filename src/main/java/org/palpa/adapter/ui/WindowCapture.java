package org.palpa.adapter.ui;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.Timer;
import org.palpa.core.PalpaException;

/**
 * What every Palpa window does for {@code --close-after} and {@code --screenshot}: closes itself
 * after a while, saving what the screen shows of it just before.
 */
public final class WindowCapture {
    private WindowCapture() {
    }

    /**
     * On the event thread: closes {@code frame} after {@code millis} (nothing when 0 or less),
     * first saving it to {@code screenshot} when not null; a failure to save goes to {@code failure}.
     */
    public static void closeAfter(JFrame frame, long millis, Path screenshot, AtomicReference<RuntimeException> failure) {
        if (millis <= 0) {
            return;
        }
        Timer t = new Timer((int) Math.min(Integer.MAX_VALUE, millis), e -> {
            try {
                if (screenshot != null) {
                    save(frame, screenshot);
                }
            } catch (RuntimeException ex) {
                failure.set(ex);
            }
            frame.dispose();
        });
        t.setRepeats(false);
        t.start();
    }

    /**
     * Saves what the screen shows of {@code frame}, as a PNG, in the screen's own pixels: at 200 %
     * scaling a 1280×800 window is saved as 2560×1600.
     */
    public static void save(JFrame frame, Path file) {
        try {
            Rectangle r = frame.getBounds();
            java.awt.image.MultiResolutionImage shot = new Robot().createMultiResolutionScreenCapture(r);
            java.awt.Image largest = shot.getResolutionVariants().get(shot.getResolutionVariants().size() - 1);
            BufferedImage image = new BufferedImage(largest.getWidth(null), largest.getHeight(null), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.drawImage(largest, 0, 0, null);
            g.dispose();
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new PalpaException("no PNG writer available for " + file);
            }
        } catch (AWTException | IOException | SecurityException e) {
            throw new PalpaException("could not save the screenshot " + file + ": " + e.getMessage());
        }
    }
}
