package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.app.recording.InMemoryJournal;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;

/** Opens the real window on a display (Xvfb in CI: see .ci/run) and checks that it repaints and can be captured. */
@Tag("gui")
class LiveWindowGuiTest {
    @Test
    void theWindowOpensConnectedKeepsRepaintingAndSavesAScreenshot(@TempDir Path dir)
            throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display; run under xvfb-run");
        Target target = Target.around(Quantity.parse("40N"), "10%", 2000, ProbeArea.ALGOMETER_TIP);
        GuiSetup setup = new GuiSetup(List.of("scripted"), name -> new PacedScriptDevice(1.0),
                SessionSettings.of(target, 0), new InMemoryJournal(), GuiSetup.DEFAULT_SITES, Double.POSITIVE_INFINITY);
        Path png = dir.resolve("window.png");

        LiveWindow.Report report = LiveWindow.run(setup, new LiveWindow.Options("scripted", false, false, 4000, png));

        // speed is measured by the soak run in docs/performance.md, not here; this checks that it repaints
        assertThat(report.paints()).isGreaterThan(20);
        assertThat(report.delayP50Millis()).isPositive();
        assertThat(report.health().frames()).isGreaterThan(300);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1360);
        assertThat(image.getHeight()).isEqualTo(860);
        long colours = java.util.stream.IntStream.range(0, 200)
                .map(i -> image.getRGB(i * 6 % 1360, i * 4 % 860)).distinct().count();
        assertThat(colours).as("distinct colours in a sample of the screenshot").isGreaterThan(3);
    }
}
