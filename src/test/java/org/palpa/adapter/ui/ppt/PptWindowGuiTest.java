package org.palpa.adapter.ui.ppt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.app.ppt.PptStatus;
import org.palpa.core.hold.RateBand;
import org.palpa.core.ppt.PptResult;
import org.palpa.core.ppt.PptSession;
import org.palpa.core.ppt.PptSite;
import org.palpa.core.ppt.PressDelay;
import org.palpa.core.ppt.TrialOutcome;

/** Opens the PPT window on a display (Xvfb in CI), feeds it a protocol's events, and checks what it shows. */
@Tag("gui")
class PptWindowGuiTest {
    /** The window repaints its labels on a 40 ms timer; a loaded machine may take longer. */
    private static void awaitShown(PptWindow w, String text) throws InterruptedException {
        for (int i = 0; i < 100 && !w.shownText().contains(text); i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void theWindowShowsTheRateMeterTrialCounterAndRestTimerAndTakesTheSpaceBar(@TempDir Path dir) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display; run under xvfb-run");
        AtomicInteger keys = new AtomicInteger();
        AtomicInteger closes = new AtomicInteger();
        Path png = dir.resolve("ppt.png");
        PptWindow w = PptWindow.open("upper-trapezius/left", "3 trials at 50 ± 10 kPa/s", keys::incrementAndGet,
                closes::incrementAndGet, 600, png);
        RateBand band = new RateBand(40, 60);
        w.status(new PptStatus(PptSession.Phase.RAMPING, 2, 3, 212, 71, band, 0, 1000));
        awaitShown(w, "Trial 2 of 3");
        assertThat(w.shownText()).contains("Trial 2 of 3").contains("212 kPa").contains("TOO FAST");
        w.status(new PptStatus(PptSession.Phase.RESTING, 3, 3, 0, Double.NaN, band, 12_400, 1000));
        awaitShown(w, "REST");
        assertThat(w.shownText()).contains("REST 13 s");
        SwingUtilities.invokeAndWait(() -> w.pressSpaceForTest());
        assertThat(keys).hasValue(1);
        TrialOutcome t = new TrialOutcome.Measured(1, 312.4, 51, null, PressDelay.button(20, 10, 76), 0.6, 0);
        w.trial(t);
        w.finished(PptResult.of(PptSite.parse("upper-trapezius/left"), List.of(t)), "protocol complete");
        w.awaitClosed();
        assertThat(closes).hasValue(1);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
    }
}
